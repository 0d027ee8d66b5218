import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import type { ProgrammeLimits as Limits } from '@referrals/contracts';
import { Language } from '../../core/i18n/language';
import { INTL_LOCALES } from '../../core/i18n/locale-format';
import { formatFileSize } from '../../shared/format/file-size';

interface LimitLine {
  id: string;
  valueKey: string;
  params: Record<string, string | number>;
}

/** The numbers behind the rules, as currently set: stated next to the text, which may not repeat them. */
@Component({
  selector: 'app-programme-limits',
  imports: [TranslocoPipe],
  template: `
    <section class="limits" [attr.aria-labelledby]="headingId()">
      <h2 class="limits__heading" [id]="headingId()">{{ 'rules.limits.heading' | transloco }}</h2>
      <dl class="limits__list">
        @for (line of lines(); track line.id) {
          <div class="limits__item" [attr.data-limit]="line.id">
            <dt>{{ 'rules.limits.' + line.id | transloco }}</dt>
            <dd>{{ line.valueKey | transloco: line.params }}</dd>
          </div>
        }
      </dl>
    </section>
  `,
  styleUrl: './programme-limits.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProgrammeLimits {
  private readonly language = inject(Language);

  readonly limits = input.required<Limits>();
  /** Unique per page, in case the summary appears twice. */
  readonly headingId = input('programme-limits-heading');

  protected readonly lines = computed((): LimitLine[] => {
    const limits = this.limits();
    const locale = INTL_LOCALES[this.language.active()];
    const months = (count: number) => (count === 1 ? 'rules.limits.month' : 'rules.limits.months');
    return [
      {
        id: 'ownership',
        valueKey: months(limits.ownershipWindowMonths),
        params: { count: limits.ownershipWindowMonths },
      },
      {
        id: 'referrals',
        valueKey: 'rules.limits.referralsValue',
        params: { perDay: limits.maxReferralsPerDay, per30Days: limits.maxReferralsPer30Days },
      },
      { id: 'cv', valueKey: 'rules.limits.cvValue', params: { size: formatFileSize(limits.cvMaxBytes, locale) } },
      {
        id: 'probation',
        valueKey: months(limits.defaultProbationMonths),
        params: { count: limits.defaultProbationMonths },
      },
    ];
  });
}
