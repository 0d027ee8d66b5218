import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDividerModule } from '@angular/material/divider';
import { MatIconModule } from '@angular/material/icon';
import { MatMenuModule } from '@angular/material/menu';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { LOCALES, type Locale } from '@referrals/contracts';
import { AuthStore } from '../../core/auth/auth-store';
import { Language } from '../../core/i18n/language';
import { DevMailboxApi } from '../../dev-mailbox/dev-mailbox-api';

@Component({
  selector: 'app-user-menu',
  imports: [MatButtonModule, MatDividerModule, MatIconModule, MatMenuModule, RouterLink, TranslocoPipe],
  templateUrl: './user-menu.html',
  styleUrl: './user-menu.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class UserMenu {
  private readonly auth = inject(AuthStore);
  private readonly router = inject(Router);
  private readonly transloco = inject(TranslocoService);
  private readonly language = inject(Language);
  private readonly devMailbox = inject(DevMailboxApi);

  /** Only where the API keeps mail instead of sending it (the demo) and lets this user read it. */
  protected readonly devMailboxAvailable = this.devMailbox.available;

  constructor() {
    void this.devMailbox.loadAvailability();
  }

  protected readonly name = computed(() => this.auth.me()?.displayName ?? '');
  protected readonly locales = computed(() =>
    LOCALES.map((locale) => ({ locale, active: locale === this.language.active() })),
  );
  /** Role names in the active language, e.g. "Employee, Administrator". */
  protected readonly roleNames = computed(() => {
    this.language.active();
    return this.auth
      .roles()
      .map((role) => this.transloco.translate(`roles.${role}`))
      .join(', ');
  });

  protected changeLocale(locale: Locale): void {
    void this.auth.changeLocale(locale);
  }

  protected async signOut(): Promise<void> {
    if (await this.auth.signOut()) await this.router.navigateByUrl('/sign-in');
  }
}
