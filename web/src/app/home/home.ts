import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { AuthStore } from '../core/auth/auth-store';
import { areaLink, visibleAreas } from '../shell/navigation';
import { RoleChips } from '../shared/role-chips/role-chips';

@Component({
  selector: 'app-home',
  imports: [MatIconModule, RouterLink, RoleChips, TranslocoPipe],
  templateUrl: './home.html',
  styleUrl: './home.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class Home {
  private readonly auth = inject(AuthStore);

  protected readonly name = computed(() => this.auth.me()?.displayName ?? '');
  protected readonly roles = this.auth.roles;
  protected readonly destinations = computed(() =>
    visibleAreas(this.roles())
      .filter((area) => area.id !== 'home')
      .map((area) => ({ ...area, link: areaLink(area) })),
  );
}
