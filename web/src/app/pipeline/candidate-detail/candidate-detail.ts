import { HttpErrorResponse } from '@angular/common/http';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { DomSanitizer } from '@angular/platform-browser';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import type { ApplicationDetailResponse, ApplicationNoteResponse, HireResponse } from '@referrals/contracts';
import type { Subscription } from 'rxjs';
import { AuthStore } from '../../core/auth/auth-store';
import { Language } from '../../core/i18n/language';
import { INTL_LOCALES } from '../../core/i18n/locale-format';
import { formatFileSize } from '../../shared/format/file-size';
import { LocalDateTimePipe } from '../../shared/format/local-date-time-pipe';
import { ApplicationHistory } from '../application-history/application-history';
import { ApplicationNotes } from '../application-notes/application-notes';
import { CandidateMover } from '../candidate-mover';
import { daysInStep, daysInStepKey } from '../days-in-step';
import { DisplayTextPipe } from '../display-text-pipe';
import { HireBox } from '../hire-box/hire-box';
import { MoveMenu } from '../move-menu/move-menu';
import { applicationCvUrl, PipelineApi } from '../pipeline-api';
import { RecruiterAssignment } from '../recruiter-assignment/recruiter-assignment';
import { stepNameOfKey } from '../step-label';

type View =
  | { status: 'loading' }
  | { status: 'failed' }
  | { status: 'notFound' }
  | { status: 'ready'; application: ApplicationDetailResponse; at: Date };

const PDF = 'application/pdf';

/** One candidate's application: profile, CV, referral, current step and moves, recruiter, notes, history, hire. */
@Component({
  selector: 'app-candidate-detail',
  imports: [
    ApplicationHistory,
    ApplicationNotes,
    DisplayTextPipe,
    HireBox,
    LocalDateTimePipe,
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    MoveMenu,
    RecruiterAssignment,
    RouterLink,
    TranslocoPipe,
  ],
  templateUrl: './candidate-detail.html',
  styleUrl: './candidate-detail.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CandidateDetail {
  private readonly api = inject(PipelineApi);
  private readonly mover = inject(CandidateMover);
  private readonly auth = inject(AuthStore);
  /** HR opens candidates from the bonuses, without the Pipeline area: its links lead back there instead. */
  protected readonly runsPipeline = computed(() => this.auth.can('runPipeline'));
  private readonly language = inject(Language);
  private readonly sanitizer = inject(DomSanitizer);
  private loading?: Subscription;

  /** Bound from the route parameter. */
  readonly applicationId = input.required<string>();

  protected readonly view = signal<View>({ status: 'loading' });
  protected readonly moving = signal(false);
  /** The PDF preview loads on request: every CV read is audited, so opening the page does not read it. */
  protected readonly previewOpen = signal(false);

  protected readonly application = computed(() => {
    const view = this.view();
    return view.status === 'ready' ? view.application : null;
  });
  /** Recruiters write internal notes, hiring managers feedback. */
  protected readonly noteKind = computed(() => (this.auth.can('moveCandidates') ? 'note' : 'feedback'));
  protected readonly step = computed(() => {
    const application = this.application();
    return application ? stepNameOfKey(application.steps, application.stepKey) : null;
  });
  protected readonly days = computed(() => {
    const view = this.view();
    return view.status === 'ready' ? daysInStep(view.application.stageEnteredAt, view.at) : 0;
  });
  protected readonly daysKey = computed(() => daysInStepKey(this.days()));
  protected readonly cv = computed(() => {
    const application = this.application();
    if (!application?.cv) return null;
    const { cv } = application;
    return {
      ...cv,
      url: applicationCvUrl(application.id),
      size: formatFileSize(cv.sizeBytes, INTL_LOCALES[this.language.active()]),
      previewable: cv.mediaType === PDF,
      // A same-origin address built from the id, not from anything the user typed.
      previewUrl: this.sanitizer.bypassSecurityTrustResourceUrl(applicationCvUrl(application.id, true)),
    };
  });
  protected readonly referral = computed(() => {
    const referral = this.application()?.referral;
    if (!referral) return null;
    return { ...referral, creditedOther: referral.creditedReferrer.id !== referral.referrer.id };
  });

  constructor() {
    effect(() => {
      const id = this.applicationId();
      untracked(() => this.load(id));
    });
    inject(DestroyRef).onDestroy(() => this.loading?.unsubscribe());
  }

  protected retry(): void {
    this.load(this.applicationId());
  }

  protected moveTo(toKey: string): void {
    const application = this.application();
    if (!application || this.moving()) return;
    this.moving.set(true);
    this.mover
      .move(
        {
          id: application.id,
          version: application.version,
          candidateName: application.candidate.name,
          stepKey: application.stepKey,
          steps: application.steps,
          vacancyId: application.vacancy?.id ?? null,
          probationMonths: application.vacancy?.probationMonths ?? null,
        },
        toKey,
      )
      .subscribe((outcome) => {
        this.moving.set(false);
        if (outcome.status === 'moved') this.show(outcome.application);
        else if (outcome.status === 'conflict') this.load(application.id, false);
      });
  }

  protected show(application: ApplicationDetailResponse): void {
    this.view.set({ status: 'ready', application, at: new Date() });
  }

  protected reload(): void {
    this.load(this.applicationId(), false);
  }

  protected noteAdded(note: ApplicationNoteResponse): void {
    this.patch((application) => ({ ...application, notes: [note, ...application.notes] }));
  }

  protected hireCorrected(hire: HireResponse): void {
    this.patch((application) => ({ ...application, hire }));
  }

  protected togglePreview(): void {
    this.previewOpen.update((open) => !open);
  }

  private patch(change: (application: ApplicationDetailResponse) => ApplicationDetailResponse): void {
    const view = this.view();
    if (view.status === 'ready') this.view.set({ ...view, application: change(view.application) });
  }

  private load(id: string, showLoading = true): void {
    this.loading?.unsubscribe();
    if (showLoading) {
      this.view.set({ status: 'loading' });
      this.previewOpen.set(false);
    }
    this.loading = this.api.application(id).subscribe({
      next: (application) => this.show(application),
      error: (error: unknown) =>
        this.view.set({
          status:
            error instanceof HttpErrorResponse && (error.status === 404 || error.status === 403) ? 'notFound' : 'failed',
        }),
    });
  }
}
