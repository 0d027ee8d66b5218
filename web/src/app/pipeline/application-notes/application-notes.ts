import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal, viewChild } from '@angular/core';
import { FormControl, FormGroup, FormGroupDirective, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe } from '@jsverse/transloco';
import type { ApplicationNoteResponse, NoteKind } from '@referrals/contracts';
import { LocalDateTimePipe } from '../../shared/format/local-date-time-pipe';
import { PipelineApi } from '../pipeline-api';

export const NOTE_MAX_LENGTH = 5000;

/** Recruiting's internal notes and the hiring manager's feedback on a candidate: never shown to the referrer. */
@Component({
  selector: 'app-application-notes',
  imports: [LocalDateTimePipe, MatButtonModule, MatFormFieldModule, MatInputModule, ReactiveFormsModule, TranslocoPipe],
  templateUrl: './application-notes.html',
  styleUrl: './application-notes.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ApplicationNotes {
  private readonly api = inject(PipelineApi);

  readonly applicationId = input.required<string>();
  readonly notes = input.required<readonly ApplicationNoteResponse[]>();
  readonly canComment = input(false);
  /** What the signed-in user writes: recruiters an internal note, hiring managers feedback. */
  readonly writes = input<NoteKind>('note');
  readonly added = output<ApplicationNoteResponse>();

  protected readonly maxLength = NOTE_MAX_LENGTH;
  protected readonly newestFirst = computed(() => [...this.notes()].sort((a, b) => b.createdAt.localeCompare(a.createdAt)));
  protected readonly saving = signal(false);
  protected readonly body = new FormControl('', {
    nonNullable: true,
    validators: [Validators.required, Validators.pattern(/\S/), Validators.maxLength(NOTE_MAX_LENGTH)],
  });
  protected readonly form = new FormGroup({ body: this.body });
  /** Resetting through the directive also forgets the submit, so the emptied field shows no error. */
  private readonly formDirective = viewChild(FormGroupDirective);

  protected add(): void {
    if (this.body.invalid || this.saving()) {
      this.body.markAsTouched();
      return;
    }
    this.saving.set(true);
    this.api.addNote(this.applicationId(), { body: this.body.value.trim() }).subscribe({
      next: (note) => {
        this.saving.set(false);
        this.formDirective()?.resetForm({ body: '' });
        this.added.emit(note);
      },
      error: () => this.saving.set(false), // the interceptor has said why; the text stays to try again
    });
  }
}
