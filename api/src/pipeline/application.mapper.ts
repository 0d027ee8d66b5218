import type {
  ApplicationCardResponse,
  ApplicationDetailResponse,
  ApplicationEventResponse,
  ApplicationListItemResponse,
  ApplicationNoteResponse,
  HireResponse,
  PersonRef,
  RejectReasonResponse,
} from '@referrals/contracts';
import type { StageStep } from '@referrals/domain';
import type { RejectReasonEntity } from './entities/reject-reason.entity';
import type { ApplicationCardRow, ApplicationDetailRow, EventRow, NoteRow } from './applications.repository';

const personOrNull = (id: string | null, displayName: string | null): PersonRef | null =>
  id ? { id, displayName: displayName ?? '' } : null;

export function mapCard(row: ApplicationCardRow): ApplicationCardResponse {
  return {
    id: row.id,
    version: row.version,
    candidateName: row.candidateName,
    referrer: personOrNull(row.referrerId, row.referrerName),
    stepKey: row.step,
    stage: row.stage,
    stageEnteredAt: row.stageEnteredAt.toISOString(),
    stale: row.staleSince !== null,
    assignedRecruiter: personOrNull(row.recruiterId, row.recruiterName),
  };
}

export function mapListItem(row: ApplicationCardRow): ApplicationListItemResponse {
  return { ...mapCard(row), vacancy: row.vacancyId ? { id: row.vacancyId, title: row.vacancyTitle ?? '' } : null };
}

export function mapRejectReason(row: RejectReasonEntity): RejectReasonResponse {
  return { id: row.id, code: row.code, label: row.label, active: row.active };
}

export interface DetailParts {
  row: ApplicationDetailRow;
  steps: StageStep[];
  hiringManager: PersonRef | null;
  notes: NoteRow[];
  events: EventRow[];
  rejectReasons: Map<string, RejectReasonEntity>;
  people: Map<string, PersonRef>;
  hire: HireResponse | null;
  permissions: ApplicationDetailResponse['permissions'];
}

export function mapDetail(parts: DetailParts): ApplicationDetailResponse {
  const { row, people } = parts;
  const person = (id: string): PersonRef => people.get(id) ?? { id, displayName: '' };
  return {
    id: row.id,
    version: row.version,
    vacancy: row.vacancyId
      ? { id: row.vacancyId, title: row.vacancyTitle ?? '', probationMonths: row.vacancyProbationMonths ?? 0, hiringManager: parts.hiringManager }
      : null,
    steps: parts.steps,
    stepKey: row.step,
    stage: row.stage,
    stageEnteredAt: row.stageEnteredAt.toISOString(),
    stale: row.staleSince !== null,
    endedAt: row.endedAt?.toISOString() ?? null,
    source: row.source,
    candidate: { id: row.candidateId, name: row.candidateName, email: row.candidateEmail, phone: row.candidatePhone, linkedinUrl: row.linkedinUrl },
    cv:
      row.cvFileName && row.cvSizeBytes !== null && row.cvMediaType
        ? { fileName: row.cvFileName, sizeBytes: row.cvSizeBytes, mediaType: row.cvMediaType }
        : null,
    referral:
      row.referralId && row.submitterId && row.referrerId && row.relationship && row.channel && row.referredAt
        ? {
            id: row.referralId,
            referrer: person(row.submitterId),
            creditedReferrer: person(row.referrerId),
            relationship: row.relationship,
            motivation: row.motivation ?? '',
            channel: row.channel,
            submittedAt: row.referredAt.toISOString(),
          }
        : null,
    assignedRecruiter: personOrNull(row.recruiterId, row.recruiterName),
    notes: parts.notes.map((note) => mapNote(note, person(note.authorId))),
    history: parts.events.map((event) => mapEvent(event, parts)),
    hire: parts.hire,
    permissions: parts.permissions,
  };
}

export function mapNote(note: NoteRow, author: PersonRef): ApplicationNoteResponse {
  return { id: note.id, kind: note.kind, author, body: note.body, createdAt: note.createdAt.toISOString() };
}

function mapEvent(event: EventRow, parts: DetailParts): ApplicationEventResponse {
  const rejectReason = event.rejectReasonId ? parts.rejectReasons.get(event.rejectReasonId) : undefined;
  return {
    id: event.id,
    actor: event.actorId ? (parts.people.get(event.actorId) ?? { id: event.actorId, displayName: '' }) : null,
    fromStepKey: event.fromStep,
    toStepKey: event.toStep,
    toStage: event.toStage,
    reason: event.reason,
    rejectReason: rejectReason ? mapRejectReason(rejectReason) : null,
    at: event.occurredAt.toISOString(),
  };
}
