import { DestroyRef, inject, Injectable } from '@angular/core';
import { Title } from '@angular/platform-browser';
import { RouterStateSnapshot, TitleStrategy } from '@angular/router';
import { TranslocoService } from '@jsverse/transloco';

/**
 * Route `title`s are translation keys; the document title is "<page> · <product>" in the active language,
 * and follows a language switch without navigating.
 */
@Injectable({ providedIn: 'root' })
export class TranslatedTitleStrategy extends TitleStrategy {
  private readonly title = inject(Title);
  private readonly transloco = inject(TranslocoService);
  private pageKey: string | undefined;

  constructor() {
    super();
    const subscription = this.transloco.langChanges$.subscribe(() => this.render());
    inject(DestroyRef).onDestroy(() => subscription.unsubscribe());
  }

  override updateTitle(snapshot: RouterStateSnapshot): void {
    this.pageKey = this.buildTitle(snapshot);
    this.render();
  }

  private render(): void {
    const product = this.transloco.translate('app.name');
    this.title.setTitle(this.pageKey ? `${this.transloco.translate(this.pageKey)} · ${product}` : product);
  }
}
