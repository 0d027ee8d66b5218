import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, QueryFailedError } from 'typeorm';
import type { ReferralDetailResponse, SubmitReferralDto } from '@referrals/contracts';
import { type CandidateClaim, decideReferral, normaliseEmail } from '@referrals/domain';
import { AuditService } from '../audit/audit.service';
import { CandidatesService } from '../candidates/candidates.service';
import { AppError } from '../common/app-error';
import type { AuthenticatedUser } from '../common/auth.decorators';
import { CLOCK, type Clock } from '../common/clock';
import { CV_MEDIA_TYPES, detectCvFormat, safeFileName } from '../files/cv-content';
import { FilesService, type FileToStore } from '../files/files.service';
import { ProgrammeService } from '../programme/programme.service';
import { SettingsService } from '../settings/settings.service';
import { UsersService } from '../users/users.service';
import { VacanciesRepository } from '../vacancies/vacancies.repository';
import { ReferralEntity } from './entities/referral.entity';
import { toE164 } from './phone-number';
import { ReferralNotices } from './referral-notices';
import { referralRefusedError } from './referral-refusal';
import { ReferralsService } from './referrals.service';

export interface UploadedCv {
  buffer: Buffer;
  originalname: string;
  size: number;
}

/** Advisory-lock namespace for "one referrer's submissions, one at a time" (the limits depend on it). */
const REFERRER_LOCK_NAMESPACE = 7_311;

function isUniqueViolation(error: unknown, constraint: string): boolean {
  const driverError = error instanceof QueryFailedError ? (error.driverError as { code?: string; constraint?: string }) : null;
  return driverError?.code === '23505' && driverError.constraint === constraint;
}

/**
 * The referral form's submission: every rule of DOMAIN.md checked in one transaction that holds the locks a
 * race would need, so what the rules refuse never reaches the database, and a refused submission stores
 * nothing, its CV included.
 */
@Injectable()
export class ReferralSubmissionService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly settings: SettingsService,
    private readonly programme: ProgrammeService,
    private readonly users: UsersService,
    private readonly vacancies: VacanciesRepository,
    private readonly candidates: CandidatesService,
    private readonly files: FilesService,
    private readonly referrals: ReferralsService,
    private readonly audit: AuditService,
    private readonly notices: ReferralNotices,
  ) {}

  async submit(actor: AuthenticatedUser, dto: SubmitReferralDto, upload: UploadedCv | undefined): Promise<ReferralDetailResponse> {
    const settings = await this.settings.getAll();
    const cv = upload ? await this.checkCv(upload, settings.cvMaxBytes) : null;
    const details = {
      email: normaliseEmail(dto.candidateEmail),
      fullName: dto.candidateName.trim(),
      phoneE164: this.checkPhone(dto.candidatePhone),
      linkedinUrl: dto.linkedinUrl?.trim() || null,
    };
    let storedKey: string | null = null;
    try {
      const referralId = await this.dataSource.transaction(async (manager) => {
        const now = this.clock.now();
        await manager.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [REFERRER_LOCK_NAMESPACE, actor.id]);
        // FOR SHARE: the vacancy cannot be closed half-way through this submission.
        const vacancy = dto.vacancyId ? await this.vacancies.findForShare(manager, dto.vacancyId) : null;
        if (dto.vacancyId && !vacancy) throw new AppError('not_found', 'No such vacancy.');
        const { candidate } = await this.candidates.lockOrCreate(manager, details);
        // One after the other: a transaction is one connection, which runs one query at a time anyway.
        const acceptance = await this.programme.currentAcceptance(actor.id, manager);
        const activeEmployee = await this.users.isActiveEmployeeEmail(details.email, manager);
        const inProcess = await this.candidates.isInProcess(manager, candidate.id, vacancy?.id ?? null);
        const counts = await this.referrals.countRecentBy(manager, actor.id, now);
        const phoneClaim = await this.claimByPhone(manager, details.phoneE164, candidate.id);
        const decision = decideReferral(
          {
            referrerId: actor.id,
            referrerEmail: normaliseEmail(actor.email),
            candidateEmail: details.email,
            candidateIsActiveEmployee: activeEmployee,
            hasAcceptedCurrentRules: acceptance.accepted,
            vacancyStatus: vacancy?.status ?? null,
            referrerManagesVacancy: vacancy?.hiringManagerId === actor.id,
            candidateInProcessForVacancy: inProcess,
            claim: this.candidates.claimOf(candidate) ?? phoneClaim,
            referralsLastDay: counts.lastDay,
            referralsLast30Days: counts.last30Days,
          },
          settings,
          now,
        );
        if (!decision.accepted) {
          throw referralRefusedError(decision.refusal, decision.refusal === 'programme_not_accepted' ? { version: acceptance.version } : {});
        }

        await this.candidates.completeDetails(manager, candidate, details);
        const storedCv = cv ? await this.files.store(manager, cv, actor.id) : null;
        storedKey = storedCv?.storageKey ?? null;
        const application = await this.candidates.openApplication(manager, {
          candidateId: candidate.id,
          vacancyId: vacancy?.id ?? null,
          source: 'referral',
          cvFileId: storedCv?.id ?? null,
          actorId: actor.id,
          at: now,
        });
        const referral = await manager.getRepository(ReferralEntity).save({
          applicationId: application.id,
          candidateId: candidate.id,
          vacancyId: vacancy?.id ?? null,
          referrerId: actor.id,
          creditedReferrerId: actor.id,
          relationship: dto.relationship,
          motivation: dto.motivation.trim(),
          candidateConsentConfirmed: true,
          channel: 'form',
          noBonusReason: decision.noBonusReason,
          programmeVersion: acceptance.version,
          createdAt: now,
        });
        if (decision.becomesOwner) {
          await this.candidates.setClaim(manager, candidate.id, { holderId: actor.id, referralId: referral.id, since: now });
        }
        await this.audit.record(
          {
            actorId: actor.id,
            action: 'referral.submitted',
            entityType: 'referral',
            entityId: referral.id,
            after: {
              vacancyId: referral.vacancyId,
              candidateId: candidate.id,
              applicationId: application.id,
              becameOwner: decision.becomesOwner,
              noBonusReason: decision.noBonusReason,
              cvFileId: storedCv?.id ?? null,
            },
          },
          manager,
        );
        await this.notices.submitted(manager, {
          referralId: referral.id,
          applicationId: application.id,
          candidateName: details.fullName,
          vacancy,
          referrer: actor,
        });
        return referral.id;
      });
      return await this.referrals.getOwn(actor, referralId);
    } catch (error) {
      if (storedKey) await this.files.discard(storedKey);
      // The index is the last line of defence; the row lock on the candidate normally answers first.
      if (isUniqueViolation(error, 'applications_active_per_vacancy_idx') || isUniqueViolation(error, 'applications_active_general_idx')) {
        throw referralRefusedError('duplicate_in_vacancy');
      }
      throw error;
    }
  }

  /** Size and type by content, before anything is written. */
  private async checkCv(upload: UploadedCv, maxBytes: number): Promise<FileToStore> {
    if (upload.size === 0) throw new AppError('validation_failed', 'The CV file is empty.', [{ field: 'cv', message: 'file is empty' }]);
    if (upload.size > maxBytes) {
      throw new AppError('payload_too_large', `The CV may be at most ${Math.floor(maxBytes / 1024 / 1024)} MB.`, undefined, { maxBytes });
    }
    const format = await detectCvFormat(upload.buffer);
    if (!format) throw new AppError('file_type_unsupported', 'The CV must be a PDF or a Word (DOCX) document.');
    return { data: upload.buffer, fileName: safeFileName(upload.originalname, format), mediaType: CV_MEDIA_TYPES[format] };
  }

  private checkPhone(input: string | undefined): string | null {
    if (!input?.trim()) return null;
    const phone = toE164(input);
    if (!phone) {
      throw new AppError('validation_failed', 'The phone number is not valid.', [
        { field: 'candidatePhone', message: 'not a valid phone number; include the country code for numbers outside the Netherlands' },
      ]);
    }
    return phone;
  }

  /** A claim on another candidate record with the same phone: the same person under a second email address. */
  private async claimByPhone(manager: EntityManager, phoneE164: string | null, candidateId: string): Promise<CandidateClaim | null> {
    if (!phoneE164) return null;
    const other = await this.candidates.findOtherByPhone(manager, phoneE164, candidateId);
    return other ? this.candidates.claimOf(other) : null;
  }
}
