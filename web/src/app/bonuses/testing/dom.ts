/** Small helpers for component tests that act as a person would: by visible text and labels. */

export function buttonNamed(name: string | RegExp, root: ParentNode = document): HTMLButtonElement | undefined {
  return Array.from(root.querySelectorAll('button')).find((candidate) => {
    const text = candidate.textContent?.trim() ?? '';
    return typeof name === 'string' ? text === name : name.test(text);
  });
}

export function typeInto(field: HTMLInputElement | HTMLTextAreaElement | null, value: string): void {
  if (!field) throw new Error('no such field');
  field.value = value;
  field.dispatchEvent(new Event('input'));
  field.dispatchEvent(new Event('blur'));
}

export function openDialog(): HTMLElement | null {
  return document.querySelector('mat-dialog-container');
}

/** Waits until no dialog is open (they close after their exit animation). */
export async function dialogsClosed(): Promise<void> {
  for (let tick = 0; tick < 100 && document.querySelector('mat-dialog-container'); tick++) {
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
