import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { TranslocoPipe } from '@jsverse/transloco';
import { AuthStore } from '../core/auth/auth-store';
import { LanguageSwitch } from '../shared/language-switch/language-switch';

@Component({
  selector: 'app-sign-in',
  imports: [LanguageSwitch, MatButtonModule, MatIconModule, TranslocoPipe],
  templateUrl: './sign-in.html',
  styleUrl: './sign-in.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SignIn {
  private readonly auth = inject(AuthStore);

  /** Where the user was going before being sent here; bound from the query string. */
  readonly returnTo = input<string>();

  protected startSignIn(): void {
    this.auth.startSignIn(this.returnTo());
  }
}
