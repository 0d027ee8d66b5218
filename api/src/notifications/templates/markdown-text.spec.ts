import { markdownToText } from './markdown-text';
import { escapeMarkdownValue, markdownSafeUrl } from './markdown-values';

describe('markdownToText', () => {
  it('drops emphasis and writes links and lists readably', () => {
    expect(markdownToText('Hi **Emma**,\n\nSee [the rules](https://p.example/rules) now.\n\n- one\n- two\n\n1. first\n2. second\n\n[Open it](https://p.example/x)')).toBe(
      'Hi Emma,\n\nSee the rules (https://p.example/rules) now.\n\n- one\n- two\n\n1. first\n2. second\n\nOpen it: https://p.example/x',
    );
  });

  it('keeps a bare link once and quotes as quotes', () => {
    expect(markdownToText('Go to https://p.example/x\n\n> quoted')).toBe('Go to https://p.example/x\n\n> quoted');
  });

  it('drops an empty paragraph', () => {
    expect(markdownToText('Hi\n\n\n\n')).toBe('Hi');
  });
});

describe('escapeMarkdownValue', () => {
  it('backslash-escapes all ASCII punctuation and joins lines with hard breaks', () => {
    expect(escapeMarkdownValue('a*b [c](d)')).toBe('a\\*b \\[c\\]\\(d\\)');
    expect(escapeMarkdownValue(' one \n\n  two ')).toBe('one\\\ntwo');
  });
});

describe('markdownSafeUrl', () => {
  it('percent-encodes what Markdown would read and refuses other schemes', () => {
    expect(markdownSafeUrl('https://p.example/a_(b)')).toBe('https://p.example/a%5F%28b%29');
    expect(markdownSafeUrl('javascript:alert(1)')).toBe('');
    expect(markdownSafeUrl('not a url')).toBe('');
  });
});
