import { ChangeDetectionStrategy, Component } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { VacancyReferrals } from '../vacancy-referrals/vacancy-referrals';

/** Referrals made without a vacancy, for recruiting and HR to find a place for. */
@Component({
  selector: 'app-general-referrals',
  imports: [MatIconModule, RouterLink, TranslocoPipe, VacancyReferrals],
  template: `
    <section class="general-referrals">
      <a class="general-referrals__back" routerLink="/vacancies">
        <mat-icon svgIcon="arrow-back" aria-hidden="true" />
        {{ 'vacancies.detail.back' | transloco }}
      </a>
      <h1>{{ 'vacancies.general.heading' | transloco }}</h1>
      <p class="general-referrals__intro">{{ 'vacancies.general.intro' | transloco }}</p>
      <app-vacancy-referrals [vacancyId]="null" />
    </section>
  `,
  styles: `
    .general-referrals {
      display: block;
      max-width: 72rem;
      margin: 0 auto;
      padding: 1rem 1rem 3rem;
    }
    .general-referrals__back {
      display: inline-flex;
      align-items: center;
      gap: 0.25rem;
      margin-bottom: 1rem;
      font: var(--mat-sys-label-large);
      text-decoration: none;
    }
    h1 {
      font: var(--mat-sys-headline-medium);
      margin: 0 0 0.5rem;
    }
    .general-referrals__intro {
      margin: 0 0 1.5rem;
      color: var(--mat-sys-on-surface-variant);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class GeneralReferrals {}
