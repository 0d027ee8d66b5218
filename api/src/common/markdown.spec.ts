import { renderMarkdown } from './markdown';

describe('renderMarkdown', () => {
  it('renders headings, emphasis, lists and links', () => {
    const html = renderMarkdown('# Wij zoeken\n\n**Ontwikkelaar** met *zin*:\n\n- TypeScript\n- [site](https://example.com)');
    expect(html).toContain('<h2>Wij zoeken</h2>');
    expect(html).toContain('<strong>Ontwikkelaar</strong>');
    expect(html).toContain('<li>TypeScript</li>');
    expect(html).toContain('<a href="https://example.com" rel="noopener noreferrer nofollow" target="_blank">site</a>');
  });

  it('turns raw HTML into text and renders no javascript: link', () => {
    const html = renderMarkdown('<script>alert(1)</script><img src=x onerror=alert(1)> [x](javascript:alert(1))');
    expect(html).toContain('&lt;script&gt;');
    expect(html).not.toMatch(/<script|<img|<a /i);
  });
});
