import type { Role, UserDirectoryEntry } from '@referrals/contracts';
import { catchError, map, type Observable, of, switchMap } from 'rxjs';
import { typedText } from '../../shared/search/typed-text';

/** Suggestions for a free-text field from the values already in use, so spellings stay consistent. */
export function valueSuggestions(typed: Observable<string>, options: () => readonly string[]): Observable<string[]> {
  return typed.pipe(
    map((text) => text.trim().toLocaleLowerCase()),
    map((text) =>
      options()
        .filter((option) => option.toLocaleLowerCase().includes(text))
        .slice(0, 20),
    ),
  );
}

/** Colleagues whose name or email matches what is typed, asked once typing pauses; a failed lookup suggests nobody. */
export function peopleSuggestions(
  typed: Observable<string>,
  search: (text: string, role?: Role) => Observable<UserDirectoryEntry[]>,
  role?: Role,
): Observable<UserDirectoryEntry[]> {
  return typedText(typed).pipe(
    switchMap((text) => (text === '' ? of([]) : search(text, role).pipe(catchError(() => of([]))))),
  );
}
