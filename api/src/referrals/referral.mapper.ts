import type { MyReferralResponse, ReferralDetailResponse, ReferralTimelineEntry, VacancyReferralResponse } from '@referrals/contracts';
import { type PipelineStage, referrerStatusOf } from '@referrals/domain';
import type { ReferralRow, TimelineRow } from './referrals.repository';

/** Stages from which the referrer may still withdraw their referral. */
const WITHDRAWABLE: readonly PipelineStage[] = ['new', 'screening', 'interview', 'offer'];

export function canWithdraw(stage: PipelineStage): boolean {
  return WITHDRAWABLE.includes(stage);
}

export function mapMyReferral(row: ReferralRow): MyReferralResponse {
  return {
    id: row.id,
    candidateName: row.candidateName,
    vacancy: row.vacancyId ? { id: row.vacancyId, title: row.vacancyTitle ?? '' } : null,
    status: referrerStatusOf(row.stage),
    statusSince: row.stageEnteredAt.toISOString(),
    submittedAt: row.createdAt.toISOString(),
    noBonusReason: row.noBonusReason,
    canWithdraw: canWithdraw(row.stage),
  };
}

/** The referrer's timeline: each change of the simplified status once, so internal moves between stages that look alike to them stay invisible. */
export function referrerTimeline(events: TimelineRow[]): ReferralTimelineEntry[] {
  const timeline: ReferralTimelineEntry[] = [];
  for (const event of events) {
    const status = referrerStatusOf(event.toStage);
    if (timeline.at(-1)?.status !== status) timeline.push({ status, at: event.occurredAt.toISOString() });
  }
  return timeline;
}

export function mapReferralDetail(row: ReferralRow, events: TimelineRow[]): ReferralDetailResponse {
  return {
    ...mapMyReferral(row),
    candidateEmail: row.candidateEmail,
    candidatePhone: row.candidatePhone,
    linkedinUrl: row.linkedinUrl,
    relationship: row.relationship,
    motivation: row.motivation,
    channel: row.channel,
    cvFileName: row.cvFileName,
    timeline: referrerTimeline(events),
  };
}

export function mapVacancyReferral(row: ReferralRow): VacancyReferralResponse {
  return {
    id: row.id,
    applicationId: row.applicationId,
    candidate: { name: row.candidateName, email: row.candidateEmail, phone: row.candidatePhone, linkedinUrl: row.linkedinUrl },
    referrer: { id: row.referrerId, displayName: row.referrerName },
    stage: row.stage,
    submittedAt: row.createdAt.toISOString(),
    relationship: row.relationship,
    motivation: row.motivation,
    channel: row.channel,
    noBonusReason: row.noBonusReason,
    cv:
      row.cvFileName && row.cvSizeBytes !== null && row.cvMediaType
        ? { fileName: row.cvFileName, sizeBytes: row.cvSizeBytes, mediaType: row.cvMediaType }
        : null,
  };
}
