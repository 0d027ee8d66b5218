/**
 * Values go into a Markdown template, so a candidate called `[Win](https://evil.example)` or `**x**` must
 * stay text: every ASCII punctuation character is backslash-escaped (CommonMark allows that for all of them),
 * which also keeps `<script>` from being anything but text and keeps linkify from finding a link inside a
 * value. Line breaks inside a value become hard breaks instead of new blocks.
 */
export function escapeMarkdownValue(value: string): string {
  return value
    .split(/\r\n|\r|\n/)
    .map((line) => line.replace(/[ \t\f\v]+/g, ' ').trim())
    .filter((line) => line.length > 0)
    .map((line) => line.replace(/[!-/:-@[-`{-~]/g, (character) => `\\${character}`))
    .join('\\\n');
}

/**
 * A URL the portal built itself (its address plus a page), made safe to stand bare in text (where linkify
 * turns it into a link) and inside `[label](…)`: the characters Markdown reads as syntax are percent-encoded.
 * Anything that is not an http(s) URL becomes empty.
 */
export function markdownSafeUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return '';
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return '';
  return parsed.href.replace(/[()[\]*_~`'!<>\\ "]/g, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}
