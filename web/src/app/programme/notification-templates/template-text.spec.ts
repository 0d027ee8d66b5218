import { HttpErrorResponse } from '@angular/common/http';
import { insertAtCursor, isConflict, isListItem, placeholderSnippet, templateFieldErrors } from './template-text';

describe('insertAtCursor', () => {
  it('inserts at the caret and puts the caret after the insertion', () => {
    expect(insertAtCursor('Hi ,', 3, 3, '{{recipientName}}')).toEqual({ value: 'Hi {{recipientName}},', caret: 20 });
  });

  it('replaces a selection, whichever way it was made', () => {
    expect(insertAtCursor('Hi NAME!', 7, 3, '{{recipientName}}')).toEqual({ value: 'Hi {{recipientName}}!', caret: 20 });
  });

  it('appends when the caret is unknown or beyond the end', () => {
    expect(insertAtCursor('Hi', Number.NaN, Number.NaN, '!')).toEqual({ value: 'Hi!', caret: 3 });
    expect(insertAtCursor('Hi', 10, 12, '!')).toEqual({ value: 'Hi!', caret: 3 });
  });
});

describe('placeholders', () => {
  it('inserts a plain placeholder as one token and a list as a block repeating its items', () => {
    expect(placeholderSnippet('candidateName')).toBe('{{candidateName}}');
    expect(placeholderSnippet('candidates')).toBe('{{#each candidates}}\n- {{candidateName}}, {{vacancyTitle}}, {{waitingDays}}\n{{/each}}\n');
  });

  it('knows which names live only inside a list of the mail', () => {
    expect(isListItem('waitingDays', ['count', 'candidates', 'waitingDays'])).toBe(true);
    expect(isListItem('candidateName', ['candidateName', 'vacancyTitle'])).toBe(false);
    expect(isListItem('constructor', ['toString'])).toBe(false);
  });
});

describe('template refusals', () => {
  const problem = (status: number, body: unknown) => new HttpErrorResponse({ status, error: body });

  it('collects the messages per field of a template_invalid problem', () => {
    const error = problem(422, {
      status: 422,
      code: 'template_invalid',
      errors: [
        { field: 'body', message: 'Line 3: one' },
        { field: 'subject', message: 'Line 1: two' },
        { field: 'body', message: 'Line 4: three' },
        { field: 'version', message: 'ignored' },
      ],
    });
    expect(templateFieldErrors(error)).toEqual({ subject: ['Line 1: two'], body: ['Line 3: one', 'Line 4: three'] });
  });

  it('answers null for any other failure, and tells a conflict apart', () => {
    expect(templateFieldErrors(problem(422, { status: 422, code: 'validation_failed', errors: [] }))).toBeNull();
    expect(templateFieldErrors(new Error('x'))).toBeNull();
    expect(isConflict(problem(409, { status: 409, code: 'conflict' }))).toBe(true);
    expect(isConflict(problem(422, {}))).toBe(false);
  });
});
