import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { type CandidateClaim, FIRST_STEP_KEY, type PipelineStage } from '@referrals/domain';
import { ApplicationEntity } from './entities/application.entity';
import { ApplicationEventEntity } from './entities/application-event.entity';
import { CandidateEntity } from './entities/candidate.entity';

export interface CandidateDetails {
  email: string;
  fullName: string;
  phoneE164: string | null;
  linkedinUrl: string | null;
}

/** Stages after which a candidate is no longer in process for a vacancy. */
const CLOSED_STAGES: readonly PipelineStage[] = ['rejected', 'withdrawn'];

/**
 * Candidates and their applications. Every method works inside the caller's transaction, because the rules
 * around a candidate (ownership, duplicates) are only sound while the candidate's row is locked.
 */
@Injectable()
export class CandidatesService {
  /**
   * The candidate with this (normalised) email, created if new, and locked until the transaction ends: two
   * simultaneous referrals of one person queue here, so the second sees the first's claim.
   */
  async lockOrCreate(manager: EntityManager, details: CandidateDetails): Promise<{ candidate: CandidateEntity; created: boolean }> {
    const repository = manager.getRepository(CandidateEntity);
    const inserted = await repository.createQueryBuilder().insert().values(details).orIgnore().returning('id').execute();
    const candidate = await repository.findOneOrFail({ where: { email: details.email }, lock: { mode: 'pessimistic_write' } });
    return { candidate, created: inserted.raw.length > 0 };
  }

  /** Another candidate record with the same phone number: the second signal that this may be the same person. */
  findOtherByPhone(manager: EntityManager, phoneE164: string, exceptId: string): Promise<CandidateEntity | null> {
    return manager
      .getRepository(CandidateEntity)
      .createQueryBuilder('c')
      .where('c.phone_e164 = :phoneE164 AND c.id <> :exceptId', { phoneE164, exceptId })
      .orderBy('c.claim_since', 'DESC', 'NULLS LAST')
      .setLock('pessimistic_write')
      .getOne();
  }

  claimOf(candidate: CandidateEntity): CandidateClaim | null {
    return candidate.claimSince ? { holderId: candidate.claimHolderId, since: candidate.claimSince } : null;
  }

  /** Fills in what the candidate record lacks; what an earlier referrer entered is kept. */
  async completeDetails(manager: EntityManager, candidate: CandidateEntity, details: CandidateDetails): Promise<void> {
    const missing = {
      ...(candidate.phoneE164 ? {} : details.phoneE164 ? { phoneE164: details.phoneE164 } : {}),
      ...(candidate.linkedinUrl ? {} : details.linkedinUrl ? { linkedinUrl: details.linkedinUrl } : {}),
    };
    if (Object.keys(missing).length > 0) await manager.getRepository(CandidateEntity).update({ id: candidate.id }, missing);
  }

  async setClaim(manager: EntityManager, candidateId: string, claim: { holderId: string; referralId: string; since: Date }): Promise<void> {
    await manager
      .getRepository(CandidateEntity)
      .update({ id: candidateId }, { claimHolderId: claim.holderId, claimReferralId: claim.referralId, claimSince: claim.since });
  }

  /** The candidate row, locked until the transaction ends. */
  lock(manager: EntityManager, candidateId: string): Promise<CandidateEntity | null> {
    return manager.getRepository(CandidateEntity).findOne({ where: { id: candidateId }, lock: { mode: 'pessimistic_write' } });
  }

  async clearClaim(manager: EntityManager, candidateId: string): Promise<void> {
    await manager.getRepository(CandidateEntity).update({ id: candidateId }, { claimHolderId: null, claimReferralId: null, claimSince: null });
  }

  /** Whether the candidate is in process for the vacancy (or, for null, has an open general referral). */
  isInProcess(manager: EntityManager, candidateId: string, vacancyId: string | null): Promise<boolean> {
    const query = manager
      .getRepository(ApplicationEntity)
      .createQueryBuilder('a')
      .where('a.candidate_id = :candidateId', { candidateId })
      .andWhere('a.stage NOT IN (:...closed)', { closed: CLOSED_STAGES });
    if (vacancyId) query.andWhere('a.vacancy_id = :vacancyId', { vacancyId });
    else query.andWhere('a.vacancy_id IS NULL');
    return query.getExists();
  }

  /** A new application in the first stage, with its first event. */
  async openApplication(
    manager: EntityManager,
    input: { candidateId: string; vacancyId: string | null; source: 'referral' | 'direct'; cvFileId: string | null; actorId: string | null; at: Date },
  ): Promise<ApplicationEntity> {
    const application = await manager.getRepository(ApplicationEntity).save({
      candidateId: input.candidateId,
      vacancyId: input.vacancyId,
      source: input.source,
      stage: 'new',
      step: FIRST_STEP_KEY,
      stageEnteredAt: input.at,
      cvFileId: input.cvFileId,
    });
    await this.recordEvent(manager, {
      applicationId: application.id,
      actorId: input.actorId,
      fromStage: null,
      fromStep: null,
      toStage: 'new',
      toStep: FIRST_STEP_KEY,
      reason: null,
      rejectReasonId: null,
      at: input.at,
    });
    return application;
  }

  /** Moves an application to an end state the way its owner asked, e.g. the referrer withdrawing. */
  endApplication(
    manager: EntityManager,
    application: ApplicationEntity,
    input: { toStage: 'withdrawn' | 'rejected'; actorId: string; reason: string | null; at: Date },
  ): Promise<ApplicationEntity> {
    return this.moveApplication(manager, application, { ...input, toStep: input.toStage, rejectReasonId: null });
  }

  /**
   * Puts the application in a step and writes the event, in the caller's transaction with the row locked.
   * A move restarts the idle clock, so it also clears the stale flag; leaving an end state clears `ended_at`.
   */
  async moveApplication(
    manager: EntityManager,
    application: ApplicationEntity,
    input: { toStep: string; toStage: PipelineStage; actorId: string; reason: string | null; rejectReasonId: string | null; at: Date },
  ): Promise<ApplicationEntity> {
    const ended = CLOSED_STAGES.includes(input.toStage);
    const changes = {
      step: input.toStep,
      stage: input.toStage,
      stageEnteredAt: input.at,
      endedAt: ended ? input.at : null,
      staleSince: null,
      version: application.version + 1,
    };
    await manager.getRepository(ApplicationEntity).update({ id: application.id }, changes);
    await this.recordEvent(manager, {
      applicationId: application.id,
      actorId: input.actorId,
      fromStage: application.stage,
      fromStep: application.step,
      toStage: input.toStage,
      toStep: input.toStep,
      reason: input.reason,
      rejectReasonId: input.rejectReasonId,
      at: input.at,
    });
    return { ...application, ...changes };
  }

  async fullNameOf(manager: EntityManager, candidateId: string): Promise<string> {
    const candidate = await manager.getRepository(CandidateEntity).findOne({ where: { id: candidateId }, select: { id: true, fullName: true } });
    return candidate?.fullName ?? '';
  }

  async assignRecruiter(manager: EntityManager, application: ApplicationEntity, recruiterId: string | null): Promise<void> {
    await manager
      .getRepository(ApplicationEntity)
      .update({ id: application.id }, { assignedRecruiterId: recruiterId, version: application.version + 1 });
  }

  /** The steps a vacancy's open applications are in. */
  async openStepsOf(manager: EntityManager, vacancyId: string): Promise<string[]> {
    const rows: { step: string }[] = await manager.query(
      `SELECT DISTINCT step FROM applications WHERE vacancy_id = $1 AND ended_at IS NULL`,
      [vacancyId],
    );
    return rows.map((row) => row.step);
  }

  lockApplication(manager: EntityManager, id: string): Promise<ApplicationEntity | null> {
    return manager.getRepository(ApplicationEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  private async recordEvent(
    manager: EntityManager,
    event: {
      applicationId: string;
      actorId: string | null;
      fromStage: PipelineStage | null;
      fromStep: string | null;
      toStage: PipelineStage;
      toStep: string;
      reason: string | null;
      rejectReasonId: string | null;
      at: Date;
    },
  ): Promise<void> {
    const { at, ...fields } = event;
    await manager.getRepository(ApplicationEventEntity).insert({ ...fields, occurredAt: at });
  }
}
