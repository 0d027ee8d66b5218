/** A name shown on screen: text as a person typed it (a custom step, a custom reject reason), or a translation key. */
export type DisplayText = { readonly text: string } | { readonly key: string };

export function displayTextOf(value: DisplayText, translate: (key: string) => string): string {
  return 'text' in value ? value.text : translate(value.key);
}
