import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { ApplicationCardResponse, ApplicationDetailResponse, BoardResponse } from '@referrals/contracts';
import { provideAppIcons } from '../../core/icons/app-icons';
import { PipelineBoard } from './pipeline-board';
import { ENGLISH_TEXTS as en, translocoInEnglish } from '../../../testing/transloco-in-english';

const texts = en.pipeline;

const card = (id: string, name: string, stepKey: string, extra: Partial<ApplicationCardResponse> = {}) =>
  ({
    id,
    version: 3,
    candidateName: name,
    referrer: { id: 'u-emma', displayName: 'Emma de Vries' },
    stepKey,
    stage: stepKey === 'case' ? 'interview' : stepKey,
    stageEnteredAt: '2025-03-01T09:00:00.000Z',
    stale: false,
    assignedRecruiter: null,
    ...extra,
  }) as ApplicationCardResponse;

const board: BoardResponse = {
  vacancy: { id: 'v1', title: 'Backend developer', status: 'open', department: 'Engineering', hiringManager: null },
  columns: [
    { step: { key: 'new', label: null, stage: 'new' }, count: 2, applications: [card('a1', 'Jan Peeters', 'new', { stale: true })], hasMore: true },
    { step: { key: 'case', label: 'Case study', stage: 'interview' }, count: 1, applications: [card('a2', 'Fatima El Amrani', 'case')], hasMore: false },
    { step: { key: 'hired', label: null, stage: 'hired' }, count: 0, applications: [], hasMore: false },
    { step: { key: 'rejected', label: null, stage: 'rejected' }, count: 0, applications: [], hasMore: false },
    { step: { key: 'withdrawn', label: null, stage: 'withdrawn' }, count: 0, applications: [], hasMore: false },
  ],
  staleAfterDays: 7,
  canMove: true,
};

const moved = (stepKey: string, stage: ApplicationDetailResponse['stage']) =>
  ({
    id: 'a1',
    version: 4,
    candidate: { id: 'c1', name: 'Jan Peeters', email: 'jan@example.nl', phone: null, linkedinUrl: null },
    steps: board.columns.slice(0, 3).map((column) => column.step),
    stepKey,
    stage,
    stageEnteredAt: '2025-03-12T09:00:00.000Z',
    stale: false,
    assignedRecruiter: null,
  }) as unknown as ApplicationDetailResponse;

async function render(shown: BoardResponse = board) {
  TestBed.configureTestingModule({
    imports: [
      PipelineBoard,
      translocoInEnglish(),
    ],
    providers: [provideHttpClient(), provideHttpClientTesting(), provideAppIcons(), provideRouter([])],
  });
  const http = TestBed.inject(HttpTestingController);
  const fixture = TestBed.createComponent(PipelineBoard);
  fixture.componentRef.setInput('vacancyId', 'v1');
  fixture.detectChanges();
  http.expectOne('/api/vacancies/v1/board').flush(shown);
  await fixture.whenStable();
  const element = fixture.nativeElement as HTMLElement;
  const column = (key: string) => element.querySelector(`#board-list-${key}`) as HTMLElement;
  const names = (key: string) =>
    [...column(key).querySelectorAll('.card__name')].map((name) => name.textContent?.trim());
  const button = (name: string, root: ParentNode = element) =>
    [...root.querySelectorAll('button')].find((candidate) => candidate.textContent?.trim() === name) as
      | HTMLButtonElement
      | undefined;
  const moveTo = async (cardId: string, step: string) => {
    (element.querySelector(`#move-${cardId}`) as HTMLButtonElement).click();
    await fixture.whenStable();
    button(step, document.querySelector('.mat-mdc-menu-panel') ?? document)?.click();
    await fixture.whenStable();
  };
  return { element, http, column, names, button, moveTo, stable: () => fixture.whenStable() };
}

describe('PipelineBoard', () => {
  afterEach(() => {
    TestBed.inject(HttpTestingController).verify();
    document.querySelectorAll('.cdk-overlay-container').forEach((overlay) => (overlay.innerHTML = ''));
  });

  it('names each column by its own label or its translated stage, with its count', async () => {
    const { element } = await render();
    const headings = [...element.querySelectorAll('h2')].map(
      (heading) => `${heading.querySelector('.column__name')?.textContent?.trim()} ${heading.querySelector('.visually-hidden')?.textContent?.trim()}`,
    );
    expect(headings).toEqual([
      'New (2 candidates)',
      'Case study (1 candidate)',
      'Hired (0 candidates)',
      'Rejected (0 candidates)',
      'Withdrawn (0 candidates)',
    ]);
    const list = element.querySelector('#board-list-case');
    expect(element.querySelector(`#${list?.getAttribute('aria-labelledby')}`)?.textContent).toContain('Case study');
    expect(element.querySelector('#board-list-new')?.textContent).toContain(texts.card.stale);
    expect(element.textContent).toContain(texts.board.showMore.replace('{{count}}', '1'));
  });

  it('moves a card from its menu with the version it showed, and keeps it where the API put it', async () => {
    const { http, names, moveTo, stable } = await render();
    await moveTo('a1', 'Case study');
    expect(names('case')).toEqual(['Jan Peeters', 'Fatima El Amrani']);
    const request = http.expectOne({ method: 'POST', url: '/api/applications/a1/move' });
    expect(request.request.body).toEqual({ toStage: 'case', version: 3 });
    request.flush(moved('case', 'interview'));
    await stable();
    expect(names('case')).toEqual(['Jan Peeters', 'Fatima El Amrani']);
    expect(names('new')).toEqual([]);
  });

  it('puts the card back and says why when the API refuses the move', async () => {
    const { http, names, moveTo, stable } = await render();
    await moveTo('a1', 'Case study');
    http.expectOne({ method: 'POST', url: '/api/applications/a1/move' }).flush(
      { type: 'about:blank', title: 'Refused', status: 422, code: 'invalid_transition', refusal: 'application_ended' },
      { status: 422, statusText: 'Unprocessable Entity' },
    );
    await stable();
    expect(names('new')).toEqual(['Jan Peeters']);
    expect(names('case')).toEqual(['Fatima El Amrani']);
    expect(document.body.textContent).toContain(texts.refusals.application_ended);
  });

  it('reloads the board with a clear message when someone else moved the candidate first', async () => {
    const { http, names, moveTo, stable } = await render();
    await moveTo('a1', 'Case study');
    http.expectOne({ method: 'POST', url: '/api/applications/a1/move' }).flush(
      { type: 'about:blank', title: 'Conflict', status: 409, code: 'conflict', current: { id: 'a1', version: 5 } },
      { status: 409, statusText: 'Conflict' },
    );
    await stable();
    expect(document.body.textContent).toContain(texts.board.conflict);
    const current: BoardResponse = JSON.parse(JSON.stringify(board));
    current.columns[0] = { ...current.columns[0], count: 1, applications: [] };
    current.columns[3] = { ...current.columns[3], count: 1, applications: [card('a1', 'Jan Peeters', 'rejected')] };
    http.expectOne('/api/vacancies/v1/board').flush(current);
    await stable();
    expect(names('rejected')).toEqual(['Jan Peeters']);
    expect(names('case')).toEqual(['Fatima El Amrani']);
  });

  it('asks for a reject reason before rejecting, and sends nothing when cancelled', async () => {
    const { http, names, moveTo, stable, button } = await render();
    await moveTo('a1', 'Rejected');
    http.expectOne('/api/reject-reasons').flush([
      { id: 'r1', code: 'skills_mismatch', label: 'Skills mismatch', active: true },
      { id: 'r2', code: null, label: 'No work permit', active: true },
      { id: 'r3', code: null, label: 'Old reason', active: false },
    ]);
    await stable();
    const dialog = document.querySelector('mat-dialog-container') as HTMLElement;
    expect(dialog.textContent).toContain(texts.move.title.replace('{{name}}', 'Jan Peeters').replace('{{step}}', 'Rejected'));
    expect(names('rejected')).toEqual(['Jan Peeters']); // shown where it is going while the dialog asks
    button(texts.move.cancel, dialog)?.click();
    for (let tick = 0; tick < 100 && document.querySelector('mat-dialog-container'); tick++) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    await stable();
    http.expectNone({ method: 'POST' });
    expect(names('new')).toEqual(['Jan Peeters']);
    expect(names('rejected')).toEqual([]);
  });

  it('offers a read-only board to people who may not move candidates', async () => {
    const { element } = await render({ ...board, canMove: false });
    expect(element.querySelector('#move-a1')).toBeNull();
    expect(element.textContent).toContain(texts.board.readOnly);
    expect(element.querySelector('.cdk-drop-list-disabled')).not.toBeNull();
  });

  it('loads the rest of a column from the list endpoint by its exact step', async () => {
    const { http, names, button, stable } = await render();
    button(texts.board.showMore.replace('{{count}}', '1'))?.click();
    const request = http.expectOne((candidate) => candidate.url === '/api/applications');
    expect(request.request.params.get('vacancyId')).toBe('v1');
    expect(request.request.params.get('step')).toBe('new');
    expect(request.request.params.get('page')).toBe('2');
    request.flush({ items: [{ ...card('a3', 'Noor Bakker', 'new'), vacancy: null }], page: 2, pageSize: 50, hasMore: false });
    await stable();
    expect(names('new')).toEqual(['Jan Peeters', 'Noor Bakker']);
  });
});
