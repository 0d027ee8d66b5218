import { demoteHeadings } from './document-headings';

describe('demoteHeadings', () => {
  it('moves a document with its own title one level down', () => {
    expect(demoteHeadings('<h1>Rules</h1><h2 id="who">Who</h2><p>h1 stays text</p><h6>Small</h6>')).toBe(
      '<h2>Rules</h2><h3 id="who">Who</h3><p>h1 stays text</p><h6>Small</h6>',
    );
  });

  it('leaves a document that starts at h2 as it is', () => {
    const html = '<h2>Question</h2><p>Answer</p><h3>Detail</h3>';
    expect(demoteHeadings(html)).toBe(html);
  });

  it('does not touch other tags that start with h', () => {
    expect(demoteHeadings('<h1>T</h1><hr><header>x</header>')).toBe('<h2>T</h2><hr><header>x</header>');
  });
});
