import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { TranslocoPipe } from '@jsverse/transloco';
import type { ConfirmationReport as Report } from '@referrals/contracts';
import { countKey } from '../count-key';

/** What payroll's confirmation file did: how many bonuses it marked paid, and each line it did not apply, with why. */
@Component({
  selector: 'app-confirmation-report',
  imports: [MatIconModule, TranslocoPipe],
  template: `
    <div class="report" role="status">
      <h4 class="report__heading">{{ 'bonuses.report.heading' | transloco: { file: fileName() } }}</h4>
      <p class="report__paid">
        @if (report().paid.length > 0) {
          <mat-icon svgIcon="check" aria-hidden="true" />
        }
        {{ countKey('bonuses.report.paid', report().paid.length) | transloco: { count: report().paid.length } }}
      </p>
      @if (report().problems.length > 0) {
        <p class="report__problems-intro">
          <mat-icon svgIcon="error-outline" aria-hidden="true" />
          {{ countKey('bonuses.report.problems', report().problems.length) | transloco: { count: report().problems.length } }}
        </p>
        <table class="report__table">
          <caption class="visually-hidden">{{ 'bonuses.report.tableLabel' | transloco }}</caption>
          <thead>
            <tr>
              <th scope="col">{{ 'bonuses.report.line' | transloco }}</th>
              <th scope="col">{{ 'bonuses.report.value' | transloco }}</th>
              <th scope="col">{{ 'bonuses.report.problem' | transloco }}</th>
            </tr>
          </thead>
          <tbody>
            @for (problem of report().problems; track $index) {
              <tr>
                <td>{{ problem.line }}</td>
                <td class="report__value">
                  @if (problem.value) {
                    <code>{{ problem.value }}</code>
                  } @else {
                    {{ 'bonuses.report.emptyValue' | transloco }}
                  }
                </td>
                <td>{{ 'bonuses.report.reasons.' + problem.problem | transloco }}</td>
              </tr>
            }
          </tbody>
        </table>
      } @else {
        <p class="report__clean">{{ 'bonuses.report.clean' | transloco }}</p>
      }
    </div>
  `,
  styles: `
    .report {
      margin-top: 0.75rem;
      padding: 0.75rem 1rem;
      border-radius: var(--mat-sys-corner-medium);
      background: var(--mat-sys-surface-container-low);
      border: 1px solid var(--mat-sys-outline-variant);
    }
    .report__heading {
      font: var(--mat-sys-title-small);
      margin: 0 0 0.5rem;
      overflow-wrap: anywhere;
    }
    .report__paid,
    .report__problems-intro {
      display: flex;
      align-items: center;
      gap: 0.5rem;
      margin: 0 0 0.5rem;
    }
    .report__paid mat-icon {
      color: var(--mat-sys-primary);
    }
    .report__problems-intro mat-icon {
      color: var(--mat-sys-error);
    }
    .report__clean {
      margin: 0;
      color: var(--mat-sys-on-surface-variant);
    }
    .report__table {
      width: 100%;
      border-collapse: collapse;
      th,
      td {
        text-align: left;
        vertical-align: top;
        padding: 0.375rem 0.5rem;
        border-bottom: 1px solid var(--mat-sys-outline-variant);
      }
      th {
        font: var(--mat-sys-label-large);
        color: var(--mat-sys-on-surface-variant);
      }
    }
    .report__value {
      overflow-wrap: anywhere;
      code {
        font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
        font-size: 0.8125rem;
      }
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ConfirmationReport {
  readonly report = input.required<Report>();
  readonly fileName = input.required<string>();
  protected readonly countKey = countKey;
}
