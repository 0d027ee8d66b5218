import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import type { ApplicationEventResponse } from '@referrals/contracts';
import type { StageStep } from '@referrals/domain';
import { LocalDateTimePipe } from '../../shared/format/local-date-time-pipe';
import { DisplayTextPipe } from '../display-text-pipe';
import { rejectReasonName } from '../reject-reason-name';
import { stepNameOfKey } from '../step-label';

/** Every move of the application, newest first: who, when, from which step to which, and why. */
@Component({
  selector: 'app-application-history',
  imports: [DisplayTextPipe, LocalDateTimePipe, TranslocoPipe],
  template: `
    <section aria-labelledby="history-heading">
      <h2 id="history-heading">{{ 'pipeline.history.heading' | transloco }}</h2>
      @if (entries().length === 0) {
        <p class="history__empty">{{ 'pipeline.history.empty' | transloco }}</p>
      } @else {
        <ol class="history">
          @for (entry of entries(); track entry.event.id) {
            <li class="history__entry">
              <p class="history__move">
                @if (entry.from; as from) {
                  {{ 'pipeline.history.moved' | transloco: { from: (from | displayText), to: (entry.to | displayText) } }}
                } @else {
                  {{ 'pipeline.history.entered' | transloco: { to: (entry.to | displayText) } }}
                }
              </p>
              <p class="history__meta">
                <time [attr.datetime]="entry.event.at">{{ entry.event.at | localDateTime }}</time>
                <span>{{ entry.event.actor?.displayName ?? ('pipeline.history.system' | transloco) }}</span>
              </p>
              @if (entry.rejectReason; as rejectReason) {
                <p>
                  <span class="history__label">{{ 'pipeline.history.rejectReason' | transloco }}</span>
                  {{ rejectReason | displayText }}
                </p>
              }
              @if (entry.event.reason; as reason) {
                <p class="history__reason">
                  <span class="history__label">{{
                    (entry.rejectReason ? 'pipeline.history.comment' : 'pipeline.history.reason') | transloco
                  }}</span>
                  {{ reason }}
                </p>
              }
            </li>
          }
        </ol>
      }
    </section>
  `,
  styles: `
    h2 {
      font: var(--mat-sys-title-medium);
      margin: 0 0 0.75rem;
    }
    .history__empty {
      margin: 0;
      color: var(--mat-sys-on-surface-variant);
    }
    .history {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    .history__entry {
      position: relative;
      padding: 0 0 1rem 1.25rem;
      border-inline-start: 2px solid var(--mat-sys-outline-variant);

      &::before {
        content: '';
        position: absolute;
        inset-inline-start: -6px;
        top: 0.3rem;
        width: 10px;
        height: 10px;
        border-radius: 50%;
        background: var(--mat-sys-primary);
      }

      &:last-child {
        border-inline-start-color: transparent;
      }

      p {
        margin: 0 0 0.125rem;
      }
    }
    .history__move {
      font: var(--mat-sys-title-small);
    }
    .history__meta {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 0.75rem;
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
    .history__label {
      font: var(--mat-sys-label-large);
      &::after {
        content: ':';
      }
    }
    .history__reason {
      white-space: pre-wrap;
      overflow-wrap: anywhere;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ApplicationHistory {
  readonly history = input.required<readonly ApplicationEventResponse[]>();
  readonly steps = input.required<readonly StageStep[]>();

  protected readonly entries = computed(() =>
    [...this.history()]
      .sort((a, b) => b.at.localeCompare(a.at))
      .map((event) => ({
        event,
        from: event.fromStepKey ? stepNameOfKey(this.steps(), event.fromStepKey) : null,
        to: stepNameOfKey(this.steps(), event.toStepKey),
        rejectReason: event.rejectReason ? rejectReasonName(event.rejectReason) : null,
      })),
  );
}
