import { HttpErrorResponse } from '@angular/common/http';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  type ElementRef,
  effect,
  inject,
  input,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators, type AbstractControl } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { type ErrorStateMatcher } from '@angular/material/core';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { DomSanitizer } from '@angular/platform-browser';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import {
  isEssentialNotification,
  LOCALES,
  type Locale,
  NOTIFICATION_EVENTS,
  type NotificationEvent,
  type NotificationTemplatePreviewResponse,
  type NotificationTemplateResponse,
} from '@referrals/contracts';
import { catchError, debounceTime, finalize, map, type Observable, of, Subject, switchMap } from 'rxjs';
import { problemMessageKey } from '../../../core/http/problem-message';
import { ProblemNotifier } from '../../../core/http/problem-notifier';
import { Language } from '../../../core/i18n/language';
import { INTL_LOCALES } from '../../../core/i18n/locale-format';
import { LocalDateTimePipe } from '../../../shared/format/local-date-time-pipe';
import { ConfirmDialog, type ConfirmDialogData } from '../../confirm-dialog/confirm-dialog';
import { NotificationTemplatesApi } from '../notification-templates-api';
import { type PreviewState, TemplatePreview } from '../template-preview/template-preview';
import {
  insertAtCursor,
  isConflict,
  isListItem,
  placeholderSnippet,
  type TemplateFieldErrors,
  templateFieldErrors,
} from '../template-text';

const SUBJECT_MAX = 200;
const BODY_MAX = 10_000;
const PREVIEW_DELAY_MS = 400;

type Field = 'subject' | 'body';
type LoadState = 'loading' | 'failed' | 'ready';
interface Draft {
  event: NotificationEvent;
  language: Locale;
  subject: string;
  body: string;
}

const NO_ERRORS: TemplateFieldErrors = { subject: [], body: [] };
/** Placeholders that can be empty, the likeliest to be wrapped in `{{#if}}`, in order of preference. */
const OPTIONAL_PLACEHOLDERS = ['vacancyTitle', 'changeSummary', 'bonusAmount', 'link'];

/**
 * HR's editor of one notification in one language: subject and Markdown body with placeholder buttons, a
 * live preview rendered by the API (so it is exactly what people get), template errors at the fields,
 * save with an optimistic lock, and reset to the built-in text.
 */
@Component({
  selector: 'app-template-editor',
  imports: [
    LocalDateTimePipe,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    ReactiveFormsModule,
    RouterLink,
    TemplatePreview,
    TranslocoPipe,
  ],
  templateUrl: './template-editor.html',
  styleUrl: './template-editor.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TemplateEditor {
  private readonly api = inject(NotificationTemplatesApi);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly transloco = inject(TranslocoService);
  private readonly notifier = inject(ProblemNotifier);
  private readonly sanitizer = inject(DomSanitizer);
  private readonly destroyRef = inject(DestroyRef);
  private readonly uiLanguage = inject(Language);

  /** Route parameters (`/programme/notifications/:event/:lang`). */
  readonly event = input.required<string>();
  readonly lang = input.required<string>();

  protected readonly languages = LOCALES;
  protected readonly subjectMax = SUBJECT_MAX;
  protected readonly bodyMax = BODY_MAX;
  /** "10,000" / "10.000", as the reader writes numbers. */
  protected readonly bodyMaxText = computed(() => new Intl.NumberFormat(INTL_LOCALES[this.uiLanguage.active()]).format(BODY_MAX));

  protected readonly state = signal<LoadState>('loading');
  protected readonly template = signal<NotificationTemplateResponse | null>(null);
  protected readonly saving = signal(false);
  protected readonly resetting = signal(false);
  protected readonly conflict = signal(false);
  protected readonly serverErrors = signal<TemplateFieldErrors>(NO_ERRORS);
  protected readonly preview = signal<PreviewState>({ status: 'updating', last: null });

  protected readonly form = new FormGroup({
    subject: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(SUBJECT_MAX)] }),
    body: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(BODY_MAX)] }),
  });
  private readonly value = toSignal(this.form.valueChanges, { initialValue: this.form.getRawValue() });
  private readonly formEvent = toSignal(this.form.events);

  protected readonly validEvent = computed(() => (NOTIFICATION_EVENTS as readonly string[]).includes(this.event()) ? (this.event() as NotificationEvent) : null);
  protected readonly language = computed(() => ((LOCALES as readonly string[]).includes(this.lang()) ? (this.lang() as Locale) : null));
  protected readonly essential = computed(() => {
    const event = this.validEvent();
    return event !== null && isEssentialNotification(event);
  });
  protected readonly dirty = computed(() => {
    const template = this.template();
    const value = this.value();
    return template !== null && (value.subject !== template.subject || value.body !== template.body);
  });
  /** A `{{#if}}` around one of this mail's placeholders that can be empty. */
  protected readonly conditionalExample = computed(() => {
    const placeholders = this.template()?.placeholders ?? [];
    const name = OPTIONAL_PLACEHOLDERS.find((placeholder) => placeholders.includes(placeholder)) ?? 'link';
    return `{{#if ${name}}}… {{${name}}}{{/if}}`;
  });
  /** Placeholders with whether they only work inside their list's block. */
  protected readonly placeholders = computed(() => {
    const names = this.template()?.placeholders ?? [];
    return names.map((name) => ({ name, token: `{{${name}}}`, inList: isListItem(name, names) }));
  });
  /** Which field shows an error: the form's own rules once touched, or the API's template errors. */
  protected readonly invalid = computed(() => {
    this.formEvent();
    const errors = this.serverErrors();
    const controls = this.form.controls;
    return {
      subject: (controls.subject.invalid && controls.subject.touched) || errors.subject.length > 0,
      body: (controls.body.invalid && controls.body.touched) || errors.body.length > 0,
    };
  });
  protected readonly subjectErrors = this.matcher('subject');
  protected readonly bodyErrors = this.matcher('body');

  private readonly subjectInput = viewChild<ElementRef<HTMLInputElement>>('subjectInput');
  private readonly bodyInput = viewChild<ElementRef<HTMLTextAreaElement>>('bodyInput');
  /** Where a placeholder button inserts: the field the person was in last (the body until then). */
  private lastField: Field = 'body';
  private readonly drafts = new Subject<Draft>();

  constructor() {
    effect(() => {
      const event = this.validEvent();
      const language = this.language();
      untracked(() => this.load(event, language));
    });
    this.form.valueChanges.pipe(takeUntilDestroyed()).subscribe(() => this.queuePreview());
    this.drafts
      .pipe(
        debounceTime(PREVIEW_DELAY_MS),
        switchMap((draft) => this.render(draft)),
        takeUntilDestroyed(),
      )
      .subscribe((state) => this.preview.set(state));
  }

  protected load(event = this.validEvent(), language = this.language()): void {
    if (event === null || language === null) {
      this.state.set('failed');
      return;
    }
    this.state.set('loading');
    this.api
      .get(event, language)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (template) => this.startFrom(template),
        error: () => this.state.set('failed'),
      });
  }

  /** Remembers the field for the placeholder buttons. */
  protected focused(field: Field): void {
    this.lastField = field;
  }

  protected insert(name: string): void {
    const field = isListItem(name, this.template()?.placeholders ?? []) || placeholderSnippet(name).includes('\n') ? 'body' : this.lastField;
    const element = (field === 'subject' ? this.subjectInput() : this.bodyInput())?.nativeElement;
    const control = this.form.controls[field];
    const value = control.value;
    const edit = insertAtCursor(value, element?.selectionStart ?? value.length, element?.selectionEnd ?? value.length, placeholderSnippet(name));
    control.setValue(edit.value);
    control.markAsDirty();
    if (element) {
      element.value = edit.value;
      element.focus();
      element.setSelectionRange(edit.caret, edit.caret);
    }
  }

  protected save(): void {
    const template = this.template();
    const event = this.validEvent();
    const language = this.language();
    this.form.markAllAsTouched();
    if (!template || !event || !language || this.form.invalid || this.saving()) return;
    this.saving.set(true);
    this.conflict.set(false);
    const { subject, body } = this.form.getRawValue();
    this.api
      .save(event, language, { subject, body, version: template.version })
      .pipe(
        finalize(() => this.saving.set(false)),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe({
        next: (saved) => {
          this.startFrom(saved);
          this.announce('notificationTemplates.editor.saved');
        },
        error: (error: unknown) => this.refused(error),
      });
  }

  protected reset(): void {
    const event = this.validEvent();
    const language = this.language();
    if (!event || !language) return;
    this.confirm({
      title: this.t('notificationTemplates.editor.resetConfirm.title'),
      message: this.t('notificationTemplates.editor.resetConfirm.message', {
        event: this.t(`notificationTemplates.events.${event}.name`),
        language: this.t(`notificationTemplates.languages.${language}`),
      }),
      confirm: this.t('notificationTemplates.editor.resetConfirm.confirm'),
      cancel: this.t('notificationTemplates.editor.resetConfirm.cancel'),
    }).subscribe((confirmed) => {
      if (!confirmed) return;
      this.resetting.set(true);
      this.api
        .reset(event, language)
        .pipe(
          finalize(() => this.resetting.set(false)),
          takeUntilDestroyed(this.destroyRef),
        )
        .subscribe((builtIn) => {
          this.startFrom(builtIn);
          this.announce('notificationTemplates.editor.resetDone');
        });
    });
  }

  /** Asked by the route before leaving (another language, another page) with unsaved changes. */
  canLeave(): Observable<boolean> | boolean {
    if (!this.dirty()) return true;
    return this.confirm({
      title: this.t('notificationTemplates.editor.discard.title'),
      message: this.t('notificationTemplates.editor.discard.message'),
      confirm: this.t('notificationTemplates.editor.discard.confirm'),
      cancel: this.t('notificationTemplates.editor.discard.cancel'),
    });
  }

  private startFrom(template: NotificationTemplateResponse): void {
    this.template.set(template);
    this.conflict.set(false);
    this.serverErrors.set(NO_ERRORS);
    this.form.reset({ subject: template.subject, body: template.body });
    this.state.set('ready');
    this.queuePreview();
  }

  private queuePreview(): void {
    const event = this.validEvent();
    const language = this.language();
    if (!event || !language || this.template() === null) return;
    const { subject, body } = this.form.getRawValue();
    const current = this.preview();
    this.preview.set({ status: 'updating', last: current.status === 'ready' || current.status === 'updating' ? current.last : null });
    this.drafts.next({ event, language, subject, body });
  }

  private render(draft: Draft): Observable<PreviewState> {
    if (!draft.subject.trim() || !draft.body.trim()) return of({ status: 'blocked' } as const);
    return this.api.preview(draft).pipe(
      map((rendered: NotificationTemplatePreviewResponse): PreviewState => {
        this.serverErrors.set(NO_ERRORS);
        // The API rendered and sanitised this HTML, and it is shown only in an iframe with an empty sandbox
        // (no scripts, no same origin), so trusting it here cannot run anything in the portal.
        return { status: 'ready', last: { subject: rendered.subject, text: rendered.text, html: this.sanitizer.bypassSecurityTrustHtml(rendered.html) } };
      }),
      catchError((error: unknown) => {
        const fieldErrors = templateFieldErrors(error);
        if (fieldErrors) {
          this.serverErrors.set(fieldErrors);
          return of({ status: 'blocked' } as const);
        }
        return of({ status: 'failed' } as const);
      }),
    );
  }

  private refused(error: unknown): void {
    const fieldErrors = templateFieldErrors(error);
    if (fieldErrors) {
      this.serverErrors.set(fieldErrors);
      this.focusFirstError(fieldErrors);
    } else if (isConflict(error)) {
      this.conflict.set(true);
    } else if (error instanceof HttpErrorResponse) {
      this.notifier.show(problemMessageKey(error.status, error.error));
    }
  }

  private focusFirstError(errors: TemplateFieldErrors): void {
    const element = errors.subject.length > 0 ? this.subjectInput() : errors.body.length > 0 ? this.bodyInput() : undefined;
    element?.nativeElement.focus();
  }

  private matcher(field: Field): ErrorStateMatcher {
    return { isErrorState: (control: AbstractControl | null) => Boolean(control?.invalid && control.touched) || this.serverErrors()[field].length > 0 };
  }

  private confirm(data: ConfirmDialogData): Observable<boolean> {
    return this.dialog
      .open<ConfirmDialog, ConfirmDialogData, boolean>(ConfirmDialog, { data, autoFocus: 'dialog' })
      .afterClosed()
      .pipe(map((answer) => answer === true));
  }

  private announce(key: string): void {
    this.snackBar.open(this.t(key), this.t('notificationTemplates.editor.dismiss'), { duration: 6000 });
  }

  private t(key: string, params?: Record<string, unknown>): string {
    return this.transloco.translate(key, params);
  }
}
