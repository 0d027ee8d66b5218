/**
 * Moves every heading of a rendered document one level down when it has an h1 of its own, so it sits
 * under the page's h1 instead of competing with it (the default rules start with "# …"). The HTML comes
 * sanitised from the API, so its tags are plain `<hN>`/`<hN attr>` and a tag-level rewrite is safe.
 */
export function demoteHeadings(html: string): string {
  if (!/<h1[\s>]/i.test(html)) return html;
  return html.replace(/<(\/?)h([1-6])(?=[\s>])/gi, (_tag, slash: string, level: string) => {
    return `<${slash}h${Math.min(Number(level) + 1, 6)}`;
  });
}
