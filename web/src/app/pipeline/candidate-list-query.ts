import type { ParamMap, Params } from '@angular/router';
import { PIPELINE_STAGES, type PipelineStage } from '@referrals/domain';

export const CANDIDATE_PAGE_SIZE = 25;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Stages where an application has left the process; listing them needs `includeEnded`. */
const ENDED_STAGES: readonly PipelineStage[] = ['hired', 'rejected', 'withdrawn'];

/** The candidate list's filters, read from and written to the address so reload and Back keep them. */
export interface CandidateListView {
  readonly vacancyId: string;
  readonly stage: PipelineStage | '';
  /** '' is anyone's candidates, 'me' the caller's own. */
  readonly recruiter: '' | 'me';
  readonly stale: boolean;
  /** Also hired, rejected and withdrawn candidates; the list shows the ones in process otherwise. */
  readonly includeEnded: boolean;
  readonly q: string;
  readonly page: number;
}

export const EMPTY_CANDIDATE_LIST_VIEW: CandidateListView = {
  vacancyId: '',
  stage: '',
  recruiter: '',
  stale: false,
  includeEnded: false,
  q: '',
  page: 1,
};

export function candidateListFrom(params: ParamMap): CandidateListView {
  const vacancyId = params.get('vacancy') ?? '';
  const stage = params.get('stage') ?? '';
  const page = Number(params.get('page'));
  return {
    vacancyId: UUID.test(vacancyId) ? vacancyId.toLowerCase() : '',
    stage: (PIPELINE_STAGES as readonly string[]).includes(stage) ? (stage as PipelineStage) : '',
    recruiter: params.get('recruiter') === 'me' ? 'me' : '',
    stale: params.get('stale') === 'true',
    includeEnded: params.get('ended') === 'true',
    q: (params.get('q') ?? '').trim().slice(0, 100),
    page: Number.isSafeInteger(page) && page >= 1 && page <= 10_000 ? page : 1,
  };
}

/** The query string of a view, leaving out what is not set and the first page, so addresses stay short. */
export function candidateListParams(view: CandidateListView): Params {
  return {
    vacancy: view.vacancyId || null,
    stage: view.stage || null,
    recruiter: view.recruiter || null,
    stale: view.stale ? 'true' : null,
    ended: view.includeEnded ? 'true' : null,
    q: view.q.trim() || null,
    page: view.page > 1 ? view.page : null,
  };
}

/** Whether any filter narrows the list, for the "clear" button and the empty-state text. */
export function isNarrowed(view: CandidateListView): boolean {
  return !!(view.vacancyId || view.stage || view.recruiter || view.stale || view.includeEnded || view.q);
}

/** The `GET /api/applications` parameters of a view; asking for an ended stage includes the ended ones. */
export function candidateListRequest(view: CandidateListView): Record<string, string | number | boolean> {
  const request: Record<string, string | number | boolean> = { page: view.page, pageSize: CANDIDATE_PAGE_SIZE };
  if (view.vacancyId) request['vacancyId'] = view.vacancyId;
  if (view.stage) request['stage'] = view.stage;
  if (view.recruiter) request['recruiter'] = view.recruiter;
  if (view.stale) request['stale'] = true;
  if (view.includeEnded || (view.stage && ENDED_STAGES.includes(view.stage))) request['includeEnded'] = true;
  if (view.q.trim()) request['q'] = view.q.trim();
  return request;
}

/** A board column's next cards from the list endpoint, by its exact step; ended columns need `includeEnded` to list anything. */
export function columnPageRequest(
  vacancyId: string,
  stepKey: string,
  stage: PipelineStage,
  page: number,
  pageSize: number,
): Record<string, string | number | boolean> {
  const request: Record<string, string | number | boolean> = { vacancyId, step: stepKey, page, pageSize };
  if (ENDED_STAGES.includes(stage)) request['includeEnded'] = true;
  return request;
}
