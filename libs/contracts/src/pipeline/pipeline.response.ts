import type { PipelineStage, ReferralChannel, ReferralRelationship, StageStep, VacancyStatus } from '@referrals/domain';
import type { PersonRef } from '../referrals/referral.response';
import type { NoteKind } from './pipeline-values';

/** A candidate on the board and in the candidate list. */
export interface ApplicationCardResponse {
  id: string;
  version: number;
  candidateName: string;
  /** The credited referrer; null for a direct application. */
  referrer: PersonRef | null;
  stepKey: string;
  stage: PipelineStage;
  stageEnteredAt: string;
  /** Set by the stale job when the candidate has been idle in this step longer than the setting. */
  stale: boolean;
  assignedRecruiter: PersonRef | null;
}

export interface ApplicationListItemResponse extends ApplicationCardResponse {
  vacancy: { id: string; title: string } | null;
}

/** A board column: one step of the vacancy's list, or an end state. */
export interface BoardColumnResponse {
  step: StageStep | { key: 'rejected' | 'withdrawn'; label: null; stage: 'rejected' | 'withdrawn' };
  count: number;
  /** The first cards, longest in the step first; `hasMore` means the list endpoint has the rest. */
  applications: ApplicationCardResponse[];
  hasMore: boolean;
}

export interface BoardResponse {
  vacancy: { id: string; title: string; status: VacancyStatus; department: string; hiringManager: PersonRef | null };
  columns: BoardColumnResponse[];
  staleAfterDays: number;
  /** Whether the caller may move cards (recruiters); hiring managers see the board read-only. */
  canMove: boolean;
}

export interface ApplicationNoteResponse {
  id: string;
  kind: NoteKind;
  author: PersonRef;
  body: string;
  createdAt: string;
}

export interface ApplicationEventResponse {
  id: string;
  actor: PersonRef | null;
  fromStepKey: string | null;
  toStepKey: string;
  toStage: PipelineStage;
  reason: string | null;
  rejectReason: RejectReasonResponse | null;
  at: string;
}

export interface HireResponse {
  id: string;
  startDate: string;
  probationEndsOn: string;
  recordedBy: PersonRef | null;
  recordedAt: string;
  noBonusReason: string | null;
  /** Set once HR records that the hire left; during probation that forfeits the bonus. */
  leftOn: string | null;
  bonus: { id: string; state: string; amountMinor: number; currency: string } | null;
}

export interface ApplicationDetailResponse {
  id: string;
  version: number;
  vacancy: { id: string; title: string; probationMonths: number; hiringManager: PersonRef | null } | null;
  /** The vacancy's step list, for the move menu. */
  steps: StageStep[];
  stepKey: string;
  stage: PipelineStage;
  stageEnteredAt: string;
  stale: boolean;
  endedAt: string | null;
  source: 'referral' | 'direct';
  candidate: { id: string; name: string; email: string; phone: string | null; linkedinUrl: string | null };
  cv: { fileName: string; sizeBytes: number; mediaType: string } | null;
  referral: {
    id: string;
    referrer: PersonRef;
    creditedReferrer: PersonRef;
    relationship: ReferralRelationship;
    motivation: string;
    channel: ReferralChannel;
    submittedAt: string;
  } | null;
  assignedRecruiter: PersonRef | null;
  notes: ApplicationNoteResponse[];
  history: ApplicationEventResponse[];
  hire: HireResponse | null;
  permissions: { canMove: boolean; canComment: boolean; canAssign: boolean; canCorrectProbation: boolean };
}

export interface StageTemplateResponse {
  id: string;
  name: string;
  steps: StageStep[];
  /** The built-in default list, which every vacancy gets unless a recruiter picks another. */
  builtIn: boolean;
  createdBy: PersonRef | null;
  createdAt: string;
}

export interface RejectReasonResponse {
  id: string;
  /** Set for the built-in reasons, which the screens translate. */
  code: string | null;
  label: string;
  active: boolean;
}
