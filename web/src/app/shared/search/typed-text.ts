import { debounceTime, distinctUntilChanged, map, type Observable } from 'rxjs';

/** Long enough not to search on every keystroke, short enough to feel immediate. */
export const TYPING_PAUSE_MS = 300;

/** What someone types, once they pause: trimmed, and only when it changed. */
export function typedText(changes: Observable<string>, pauseMs = TYPING_PAUSE_MS): Observable<string> {
  return changes.pipe(
    map((text) => text.trim()),
    debounceTime(pauseMs),
    distinctUntilChanged(),
  );
}
