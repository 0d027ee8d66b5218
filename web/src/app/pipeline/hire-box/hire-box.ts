import { ChangeDetectionStrategy, Component, computed, effect, inject, input, output, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators, type AbstractControl } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe } from '@jsverse/transloco';
import type { HireResponse } from '@referrals/contracts';
import { isCalendarDate } from '@referrals/domain';
import { Language } from '../../core/i18n/language';
import { INTL_LOCALES } from '../../core/i18n/locale-format';
import { LocalDateTimePipe } from '../../shared/format/local-date-time-pipe';
import { MoneyPipe } from '../../shared/format/money-pipe';
import { formatDateOnly } from '../date-only';
import { PipelineApi } from '../pipeline-api';

const calendarDate = (control: AbstractControl<string>) =>
  control.value === '' || isCalendarDate(control.value) ? null : { date: true };

/** The hire: start date, probation end (HR may correct it), and the referrer's bonus it created. */
@Component({
  selector: 'app-hire-box',
  imports: [LocalDateTimePipe, MatButtonModule, MatFormFieldModule, MatInputModule, MoneyPipe, ReactiveFormsModule, TranslocoPipe],
  templateUrl: './hire-box.html',
  styleUrl: './hire-box.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class HireBox {
  private readonly api = inject(PipelineApi);
  private readonly language = inject(Language);

  readonly hire = input.required<HireResponse>();
  readonly canCorrectProbation = input(false);
  readonly corrected = output<HireResponse>();

  protected readonly saving = signal(false);
  protected readonly probationEndsOn = new FormControl('', {
    nonNullable: true,
    validators: [Validators.required, calendarDate],
  });
  protected readonly form = new FormGroup({ probationEndsOn: this.probationEndsOn });

  protected readonly startDate = computed(() => this.dateText(this.hire().startDate));
  protected readonly probationEnd = computed(() => this.dateText(this.hire().probationEndsOn));
  protected readonly leftOn = computed(() => {
    const leftOn = this.hire().leftOn;
    return leftOn ? this.dateText(leftOn) : null;
  });

  constructor() {
    effect(() => this.probationEndsOn.setValue(this.hire().probationEndsOn));
  }

  protected correct(): void {
    if (this.probationEndsOn.invalid || this.saving()) {
      this.probationEndsOn.markAsTouched();
      return;
    }
    this.saving.set(true);
    this.api.correctProbation(this.hire().id, { probationEndsOn: this.probationEndsOn.value }).subscribe({
      next: (hire) => {
        this.saving.set(false);
        this.corrected.emit(hire);
      },
      error: () => this.saving.set(false), // the interceptor has said why
    });
  }

  private dateText(value: string): string {
    return formatDateOnly(value, INTL_LOCALES[this.language.active()]);
  }
}
