import { BreakpointObserver } from '@angular/cdk/layout';
import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, DestroyRef, effect, inject, linkedSignal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatListModule } from '@angular/material/list';
import { MatSidenavModule } from '@angular/material/sidenav';
import { MatToolbarModule } from '@angular/material/toolbar';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { map } from 'rxjs';
import { AuthStore } from '../core/auth/auth-store';
import { NotificationBell } from '../notifications/notification-bell/notification-bell';
import { NotificationStore } from '../notifications/notification-store';
import { areaLink, visibleAreas } from './navigation';
import { UserMenu } from './user-menu/user-menu';

/** Phones get an overlay navigation behind a menu button; wider screens keep it open beside the content. */
const PHONE_QUERY = '(max-width: 600px)';

@Component({
  selector: 'app-shell',
  imports: [
    MatButtonModule,
    MatIconModule,
    MatListModule,
    MatSidenavModule,
    MatToolbarModule,
    NotificationBell,
    RouterLink,
    RouterLinkActive,
    RouterOutlet,
    TranslocoPipe,
    UserMenu,
  ],
  templateUrl: './shell.html',
  styleUrl: './shell.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
  // The drawer closes itself on Escape once focus is inside it; this also covers the moment before.
  host: { '(keydown.escape)': 'closeNavigationOnPhone()' },
})
export class Shell {
  private readonly auth = inject(AuthStore);
  private readonly document = inject(DOCUMENT);
  private readonly breakpoints = inject(BreakpointObserver);

  protected readonly phone = toSignal(this.breakpoints.observe(PHONE_QUERY).pipe(map((state) => state.matches)), {
    initialValue: this.breakpoints.isMatched(PHONE_QUERY),
  });
  protected readonly navigationOpen = linkedSignal(() => !this.phone());
  protected readonly sidenavMode = computed(() => (this.phone() ? 'over' : 'side'));
  protected readonly navItems = computed(() =>
    visibleAreas(this.auth.roles()).map((area) => ({ ...area, link: areaLink(area), exact: area.path === '' })),
  );

  constructor() {
    // The unread count follows the session: live while signed in, closed on signing out or leaving the shell.
    const notifications = inject(NotificationStore);
    effect(() => {
      if (this.auth.me()) notifications.connect();
      else notifications.disconnect();
    });
    inject(DestroyRef).onDestroy(() => notifications.disconnect());
  }

  protected toggleNavigation(): void {
    this.navigationOpen.update((open) => !open);
  }

  protected closeNavigationOnPhone(): void {
    if (this.phone()) this.navigationOpen.set(false);
  }

  /** Moves focus into the main region without touching the URL (a `#fragment` would reload under `<base>`). */
  protected skipToMain(event: Event): void {
    event.preventDefault();
    this.document.getElementById('main-content')?.focus();
  }
}
