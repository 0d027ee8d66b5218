import type { Role } from '@referrals/contracts';
import { END_STATES, type GroupRoleRule, type PipelineStage, rolesFromGroups } from '@referrals/domain';
import type { ApplicationEntity } from '../candidates/entities/application.entity';
import type { ApplicationEventEntity } from '../candidates/entities/application-event.entity';
import type { CandidateEntity } from '../candidates/entities/candidate.entity';
import type { ReferralEntity } from '../referrals/entities/referral.entity';
import type { UserEntity } from '../users/entities/user.entity';
import type { VacancyEntity } from '../vacancies/entities/vacancy.entity';
import type { VacancyRecruiterEntity } from '../vacancies/entities/vacancy-recruiter.entity';
import type { DemoCandidate, DemoPerson, DemoReferral, DemoVacancy } from './demo-definitions';
import { DEMO_PEOPLE } from './demo-people';
import { DEMO_CANDIDATES, DEMO_REFERRALS } from './demo-referrals';
import { DUTCH_VACANCIES } from './demo-vacancies-dutch';
import { ENGLISH_VACANCIES } from './demo-vacancies-english';
import { seededRandom } from './seeded-random';

export interface DemoCompany {
  people: readonly DemoPerson[];
  vacancies: readonly DemoVacancy[];
  candidates: readonly DemoCandidate[];
  referrals: readonly DemoReferral[];
}

export const DEMO_COMPANY: DemoCompany = {
  people: DEMO_PEOPLE,
  vacancies: [...ENGLISH_VACANCIES, ...DUTCH_VACANCIES],
  candidates: DEMO_CANDIDATES,
  referrals: DEMO_REFERRALS,
};

// Only the columns the demo sets: a column another area adds later keeps its database default.
export type DemoUserRow = Pick<
  UserEntity,
  'id' | 'email' | 'displayName' | 'employeeId' | 'department' | 'groups' | 'roles' | 'createdAt' | 'updatedAt'
>;
export type DemoVacancyRow = Pick<
  VacancyEntity,
  | 'id'
  | 'title'
  | 'department'
  | 'location'
  | 'employmentType'
  | 'category'
  | 'description'
  | 'status'
  | 'hiringManagerId'
  | 'createdBy'
  | 'bonusAmountMinor'
  | 'bonusCurrency'
  | 'probationMonths'
  | 'publicApply'
  | 'openedAt'
  | 'closedAt'
  | 'createdAt'
  | 'updatedAt'
>;
export type DemoCandidateRow = Pick<
  CandidateEntity,
  'id' | 'email' | 'fullName' | 'phoneE164' | 'claimHolderId' | 'claimReferralId' | 'claimSince' | 'createdAt' | 'updatedAt'
>;
export type DemoApplicationRow = Pick<
  ApplicationEntity,
  | 'id'
  | 'candidateId'
  | 'vacancyId'
  | 'source'
  | 'stage'
  | 'step'
  | 'stageEnteredAt'
  | 'endedAt'
  | 'assignedRecruiterId'
  | 'version'
  | 'createdAt'
  | 'updatedAt'
>;
export type DemoEventRow = Pick<
  ApplicationEventEntity,
  'id' | 'applicationId' | 'actorId' | 'fromStage' | 'fromStep' | 'toStage' | 'toStep' | 'reason' | 'occurredAt'
>;
export type DemoReferralRow = Pick<
  ReferralEntity,
  | 'id'
  | 'applicationId'
  | 'candidateId'
  | 'vacancyId'
  | 'referrerId'
  | 'creditedReferrerId'
  | 'relationship'
  | 'motivation'
  | 'candidateConsentConfirmed'
  | 'channel'
  | 'noBonusReason'
  | 'createdAt'
>;

/** Every row of the demo company, ready to insert in this order. */
export interface DemoCompanyPlan {
  users: DemoUserRow[];
  vacancies: DemoVacancyRow[];
  vacancyRecruiters: VacancyRecruiterEntity[];
  candidates: DemoCandidateRow[];
  applications: DemoApplicationRow[];
  events: DemoEventRow[];
  referrals: DemoReferralRow[];
}

const DAY_MS = 24 * 60 * 60 * 1000;
const RANDOM_SEED = 20_251_126;
/** Who handles a general referral until it is matched to a vacancy. */
const GENERAL_REFERRALS_RECRUITER = 'sophie';

function lookup<T>(items: ReadonlyMap<string, T>, key: string, what: string): T {
  const item = items.get(key);
  if (item === undefined) throw new Error(`Demo data: unknown ${what} "${key}"`);
  return item;
}

/**
 * Turns the demo company into rows relative to `now`: pure, so its domain rules are unit-tested and the
 * seeder only inserts. Roles come from the same group → role rules a sign-in would apply.
 */
export function planDemoCompany(
  options: { now: Date; roleRules: readonly GroupRoleRule<Role>[]; newId: () => string },
  company: DemoCompany = DEMO_COMPANY,
): DemoCompanyPlan {
  const { now, roleRules, newId } = options;
  const random = seededRandom(RANDOM_SEED);
  // A moment during Dutch office hours (07:00–16:00 UTC) on the day `days` days back.
  const daysAgo = (days: number): Date => {
    const day = new Date(now.getTime() - days * DAY_MS);
    day.setUTCHours(7, 0, 0, 0);
    return new Date(day.getTime() + Math.floor(random() * 9 * 60) * 60_000);
  };

  const users = company.people.map((person, index): DemoUserRow => {
    const joined = daysAgo(420 - index * 7);
    return {
      id: newId(),
      email: person.email,
      displayName: person.displayName,
      employeeId: person.employeeId,
      department: person.department,
      groups: [...person.groups],
      roles: rolesFromGroups<Role>(person.groups, roleRules, 'employee'),
      createdAt: joined,
      updatedAt: joined,
    };
  });
  const userIds = new Map(company.people.map((person, index) => [person.key, users[index].id]));
  const userId = (key: string) => lookup(userIds, key, 'person');

  const vacancies = company.vacancies.map((vacancy): DemoVacancyRow => {
    const createdAt = daysAgo(vacancy.createdDaysAgo);
    const openedAt = vacancy.openedDaysAgo === undefined ? null : daysAgo(vacancy.openedDaysAgo);
    const closedAt = vacancy.closedDaysAgo === undefined ? null : daysAgo(vacancy.closedDaysAgo);
    return {
      id: newId(),
      title: vacancy.title,
      department: vacancy.department,
      location: vacancy.location,
      employmentType: vacancy.employmentType,
      category: vacancy.category,
      description: vacancy.description,
      status: vacancy.status,
      hiringManagerId: vacancy.hiringManager ? userId(vacancy.hiringManager) : null,
      createdBy: userId(vacancy.recruiters[0]),
      bonusAmountMinor: vacancy.bonusEuros * 100,
      bonusCurrency: 'EUR',
      probationMonths: vacancy.probationMonths,
      publicApply: vacancy.publicApply,
      openedAt,
      closedAt,
      createdAt,
      updatedAt: closedAt ?? openedAt ?? createdAt,
    };
  });
  const vacancyByKey = new Map(company.vacancies.map((vacancy, index) => [vacancy.key, { definition: vacancy, row: vacancies[index] }]));
  const vacancyRecruiters = company.vacancies.flatMap((vacancy, index) =>
    vacancy.recruiters.map((recruiter) => ({ vacancyId: vacancies[index].id, userId: userId(recruiter) })),
  );

  const candidates = company.candidates.map(
    (candidate): DemoCandidateRow => ({
      id: newId(),
      email: candidate.email,
      fullName: candidate.fullName,
      phoneE164: candidate.phoneE164,
      claimHolderId: null,
      claimReferralId: null,
      claimSince: null,
      createdAt: now,
      updatedAt: now,
    }),
  );
  const candidateByKey = new Map(company.candidates.map((candidate, index) => [candidate.key, candidates[index]]));

  const applications: DemoApplicationRow[] = [];
  const events: DemoEventRow[] = [];
  const referrals: DemoReferralRow[] = [];
  // Oldest first, so the first referral of a candidate is the one that claims them.
  const story = [...company.referrals].sort((a, b) => b.referredDaysAgo - a.referredDaysAgo);
  for (const referral of story) {
    const candidate = lookup(candidateByKey, referral.candidate, 'candidate');
    const vacancy = referral.vacancy === null ? null : lookup(vacancyByKey, referral.vacancy, 'vacancy');
    const referrerId = userId(referral.referrer);
    const recruiterId = userId(vacancy ? vacancy.definition.recruiters[0] : GENERAL_REFERRALS_RECRUITER);
    const referredAt = daysAgo(referral.referredDaysAgo);
    const applicationId = newId();

    const history: DemoEventRow[] = [
      {
        id: newId(),
        applicationId,
        actorId: referrerId,
        fromStage: null,
        fromStep: null,
        toStage: 'new',
        toStep: 'new',
        reason: null,
        occurredAt: referredAt,
      },
    ];
    let daysBack = referral.referredDaysAgo;
    let stage: PipelineStage = 'new';
    for (const move of referral.moves) {
      daysBack -= move.afterDays;
      history.push({
        id: newId(),
        applicationId,
        actorId: recruiterId,
        fromStage: stage,
        fromStep: stage,
        toStage: move.to,
        toStep: move.to,
        reason: move.reason ?? null,
        occurredAt: daysAgo(daysBack),
      });
      stage = move.to;
    }
    const last = history[history.length - 1];
    const ended = (END_STATES as readonly PipelineStage[]).includes(last.toStage);
    applications.push({
      id: applicationId,
      candidateId: candidate.id,
      vacancyId: vacancy?.row.id ?? null,
      source: 'referral',
      stage: last.toStage,
      // The demo vacancies use the built-in steps, whose keys are their stages.
      step: last.toStage,
      stageEnteredAt: last.occurredAt,
      endedAt: ended ? last.occurredAt : null,
      assignedRecruiterId: recruiterId,
      version: history.length,
      createdAt: referredAt,
      updatedAt: last.occurredAt,
    });
    events.push(...history);

    const id = newId();
    referrals.push({
      id,
      applicationId,
      candidateId: candidate.id,
      vacancyId: vacancy?.row.id ?? null,
      referrerId,
      creditedReferrerId: referrerId,
      relationship: referral.relationship,
      motivation: referral.motivation,
      candidateConsentConfirmed: true,
      channel: referral.channel,
      noBonusReason: vacancy?.definition.hiringManager === referral.referrer ? 'hiring_manager_own_vacancy' : null,
      createdAt: referredAt,
    });
    if (candidate.claimSince === null) {
      Object.assign(candidate, { claimHolderId: referrerId, claimReferralId: id, claimSince: referredAt, createdAt: referredAt });
    }
    candidate.updatedAt = referredAt;
  }

  return { users, vacancies, vacancyRecruiters, candidates, applications, events, referrals };
}
