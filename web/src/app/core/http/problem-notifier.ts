import { Injectable, Injector, inject } from '@angular/core';
import { TranslocoService } from '@jsverse/transloco';

/** Shows a translated message in a snack bar that screen readers announce at once. */
@Injectable({ providedIn: 'root' })
export class ProblemNotifier {
  private readonly injector = inject(Injector);
  private readonly transloco = inject(TranslocoService);

  show(messageKey: string): void {
    void this.open(this.transloco.translate(messageKey), this.transloco.translate('errors.dismiss'));
  }

  /** The snack bar (and the overlay machinery behind it) loads on the first error, not with the sign-in page. */
  private async open(message: string, dismiss: string): Promise<void> {
    const { MatSnackBar } = await import('@angular/material/snack-bar');
    this.injector.get(MatSnackBar).open(message, dismiss, {
      duration: 8000,
      politeness: 'assertive',
      panelClass: 'app-error-snack-bar',
    });
  }
}
