import { LiveAnnouncer } from '@angular/cdk/a11y';
import { HttpErrorResponse } from '@angular/common/http';
import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  ElementRef,
  inject,
  Injector,
  input,
  OnInit,
  output,
  signal,
} from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import {
  FormArray,
  FormControl,
  FormGroup,
  ReactiveFormsModule,
  Validators,
  type ValidatorFn,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import type { ErrorStateMatcher } from '@angular/material/core';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { MatTooltipModule } from '@angular/material/tooltip';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { isProblemDetails, type StageTemplateResponse } from '@referrals/contracts';
import { MAX_STEPS, type StageStep, type StepListProblem } from '@referrals/domain';
import { finalize } from 'rxjs';
import { Language } from '../../core/i18n/language';
import { PipelineSetupApi } from './pipeline-setup-api';
import {
  checkDraft,
  draftsOfSteps,
  MAX_MIDDLE_STEPS,
  MIDDLE_STAGES,
  stageOfNewStep,
  stepsOfDraft,
  type MiddleStage,
  type StepDraft,
} from './step-list-draft';

type StepGroup = FormGroup<{ label: FormControl<string>; stage: FormControl<MiddleStage> }>;

interface RowMeta {
  readonly id: number;
  readonly origin?: StepDraft['origin'];
  /** Marks the stage select red while this row's stage comes before one above it. */
  readonly stageMatcher: ErrorStateMatcher;
}

const notBlank: ValidatorFn = (control) =>
  typeof control.value === 'string' && control.value.trim() === '' ? { required: true } : null;

/** The API's rule names, for a `problem` it may answer that the editor did not see coming. */
const STEP_LIST_PROBLEMS: readonly string[] = [
  'too_few_steps',
  'too_many_steps',
  'invalid_key',
  'duplicate_key',
  'must_start_with_new',
  'must_end_with_hired',
  'label_required',
  'stages_out_of_order',
  'steps_in_use',
] satisfies (StepListProblem | 'steps_in_use')[];

/**
 * Builds a new step template: a name and the steps between the fixed New and Hired, checked with the
 * domain's rule as the recruiter types (the API checks again on save).
 */
@Component({
  selector: 'app-stage-template-editor',
  imports: [
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatSelectModule,
    MatTooltipModule,
    ReactiveFormsModule,
    TranslocoPipe,
  ],
  templateUrl: './stage-template-editor.html',
  styleUrl: './stage-template-editor.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class StageTemplateEditor implements OnInit {
  private readonly api = inject(PipelineSetupApi);
  private readonly transloco = inject(TranslocoService);
  private readonly announcer = inject(LiveAnnouncer);
  private readonly language = inject(Language);
  private readonly injector = inject(Injector);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly destroyRef = inject(DestroyRef);

  /** The list to start from: its steps become the first rows. */
  readonly startFrom = input<StageTemplateResponse | null>(null);
  readonly saved = output<StageTemplateResponse>();
  readonly cancelled = output<void>();

  protected readonly stages = MIDDLE_STAGES;
  protected readonly maxSteps = MAX_STEPS;
  protected readonly form = new FormGroup({
    name: new FormControl('', { nonNullable: true, validators: [notBlank, Validators.maxLength(80)] }),
    steps: new FormArray<StepGroup>([]),
  });
  private readonly meta = new WeakMap<StepGroup, RowMeta>();
  private lastId = 0;

  protected readonly saving = signal(false);
  /** Set once saving was tried, so a missing name shows only then. */
  protected readonly submitted = signal(false);
  /** The rule the API named on refusing the list; cleared by the next edit. */
  protected readonly serverProblem = signal<string | null>(null);
  protected readonly refused = signal(false);

  private readonly formEvent = toSignal(this.form.events);
  protected readonly rows = computed(() => {
    this.formEvent();
    return this.form.controls.steps.controls.map((group) => ({ group, ...this.rowMeta(group) }));
  });
  private readonly drafts = computed(() =>
    this.rows().map(
      ({ id, origin, group }): StepDraft => ({
        id,
        origin,
        label: group.controls.label.value,
        stage: group.controls.stage.value,
      }),
    ),
  );
  /** Before saving is tried, rows not named yet are no error: the recruiter is still typing. */
  protected readonly check = computed(() => checkDraft(this.drafts(), { blankLabelsAllowed: !this.submitted() }));
  protected readonly full = computed(() => this.rows().length >= MAX_MIDDLE_STEPS);
  /** The problem to explain under the list: the editor's own, or the one the API answered. */
  protected readonly problem = computed(() => this.check().problem ?? this.serverProblem());

  constructor() {
    this.form.valueChanges.pipe(takeUntilDestroyed()).subscribe(() => {
      this.serverProblem.set(null);
      this.refused.set(false);
    });
  }

  ngOnInit(): void {
    const from = this.startFrom();
    const drafts = from ? draftsOfSteps(from.steps, (step) => this.stepLabel(step), () => ++this.lastId) : [];
    for (const draft of drafts) this.form.controls.steps.push(this.group(draft));
    afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>('h3')?.focus(), {
      injector: this.injector,
    });
  }

  protected add(): void {
    if (this.full()) return;
    const draft: StepDraft = { id: ++this.lastId, label: '', stage: stageOfNewStep(this.drafts()) };
    this.form.controls.steps.push(this.group(draft));
    this.focusLater(`#step-${draft.id}-label`);
  }

  protected move(index: number, direction: -1 | 1): void {
    const steps = this.form.controls.steps;
    const target = index + direction;
    if (target < 0 || target >= steps.length) return;
    const group = steps.at(index);
    const id = this.rowMeta(group).id;
    steps.removeAt(index, { emitEvent: false });
    steps.insert(target, group);
    // Focus stays on the button pressed, or moves to its partner once the row reached that end of the list.
    const reachedEnd = direction === -1 ? target === 0 : target === steps.length - 1;
    const button = (direction === -1) !== reachedEnd ? 'up' : 'down';
    this.focusLater(`#step-${id}-${button}`);
    this.announcer.announce(
      this.transloco.translate('pipelineSetup.editor.moved', {
        name: this.rowName(group),
        position: target + 2,
        total: steps.length + 2,
      }),
    );
  }

  protected remove(index: number): void {
    const steps = this.form.controls.steps;
    const name = this.rowName(steps.at(index));
    steps.removeAt(index);
    const next = steps.length === 0 ? null : steps.at(Math.min(index, steps.length - 1));
    this.focusLater(next ? `#step-${this.rowMeta(next).id}-label` : '#add-step');
    this.announcer.announce(this.transloco.translate('pipelineSetup.editor.removed', { name }));
  }

  protected save(): void {
    this.submitted.set(true);
    this.form.markAllAsTouched();
    if (this.saving()) return;
    if (this.form.invalid || checkDraft(this.drafts()).problem) {
      this.focusLater('.mat-form-field-invalid input, .mat-form-field-invalid mat-select, #editor-problem');
      return;
    }
    this.saving.set(true);
    this.api
      .createTemplate({ name: this.form.controls.name.value.trim(), steps: stepsOfDraft(this.drafts()) })
      .pipe(
        finalize(() => this.saving.set(false)),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe({
        next: (template) => this.saved.emit(template),
        error: (error: unknown) => this.showRefusal(error),
      });
  }

  protected rowName(group: StepGroup): string {
    this.language.active(); // re-read on a language switch
    const label = group.controls.label.value.trim();
    return label || this.transloco.translate('pipelineSetup.editor.unnamed');
  }

  private group(draft: StepDraft): StepGroup {
    const group: StepGroup = new FormGroup({
      label: new FormControl(draft.label, { nonNullable: true, validators: [notBlank, Validators.maxLength(60)] }),
      stage: new FormControl<MiddleStage>(draft.stage, { nonNullable: true }),
    });
    this.meta.set(group, {
      id: draft.id,
      origin: draft.origin,
      stageMatcher: { isErrorState: () => this.check().outOfOrderIds.includes(draft.id) },
    });
    return group;
  }

  private rowMeta(group: StepGroup): RowMeta {
    const meta = this.meta.get(group);
    if (!meta) throw new Error('A step row without its id');
    return meta;
  }

  private stepLabel(step: StageStep): string {
    return step.label ?? this.transloco.translate(`pipelineSetup.stages.${step.stage}`);
  }

  private focusLater(selector: string): void {
    afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>(selector)?.focus(), {
      injector: this.injector,
    });
  }

  /** Names the broken rule next to the list; other refusals are announced by the interceptor and noted here. */
  private showRefusal(error: unknown): void {
    if (!(error instanceof HttpErrorResponse) || !isProblemDetails(error.error)) return;
    const body = error.error as { code: string; problem?: unknown; errors?: { field: string }[] };
    if (body.code === 'stage_list_invalid' && typeof body.problem === 'string' && STEP_LIST_PROBLEMS.includes(body.problem)) {
      this.serverProblem.set(body.problem);
      this.focusLater('#editor-problem');
      return;
    }
    const nameError = body.errors?.some((fieldError) => fieldError.field === 'name');
    if (nameError) {
      this.form.controls.name.setErrors({ server: true });
      this.focusLater('#template-name');
    }
    this.refused.set(!nameError);
  }
}
