import type { Role } from '@referrals/contracts';
import {
  DEFAULT_STAGES,
  END_STATES,
  type GroupRoleRule,
  type PipelineStage,
  acceptsReferrals,
  normaliseEmail,
  rolesFromGroups,
} from '@referrals/domain';
import { DEMO_USERS } from '../dev-idp/demo-users';
import { DEMO_COMPANY, type DemoCompanyPlan, planDemoCompany } from './plan-demo-company';

// The defaults of the foundation migration.
const ROLE_RULES: GroupRoleRule<Role>[] = [
  { group: 'referrals-recruiters', role: 'recruiter' },
  { group: 'referrals-hiring-managers', role: 'hiring_manager' },
  { group: 'referrals-hr', role: 'hr' },
  { group: 'referrals-admins', role: 'admin' },
];
const NOW = new Date('2026-03-18T10:30:00Z');

function plan(now = NOW): DemoCompanyPlan {
  let next = 0;
  return planDemoCompany({ now, roleRules: ROLE_RULES, newId: () => `id-${++next}` });
}

function isForwardMove(from: PipelineStage, to: PipelineStage): boolean {
  const forward: readonly PipelineStage[] = DEFAULT_STAGES;
  if ((END_STATES as readonly PipelineStage[]).includes(from)) return false;
  if ((END_STATES as readonly PipelineStage[]).includes(to)) return true;
  return forward.indexOf(to) > forward.indexOf(from);
}

describe('planDemoCompany', () => {
  const rows = plan();
  const userById = new Map(rows.users.map((user) => [user.id, user]));
  const vacancyById = new Map(rows.vacancies.map((vacancy) => [vacancy.id, vacancy]));
  const candidateById = new Map(rows.candidates.map((candidate) => [candidate.id, candidate]));
  const applicationById = new Map(rows.applications.map((application) => [application.id, application]));
  const idOf = (email: string) => rows.users.find((user) => user.email === email)?.id;

  it('is the same company on every start', () => {
    expect(plan()).toEqual(rows);
  });

  it('seeds the development IdP people exactly as signing in would create them', () => {
    for (const person of DEMO_USERS) {
      const user = rows.users.find((row) => row.email === person.email);
      expect(user).toMatchObject({
        displayName: person.displayName,
        employeeId: person.employeeId,
        department: person.department,
        groups: person.groups,
        roles: rolesFromGroups<Role>(person.groups, ROLE_RULES, 'employee'),
      });
    }
    expect(rows.users.find((user) => user.email === 'sophie.bakker@demo.example')?.roles).toEqual(['employee', 'recruiter']);
    expect(rows.users.find((user) => user.email === 'emma.devries@demo.example')?.roles).toEqual(['employee']);
  });

  it('has some thirty colleagues beside them with unique, normalised emails and employee ids', () => {
    expect(rows.users.length).toBeGreaterThanOrEqual(DEMO_USERS.length + 25);
    expect(new Set(rows.users.map((user) => user.email)).size).toBe(rows.users.length);
    expect(new Set(rows.users.map((user) => user.employeeId)).size).toBe(rows.users.length);
    for (const user of rows.users) expect(user.email).toBe(normaliseEmail(user.email));
    expect(new Set(rows.users.map((user) => user.department))).toEqual(
      new Set(['Engineering', 'Sales', 'Marketing', 'Customer Success', 'Finance', 'People', 'Operations', 'IT']),
    );
  });

  it('has about thirty vacancies in every state, in Dutch and English, with euro bonuses in cents', () => {
    expect(rows.vacancies.length).toBeGreaterThanOrEqual(28);
    const states = rows.vacancies.map((vacancy) => vacancy.status);
    expect(new Set(states)).toEqual(new Set(['draft', 'open', 'on_hold', 'closed_filled', 'closed_cancelled']));
    expect(states.filter((status) => status === 'open').length).toBeGreaterThan(rows.vacancies.length / 2);
    const languages = DEMO_COMPANY.vacancies.map((vacancy) => vacancy.language);
    expect(languages.filter((language) => language === 'nl').length).toBeGreaterThanOrEqual(10);
    expect(languages.filter((language) => language === 'en').length).toBeGreaterThanOrEqual(10);
    expect(new Set(rows.vacancies.map((vacancy) => vacancy.location))).toEqual(
      new Set(['Utrecht', 'Amsterdam', 'Rotterdam', 'Eindhoven', 'Remote']),
    );
    expect(new Set(DEMO_COMPANY.vacancies.map((vacancy) => vacancy.key)).size).toBe(rows.vacancies.length);
    for (const vacancy of rows.vacancies) {
      expect(vacancy.bonusCurrency).toBe('EUR');
      expect(vacancy.bonusAmountMinor).toBeGreaterThanOrEqual(75_000);
      expect(vacancy.bonusAmountMinor).toBeLessThanOrEqual(300_000);
      expect(vacancy.description).toMatch(/^## /m);
      expect(vacancy.description).toMatch(/^- /m);
    }
  });

  it('keeps each vacancy’s dates in the order of its lifecycle, in the past', () => {
    for (const vacancy of rows.vacancies) {
      expect(vacancy.createdAt.getTime()).toBeLessThan(NOW.getTime());
      expect(vacancy.openedAt === null).toBe(vacancy.status === 'draft');
      expect(vacancy.closedAt !== null).toBe(vacancy.status.startsWith('closed_'));
      if (vacancy.openedAt) expect(vacancy.openedAt.getTime()).toBeGreaterThan(vacancy.createdAt.getTime());
      if (vacancy.closedAt) expect(vacancy.closedAt.getTime()).toBeGreaterThan(vacancy.openedAt?.getTime() ?? Infinity);
    }
    const opened = rows.vacancies.flatMap((vacancy) => (vacancy.openedAt ? [vacancy.openedAt.getTime()] : []));
    expect(Math.max(...opened) - Math.min(...opened)).toBeGreaterThan(90 * 24 * 60 * 60 * 1000);
  });

  it('staffs vacancies with recruiters and hiring managers who exist, Sophie on most', () => {
    const sophie = idOf('sophie.bakker@demo.example');
    for (const { userId } of rows.vacancyRecruiters) expect(userById.get(userId)?.roles).toContain('recruiter');
    for (const vacancy of rows.vacancies) {
      expect(rows.vacancyRecruiters.some((row) => row.vacancyId === vacancy.id)).toBe(true);
      if (vacancy.hiringManagerId) expect(userById.has(vacancy.hiringManagerId)).toBe(true);
    }
    const withSophie = new Set(rows.vacancyRecruiters.filter((row) => row.userId === sophie).map((row) => row.vacancyId));
    expect(withSophie.size).toBeGreaterThan(rows.vacancies.length / 2);
    const lucas = idOf('lucas.visser@demo.example');
    expect(rows.vacancies.filter((vacancy) => vacancy.hiringManagerId === lucas).length).toBeGreaterThanOrEqual(3);
  });

  it('only has referrals the rules would have accepted when they were made', () => {
    const employeeEmails = new Set(rows.users.map((user) => user.email));
    const referrersByCandidate = new Map<string, Set<string>>();
    for (const referral of rows.referrals) {
      const candidate = candidateById.get(referral.candidateId);
      const referrer = userById.get(referral.referrerId);
      expect(candidate?.email).toBe(normaliseEmail(candidate?.email ?? ''));
      expect(employeeEmails.has(candidate?.email ?? '')).toBe(false);
      expect(candidate?.email).not.toBe(referrer?.email);
      expect(referral.candidateConsentConfirmed).toBe(true);
      expect(referral.creditedReferrerId).toBe(referral.referrerId);
      referrersByCandidate.set(referral.candidateId, (referrersByCandidate.get(referral.candidateId) ?? new Set()).add(referral.referrerId));
      if (referral.vacancyId) {
        const vacancy = vacancyById.get(referral.vacancyId);
        expect(vacancy?.status).not.toBe('draft');
        // Open at the time: after opening and before closing (a held vacancy was open then too).
        expect(referral.createdAt.getTime()).toBeGreaterThan(vacancy?.openedAt?.getTime() ?? Infinity);
        if (vacancy?.closedAt) expect(referral.createdAt.getTime()).toBeLessThan(vacancy.closedAt.getTime());
        if (vacancy && !vacancy.closedAt && vacancy.status !== 'on_hold') expect(acceptsReferrals(vacancy.status)).toBe(true);
        expect(referral.noBonusReason).toBe(vacancy?.hiringManagerId === referral.referrerId ? 'hiring_manager_own_vacancy' : null);
      }
    }
    // Nobody else's referral inside the twelve-month ownership window.
    for (const referrers of referrersByCandidate.values()) expect(referrers.size).toBe(1);
    expect(rows.referrals.some((referral) => referral.noBonusReason !== null)).toBe(true);
    expect(rows.referrals.some((referral) => referral.vacancyId === null)).toBe(true);
  });

  it('never has a candidate in process twice for one vacancy', () => {
    const active = rows.applications.filter((application) => !(END_STATES as readonly string[]).includes(application.stage));
    const keys = active.map((application) => `${application.candidateId}/${application.vacancyId ?? 'general'}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('gives every candidate the claim of their first referral', () => {
    for (const candidate of rows.candidates) {
      const theirs = rows.referrals.filter((referral) => referral.candidateId === candidate.id);
      expect(theirs.length).toBeGreaterThan(0);
      const first = theirs.reduce((a, b) => (a.createdAt <= b.createdAt ? a : b));
      expect(candidate).toMatchObject({ claimHolderId: first.referrerId, claimReferralId: first.id, claimSince: first.createdAt });
    }
  });

  it('tells each application’s history as moves that end where the application stands', () => {
    for (const application of rows.applications) {
      const history = rows.events.filter((event) => event.applicationId === application.id);
      expect(history[0]).toMatchObject({ fromStage: null, toStage: 'new' });
      expect(history[0].occurredAt).toEqual(application.createdAt);
      for (let i = 1; i < history.length; i++) {
        expect(history[i].fromStage).toBe(history[i - 1].toStage);
        expect(isForwardMove(history[i - 1].toStage, history[i].toStage)).toBe(true);
        expect(history[i].occurredAt.getTime()).toBeGreaterThan(history[i - 1].occurredAt.getTime());
        if ((END_STATES as readonly string[]).includes(history[i].toStage)) expect(history[i].reason).toBeTruthy();
      }
      const last = history[history.length - 1];
      expect(last.occurredAt.getTime()).toBeLessThan(NOW.getTime());
      expect(application).toMatchObject({ stage: last.toStage, stageEnteredAt: last.occurredAt, version: history.length });
      expect(application.endedAt).toEqual((END_STATES as readonly string[]).includes(application.stage) ? last.occurredAt : null);
      const vacancy = application.vacancyId ? vacancyById.get(application.vacancyId) : null;
      if (vacancy?.closedAt) {
        // A closed vacancy has no one left in process, and its moves happened before it closed.
        expect(['hired', ...END_STATES]).toContain(application.stage);
        expect(last.occurredAt.getTime()).toBeLessThan(vacancy.closedAt.getTime());
      }
    }
  });

  it('fills each filled vacancy through one hire and shows every stage somewhere', () => {
    const hired = rows.applications.filter((application) => application.stage === 'hired');
    expect(hired.length).toBeGreaterThanOrEqual(2);
    expect(hired.length).toBeLessThanOrEqual(3);
    for (const vacancy of rows.vacancies.filter((row) => row.status === 'closed_filled')) {
      expect(hired.filter((application) => application.vacancyId === vacancy.id)).toHaveLength(1);
    }
    expect(rows.applications.filter((application) => application.stage === 'withdrawn')).toHaveLength(1);
    expect(new Set(rows.applications.map((application) => application.stage))).toEqual(
      new Set(['new', 'screening', 'interview', 'offer', 'hired', 'rejected', 'withdrawn']),
    );
    expect(rows.candidates.length).toBeGreaterThanOrEqual(35);
  });

  it('gives Emma and Daan several referrals at different stages', () => {
    for (const email of ['emma.devries@demo.example', 'daan.jansen@demo.example']) {
      const theirs = rows.referrals.filter((referral) => referral.referrerId === idOf(email));
      expect(theirs.length).toBeGreaterThanOrEqual(5);
      const stages = new Set(theirs.map((referral) => applicationById.get(referral.applicationId)?.stage));
      expect(stages.size).toBeGreaterThanOrEqual(4);
      expect(stages).toContain('hired');
    }
  });
});
