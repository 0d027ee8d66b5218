import { ChangeDetectionStrategy, Component, computed, DestroyRef, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import {
  isEssentialNotification,
  LOCALES,
  NOTIFICATION_EVENTS,
  type NotificationEvent,
  type NotificationTemplateResponse,
} from '@referrals/contracts';
import { NotificationTemplatesApi } from '../notification-templates-api';

interface EventRow {
  event: NotificationEvent;
  essential: boolean;
  languages: NotificationTemplateResponse[];
}

type ListView = { status: 'loading' } | { status: 'failed' } | { status: 'ready'; rows: EventRow[] };

/** Every notification with, per language, whether HR changed its text; each opens the editor. */
@Component({
  selector: 'app-template-list',
  imports: [MatButtonModule, MatProgressBarModule, RouterLink, TranslocoPipe],
  templateUrl: './template-list.html',
  styleUrl: './template-list.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TemplateList {
  private readonly api = inject(NotificationTemplatesApi);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly view = signal<ListView>({ status: 'loading' });
  protected readonly rows = computed(() => {
    const view = this.view();
    return view.status === 'ready' ? view.rows : [];
  });

  constructor() {
    this.load();
  }

  protected load(): void {
    this.view.set({ status: 'loading' });
    this.api
      .list()
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (templates) => this.view.set({ status: 'ready', rows: rowsOf(templates) }),
        error: () => this.view.set({ status: 'failed' }),
      });
  }
}

/** In the order of the contracts (the life of a referral, then the digests), English before Dutch. */
function rowsOf(templates: readonly NotificationTemplateResponse[]): EventRow[] {
  return NOTIFICATION_EVENTS.map((event) => ({
    event,
    essential: isEssentialNotification(event),
    languages: LOCALES.flatMap((language) => templates.filter((template) => template.event === event && template.language === language)),
  }));
}
