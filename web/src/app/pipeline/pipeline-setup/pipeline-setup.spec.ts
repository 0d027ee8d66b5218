import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { RejectReasonResponse, StageTemplateResponse } from '@referrals/contracts';
import { DEFAULT_STEPS } from '@referrals/domain';
import { provideAppIcons } from '../../core/icons/app-icons';
import { PipelineSetup } from './pipeline-setup';
import { ENGLISH_TEXTS as en, translocoInEnglish } from '../../../testing/transloco-in-english';

const texts = en.pipelineSetup;

const standard: StageTemplateResponse = {
  id: 't-standard',
  name: 'Standard',
  steps: [...DEFAULT_STEPS],
  builtIn: true,
  createdBy: null,
  createdAt: '2025-01-01T00:00:00.000Z',
};
const withCase: StageTemplateResponse = {
  id: 't-case',
  name: 'Engineering with a case',
  steps: [
    { key: 'new', label: null, stage: 'new' },
    { key: 'case', label: 'Case study', stage: 'interview' },
    { key: 'hired', label: null, stage: 'hired' },
  ],
  builtIn: false,
  createdBy: { id: 'u-sophie', displayName: 'Sophie Bakker' },
  createdAt: '2025-02-03T10:00:00.000Z',
};
const reasons: RejectReasonResponse[] = [
  { id: 'r-skills', code: 'skills_mismatch', label: 'Skills do not match', active: true },
  { id: 'r-own', code: null, label: 'No show', active: false },
];

async function render() {
  TestBed.configureTestingModule({
    imports: [
      PipelineSetup,
      translocoInEnglish(),
    ],
    providers: [provideHttpClient(), provideHttpClientTesting(), provideAppIcons(), provideRouter([])],
  });
  const http = TestBed.inject(HttpTestingController);
  const fixture = TestBed.createComponent(PipelineSetup);
  fixture.detectChanges();
  http.expectOne('/api/stage-templates').flush([standard, withCase]);
  http.expectOne('/api/reject-reasons?includeInactive=true').flush(reasons);
  await fixture.whenStable();
  const element = fixture.nativeElement as HTMLElement;
  const stable = () => fixture.whenStable();
  const button = (name: string) => {
    const found = [...element.querySelectorAll('button')].find((candidate) => candidate.textContent?.trim() === name);
    if (!found) throw new Error(`no button ${name}`);
    return found;
  };
  const click = async (target: HTMLElement) => {
    target.click();
    await stable();
  };
  const type = async (input: HTMLInputElement, value: string) => {
    input.value = value;
    input.dispatchEvent(new Event('input'));
    input.dispatchEvent(new Event('blur'));
    await stable();
  };
  /** The one element a selector finds; a test that expects it fails loudly when it is missing. */
  const find = <T extends HTMLElement>(selector: string): T => {
    const found = element.querySelector<T>(selector);
    if (!found) throw new Error(`nothing matches ${selector}`);
    return found;
  };
  const stepLabels = () =>
    [...element.querySelectorAll<HTMLInputElement>('.editor__steps input')].map((input) => input.value);
  const problem = () => element.querySelector('#editor-problem')?.textContent?.trim();
  return { element, http, stable, button, click, type, find, stepLabels, problem };
}

describe('PipelineSetup', () => {
  afterEach(() => TestBed.inject(HttpTestingController).verify());

  it('lists the templates with their steps in order, the built-in one translated', async () => {
    const { element } = await render();
    const cards = [...element.querySelectorAll('.template')];
    expect(cards.map((card) => card.querySelector('h3')?.textContent?.trim())).toEqual([
      texts.templates.builtInName,
      'Engineering with a case',
    ]);
    const chips = (card: Element) =>
      [...card.querySelectorAll('.steps__chip')].map((chip) => chip.textContent?.replace(/\s+/g, ' ').trim());
    expect(chips(cards[0])).toEqual(['New', 'Screening', 'Interview', 'Offer', 'Hired']);
    expect(chips(cards[1])).toEqual(['New', 'Case study Interview', 'Hired']);
    expect(cards[0].textContent).toContain(texts.templates.builtIn);
    expect(cards[1].textContent).toContain('Added by Sophie Bakker on 3 February 2025');
  });

  it('builds a new template from the built-in steps and shows it once saved', async () => {
    const { element, http, button, click, type, find, stepLabels } = await render();
    await click(button(texts.templates.new));
    expect(stepLabels()).toEqual(['Screening', 'Interview', 'Offer']);
    expect(document.activeElement?.textContent?.trim()).toBe(texts.editor.heading);

    await type(find<HTMLInputElement>('#template-name'), 'Sales');
    const labels = element.querySelectorAll<HTMLInputElement>('.editor__steps input');
    await type(labels[1], 'Gesprek met het team');
    await click(button(texts.editor.add));
    const added = [...element.querySelectorAll<HTMLInputElement>('.editor__steps input')].at(-1);
    if (!added) throw new Error('no step was added');
    expect(document.activeElement).toBe(added);
    expect(element.querySelector('#editor-problem')).toBeNull(); // an empty new row is no error until saving is tried
    await type(added, 'Referenties');
    await click(button(texts.editor.save));

    const request = http.expectOne({ method: 'POST', url: '/api/stage-templates' });
    expect(request.request.body).toEqual({
      name: 'Sales',
      steps: [
        { key: 'new', label: null, stage: 'new' },
        { key: 'screening', label: null, stage: 'screening' },
        { key: 'gesprek_met_het_team', label: 'Gesprek met het team', stage: 'interview' },
        { key: 'offer', label: null, stage: 'offer' },
        { key: 'referenties', label: 'Referenties', stage: 'offer' },
        { key: 'hired', label: null, stage: 'hired' },
      ],
    });
    const saved: StageTemplateResponse = { ...withCase, id: 't-sales', name: 'Sales', steps: request.request.body.steps };
    request.flush(saved, { status: 201, statusText: 'Created' });
    await new Promise((resolve) => setTimeout(resolve));
    expect(element.querySelector('app-stage-template-editor')).toBeNull();
    expect([...element.querySelectorAll('.template h3')].map((heading) => heading.textContent?.trim())).toEqual([
      texts.templates.builtInName,
      'Engineering with a case',
      'Sales',
    ]);
    expect(document.activeElement?.id).toBe('template-t-sales');
  });

  it('moves a step with its buttons and keeps the focus on the step', async () => {
    const { button, click, find, stepLabels } = await render();
    await click(button(texts.templates.new));
    const down = find<HTMLButtonElement>('[aria-label="Move Screening down"]');
    await click(down);
    await new Promise((resolve) => setTimeout(resolve));
    expect(stepLabels()).toEqual(['Interview', 'Screening', 'Offer']);
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Move Screening down');
    await click(find<HTMLButtonElement>('[aria-label="Move Screening down"]'));
    await new Promise((resolve) => setTimeout(resolve));
    expect(stepLabels()).toEqual(['Interview', 'Offer', 'Screening']);
    // At the bottom its down button is off, so the focus moves to its up button.
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Move Screening up');
  });

  it('explains a broken rule and sends nothing until it is fixed', async () => {
    const { element, http, button, click, type, find, problem } = await render();
    await click(button(texts.templates.new));
    await type(find<HTMLInputElement>('#template-name'), 'Back to front');
    await click(find<HTMLButtonElement>('[aria-label="Move Screening down"]'));
    expect(problem()).toBe(texts.problems.stages_out_of_order);
    const invalidSelects = element.querySelectorAll('.editor__stage.mat-form-field-invalid');
    expect(invalidSelects).toHaveLength(1);
    await click(button(texts.editor.save));
    http.expectNone({ method: 'POST' });

    await click(find<HTMLButtonElement>('[aria-label="Move Screening up"]'));
    expect(problem()).toBeUndefined();
    await click(button(texts.editor.add));
    expect(problem()).toBe(texts.problems.label_required);
    expect(element.querySelectorAll('.editor__label.mat-form-field-invalid')).toHaveLength(1);
    await click(button(texts.editor.save));
    http.expectNone({ method: 'POST' });
  });

  it('shows the rule the API names when it refuses the list', async () => {
    const { http, button, click, type, find, problem, stable } = await render();
    await click(button(texts.templates.new));
    await type(find<HTMLInputElement>('#template-name'), 'Too long');
    await click(button(texts.editor.save));
    http
      .expectOne({ method: 'POST', url: '/api/stage-templates' })
      .flush(
        { type: 'about:blank', title: 'x', status: 422, code: 'stage_list_invalid', problem: 'too_many_steps' },
        { status: 422, statusText: 'Unprocessable Entity' },
      );
    await stable();
    expect(problem()).toBe(texts.problems.too_many_steps.replace('{{max}}', '12'));
  });

  it('switches reject reasons on and off and adds one', async () => {
    const { element, http, click, type, find, stable } = await render();
    const items = [...element.querySelectorAll('.reasons__item')];
    expect(items.map((item) => item.querySelector('label')?.textContent?.trim())).toEqual([
      texts.rejectReasons.builtIn.skills_mismatch,
      'No show',
    ]);
    const toggle = items[1].querySelector<HTMLButtonElement>('button[role="switch"]');
    if (!toggle) throw new Error('no switch');
    await click(toggle);
    const patch = http.expectOne({ method: 'PATCH', url: '/api/reject-reasons/r-own' });
    expect(patch.request.body).toEqual({ active: true });
    patch.flush({ ...reasons[1], active: true });
    await stable();
    expect(items[1].textContent).toContain(texts.rejectReasons.active);

    await type(find<HTMLInputElement>('input[name="rejectReason"]'), '  Did not show up  ');
    element.querySelector('form.reasons__add')?.dispatchEvent(new Event('submit'));
    await stable();
    const post = http.expectOne({ method: 'POST', url: '/api/reject-reasons' });
    expect(post.request.body).toEqual({ label: 'Did not show up' });
    post.flush({ id: 'r-new', code: null, label: 'Did not show up', active: true });
    await stable();
    expect(element.querySelectorAll('.reasons__item')).toHaveLength(3);
  });
});
