import { HttpErrorResponse } from '@angular/common/http';
import { isProblemDetails, NOTIFICATION_LIST_PLACEHOLDERS } from '@referrals/contracts';

export interface TextEdit {
  value: string;
  /** Where the caret goes after the edit. */
  caret: number;
}

/** Puts `text` where the caret is, replacing a selection; the caret ends after the inserted text. */
export function insertAtCursor(value: string, selectionStart: number, selectionEnd: number, text: string): TextEdit {
  const start = clamp(Math.min(selectionStart, selectionEnd), value.length);
  const end = clamp(Math.max(selectionStart, selectionEnd), value.length);
  return { value: value.slice(0, start) + text + value.slice(end), caret: start + text.length };
}

function clamp(position: number, length: number): number {
  return Math.max(0, Math.min(Number.isFinite(position) ? position : length, length));
}

/** Placeholders that are lists, with their items' names (`candidates` of the stale-candidates digest). */
export function listItemsOf(name: string): readonly string[] | null {
  return Object.hasOwn(NOTIFICATION_LIST_PLACEHOLDERS, name) ? NOTIFICATION_LIST_PLACEHOLDERS[name] : null;
}

/** Whether a name only exists inside the `{{#each}}` of a list among `placeholders`. */
export function isListItem(name: string, placeholders: readonly string[]): boolean {
  return placeholders.some((list) => listItemsOf(list)?.includes(name) ?? false);
}

/** What a placeholder button inserts: `{{name}}`, or for a list a whole `{{#each}}` block with its items. */
export function placeholderSnippet(name: string): string {
  const items = listItemsOf(name);
  if (!items) return `{{${name}}}`;
  return `{{#each ${name}}}\n- ${items.map((item) => `{{${item}}}`).join(', ')}\n{{/each}}\n`;
}

export interface TemplateFieldErrors {
  subject: string[];
  body: string[];
}

/** The per-field messages of a `template_invalid` refusal; null for any other failure. */
export function templateFieldErrors(error: unknown): TemplateFieldErrors | null {
  if (!(error instanceof HttpErrorResponse) || !isProblemDetails(error.error) || error.error.code !== 'template_invalid') return null;
  const errors: TemplateFieldErrors = { subject: [], body: [] };
  for (const { field, message } of error.error.errors ?? []) {
    if (field === 'subject' || field === 'body') errors[field].push(message);
  }
  return errors;
}

/** Whether a failed request was refused because someone else changed the template first. */
export function isConflict(error: unknown): boolean {
  return error instanceof HttpErrorResponse && error.status === 409;
}
