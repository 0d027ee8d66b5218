import {
  addMonthsToCalendarDate,
  defaultSettings,
  hireBonusAmountMinor,
  noBonusReasonOf,
  planBonusParts,
} from '@referrals/domain';
import type { BonusEntity } from '../bonuses/entities/bonus.entity';
import type { BonusEventEntity } from '../bonuses/entities/bonus-event.entity';
import type { HireEntity } from '../hires/entities/hire.entity';
import type { DemoCompanyPlan } from './plan-demo-company';

export type DemoHireRow = Pick<
  HireEntity,
  'id' | 'applicationId' | 'candidateId' | 'vacancyId' | 'referralId' | 'startDate' | 'probationEndsOn' | 'noBonusReason' | 'recordedBy' | 'recordedAt'
>;
export type DemoBonusRow = Pick<
  BonusEntity,
  'id' | 'hireId' | 'referralId' | 'beneficiaryId' | 'vacancyId' | 'department' | 'part' | 'amountMinor' | 'currency' | 'state' | 'dueOn' | 'createdAt' | 'updatedAt'
>;
export type DemoBonusEventRow = Pick<BonusEventEntity, 'id' | 'bonusId' | 'actorId' | 'fromState' | 'toState' | 'reason' | 'occurredAt'>;

/** A hire starts two weeks after the offer is accepted, as the demo story goes. */
const START_AFTER_DAYS = 14;
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The hires and bonuses behind the demo's hired candidates, by the same rules a recruiter's move applies
 * (default settings): each bonus waits for its probation end, and the eligibility job takes it from there.
 */
export function planDemoHires(plan: DemoCompanyPlan, newId: () => string): { hires: DemoHireRow[]; bonuses: DemoBonusRow[]; bonusEvents: DemoBonusEventRow[] } {
  const settings = defaultSettings();
  const vacancies = new Map(plan.vacancies.map((vacancy) => [vacancy.id, vacancy]));
  const users = new Map(plan.users.map((user) => [user.id, user]));
  const referralByApplication = new Map(plan.referrals.map((referral) => [referral.applicationId, referral]));
  const hiresPerReferrerYear = new Map<string, number>();
  const hires: DemoHireRow[] = [];
  const bonuses: DemoBonusRow[] = [];
  const bonusEvents: DemoBonusEventRow[] = [];

  const hired = plan.applications.filter((application) => application.stage === 'hired' && application.vacancyId !== null);
  for (const application of [...hired].sort((a, b) => a.stageEnteredAt.getTime() - b.stageEnteredAt.getTime())) {
    const vacancy = vacancies.get(application.vacancyId as string);
    const referral = referralByApplication.get(application.id);
    const hiredEvent = plan.events.filter((event) => event.applicationId === application.id && event.toStage === 'hired').at(-1);
    if (!vacancy || !referral || !hiredEvent) continue;
    const startDate = new Date(application.stageEnteredAt.getTime() + START_AFTER_DAYS * DAY_MS).toISOString().slice(0, 10);
    const probationEndsOn = addMonthsToCalendarDate(startDate, vacancy.probationMonths);
    const noBonusReason = noBonusReasonOf({
      referralNoBonusReason: referral.noBonusReason,
      referrerRoles: users.get(referral.creditedReferrerId)?.roles ?? [],
      excludeRecruitersAndHr: settings.excludeRecruitersAndHrFromBonuses,
      vacancyBonusMinor: vacancy.bonusAmountMinor,
    });
    const hire: DemoHireRow = {
      id: newId(),
      applicationId: application.id,
      candidateId: application.candidateId,
      vacancyId: vacancy.id,
      referralId: referral.id,
      startDate,
      probationEndsOn,
      noBonusReason,
      recordedBy: hiredEvent.actorId,
      recordedAt: hiredEvent.occurredAt,
    };
    hires.push(hire);
    if (noBonusReason !== null) continue;

    const yearKey = `${referral.creditedReferrerId}|${startDate.slice(0, 4)}`;
    const hireNumberInYear = (hiresPerReferrerYear.get(yearKey) ?? 0) + 1;
    hiresPerReferrerYear.set(yearKey, hireNumberInYear);
    const totalMinor = hireBonusAmountMinor({
      vacancyBonusMinor: vacancy.bonusAmountMinor,
      hireNumberInYear,
      tierExtraFromHireNumber: settings.tierExtraFromHireNumber,
      tierExtraAmountMinor: settings.tierExtraAmountMinor,
    });
    for (const part of planBonusParts({ totalMinor, atHirePercent: 0, startDate, probationEndsOn })) {
      const bonus: DemoBonusRow = {
        id: newId(),
        hireId: hire.id,
        referralId: referral.id,
        beneficiaryId: referral.creditedReferrerId,
        vacancyId: vacancy.id,
        department: vacancy.department,
        part: part.part,
        amountMinor: part.amountMinor,
        currency: vacancy.bonusCurrency,
        state: 'pending_probation',
        dueOn: part.dueOn,
        createdAt: hire.recordedAt,
        updatedAt: hire.recordedAt,
      };
      bonuses.push(bonus);
      bonusEvents.push({ id: newId(), bonusId: bonus.id, actorId: hire.recordedBy, fromState: null, toState: 'pending_probation', reason: null, occurredAt: hire.recordedAt });
    }
  }
  return { hires, bonuses, bonusEvents };
}
