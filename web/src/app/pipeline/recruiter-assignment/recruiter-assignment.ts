import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatAutocompleteModule, type MatAutocompleteSelectedEvent } from '@angular/material/autocomplete';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe } from '@jsverse/transloco';
import type { ApplicationDetailResponse, PersonRef, UserDirectoryEntry } from '@referrals/contracts';
import { map } from 'rxjs';
import { peopleSuggestions } from '../../vacancies/vacancy-form/form-suggestions';
import { AuthStore } from '../../core/auth/auth-store';
import { CandidateMover } from '../candidate-mover';
import { PipelineApi } from '../pipeline-api';

/** Who recruits this candidate; recruiters pick a colleague, take it on themselves or leave it open. */
@Component({
  selector: 'app-recruiter-assignment',
  imports: [MatAutocompleteModule, MatButtonModule, MatFormFieldModule, MatInputModule, ReactiveFormsModule, TranslocoPipe],
  templateUrl: './recruiter-assignment.html',
  styleUrl: './recruiter-assignment.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RecruiterAssignment {
  private readonly api = inject(PipelineApi);
  private readonly mover = inject(CandidateMover);
  private readonly auth = inject(AuthStore);

  readonly applicationId = input.required<string>();
  readonly version = input.required<number>();
  readonly recruiter = input.required<PersonRef | null>();
  readonly canAssign = input(false);
  readonly changed = output<ApplicationDetailResponse>();
  /** Someone else changed the application first: the page reloads it. */
  readonly conflict = output<void>();

  protected readonly saving = signal(false);
  protected readonly query = new FormControl<string | UserDirectoryEntry>('', { nonNullable: true });
  protected readonly isMe = computed(() => {
    const me = this.auth.me();
    return !!me && this.recruiter()?.id === me.id;
  });
  protected readonly canTakeIt = computed(() => !this.isMe() && this.auth.roles().includes('recruiter'));

  protected readonly options = toSignal(
    peopleSuggestions(
      this.query.valueChanges.pipe(map((value) => (typeof value === 'string' ? value : ''))),
      (text) => this.api.recruiters(text),
    ),
    { initialValue: [] as UserDirectoryEntry[] },
  );

  protected readonly displayPerson = (person: UserDirectoryEntry | string | null) =>
    typeof person === 'string' ? person : (person?.displayName ?? '');

  protected picked(event: MatAutocompleteSelectedEvent): void {
    const person = event.option.value as UserDirectoryEntry;
    this.assign(person.id);
  }

  protected takeIt(): void {
    const me = this.auth.me();
    if (me) this.assign(me.id);
  }

  protected unassign(): void {
    this.assign(null);
  }

  private assign(recruiterId: string | null): void {
    if (this.saving()) return;
    this.saving.set(true);
    this.api.assignRecruiter(this.applicationId(), { recruiterId, version: this.version() }).subscribe({
      next: (application) => {
        this.saving.set(false);
        this.query.setValue('', { emitEvent: false });
        this.changed.emit(application);
      },
      error: (error: unknown) => {
        this.saving.set(false);
        if (this.mover.failed(error).status === 'conflict') this.conflict.emit();
      },
    });
  }
}
