import request from 'supertest';
import type { ApplicationDetailResponse, Page, VacancyReferralResponse, VacancyResponse } from '@referrals/contracts';
import { calendarDateIn } from '@referrals/domain';
import { BonusesService } from '../../src/bonuses/bonuses.service';
import { EmailDeliveryWorker } from '../../src/notifications/email/email-delivery.worker';
import { minimalPdf } from './cv-fixtures';
import { acceptRules, openVacancy, submitReferral } from './referral-fixtures';
import { type Agent, postAssertion, signIn, type SignedInAgent, startLogin, TestIdentityProvider } from './saml-client';
import type { TestApp } from './test-app';

export const DEMO_KEYS = ['emma', 'daan', 'sophie', 'lucas', 'anna', 'noah'] as const;
export type DemoKey = (typeof DEMO_KEYS)[number];

export interface HireFixture {
  id: string;
  startDate: string;
  bonusId: string;
}

export interface ReferralFixture {
  id: string;
  applicationId: string;
  candidateEmail: string;
}

/**
 * One company with something of everything, built over the API as its people would: the ids every route of
 * the access matrix and the object-level checks are called with.
 */
export interface AccessWorld {
  testApp: TestApp;
  people: Record<DemoKey, SignedInAgent>;
  userIds: Record<DemoKey | 'leaver', string>;
  vacancies: {
    /** Lucas is its hiring manager. */
    lucas: VacancyResponse;
    /** Another hiring manager's (Noah's) vacancy. */
    other: VacancyResponse;
    /** Where the matrix's own referrals go. */
    intake: VacancyResponse;
    /** Its status is toggled by the matrix. */
    status: VacancyResponse;
    draft: VacancyResponse;
  };
  referrals: {
    /** Emma's, to Lucas's vacancy, with a CV. */
    emma: ReferralFixture;
    /** Emma's, to Lucas's vacancy, for the withdrawal. */
    emmaWithdrawable: ReferralFixture;
    /** Daan's, to Lucas's vacancy, with a CV. */
    daan: ReferralFixture;
    /** Daan's, to the other manager's vacancy, with a CV. */
    daanOther: ReferralFixture;
    /** Daan's general referral (no vacancy), with a CV. */
    daanGeneral: ReferralFixture;
    /** Daan's, to Lucas's vacancy, moved and assigned by the matrix. */
    toMove: ReferralFixture;
  };
  bonuses: {
    /** Emma's, waiting for probation to end. */
    emma: string;
    /** Daan's, waiting for probation to end. */
    daan: string;
    /** Eligible, for single approval. */
    toApprove: string;
    /** Eligible, for rejection. */
    toReject: string;
    /** Eligible, for the bulk approval. */
    toBulkApprove: string;
    /** Exported in `payrollBatchId`. */
    batched: string;
  };
  hires: { toCorrect: HireFixture; leaving: HireFixture };
  payrollBatchId: string;
  /** Daan's claim on Emma's candidate. */
  disputeId: string;
  notifications: { emma: string; daan: string };
  devMailboxId: string;
  /** Addresses on the failing list, one for each person who may clear one. */
  failingAddresses: { anna: string; noah: string };
}

const DAY_MS = 86_400_000;
let candidateSequence = 0;

const post = (as: SignedInAgent, url: string, body: object = {}) => as.agent.post(url).set('X-XSRF-TOKEN', as.csrfToken).send(body);

function expectStatus(response: { status: number; body: unknown }, status: number, what: string): void {
  if (response.status !== status) throw new Error(`${what}: ${response.status} ${JSON.stringify(response.body)}`);
}

/** A colleague who signs in once, through a crafted assertion, and is recorded as having left by the matrix. */
async function signInLeaver(testApp: TestApp): Promise<string> {
  const agent: Agent = request.agent(testApp.app.getHttpServer());
  const { requestId } = await startLogin(agent);
  const idp = await TestIdentityProvider.forApp(testApp);
  const assertion = await idp.responseFor(
    {
      key: 'lotte',
      email: 'lotte.degraaf@demo.example',
      displayName: 'Lotte de Graaf',
      employeeId: 'E1099',
      department: 'Sales',
      groups: ['all-staff'],
      roleLabel: 'employee',
    },
    requestId,
  );
  await postAssertion(agent, assertion).expect(303);
  return (await agent.get('/api/me').expect(200)).body.id;
}

export async function buildAccessWorld(testApp: TestApp): Promise<AccessWorld> {
  const signedIn = await Promise.all(DEMO_KEYS.map((key) => signIn(testApp, key)));
  const people = Object.fromEntries(DEMO_KEYS.map((key, index) => [key, signedIn[index]])) as Record<DemoKey, SignedInAgent>;
  const { emma, daan, sophie, anna, noah } = people;
  const me = await Promise.all(DEMO_KEYS.map((key) => people[key].agent.get('/api/me').expect(200)));
  const userIds = { ...Object.fromEntries(DEMO_KEYS.map((key, index) => [key, me[index].body.id as string])), leaver: await signInLeaver(testApp) } as AccessWorld['userIds'];

  await noah.agent.patch('/api/settings').set('X-XSRF-TOKEN', noah.csrfToken).send({ maxReferralsPerDay: 1000, maxReferralsPer30Days: 10_000 }).expect(200);
  await Promise.all(DEMO_KEYS.map((key) => acceptRules(people[key])));

  const vacancies: AccessWorld['vacancies'] = {
    lucas: await openVacancy(sophie, { hiringManagerId: userIds.lucas, probationMonths: 2 }),
    other: await openVacancy(sophie, { hiringManagerId: userIds.noah, probationMonths: 2 }),
    intake: await openVacancy(sophie),
    status: await openVacancy(sophie),
    draft: (await post(sophie, '/api/vacancies', { title: 'Draft role', department: 'Engineering', location: 'Utrecht', employmentType: 'full_time', category: 'Software', description: 'Not yet open.', bonusAmountMinor: 100_000, bonusCurrency: 'EUR' }).expect(201)).body,
  };

  const refer = async (referrer: SignedInAgent, vacancy: VacancyResponse | null, withCv: boolean): Promise<Omit<ReferralFixture, 'applicationId'>> => {
    candidateSequence += 1;
    const candidateEmail = `access-candidate-${process.pid}-${candidateSequence}@mail.example`;
    const response = await submitReferral(
      referrer,
      { ...(vacancy ? { vacancyId: vacancy.id } : {}), candidateEmail, candidateName: `Access Candidate ${candidateSequence}` },
      withCv ? { data: minimalPdf(), fileName: 'cv.pdf' } : undefined,
    );
    expectStatus(response, 201, 'referral');
    return { id: response.body.id, candidateEmail };
  };
  const pending = {
    emma: await refer(emma, vacancies.lucas, true),
    emmaWithdrawable: await refer(emma, vacancies.lucas, false),
    daan: await refer(daan, vacancies.lucas, true),
    daanOther: await refer(daan, vacancies.other, true),
    daanGeneral: await refer(daan, null, true),
    toMove: await refer(daan, vacancies.lucas, false),
  };
  // Recruiting's own lists say which application each referral brought in.
  const applicationOf = new Map<string, string>();
  for (const path of [`/api/vacancies/${vacancies.lucas.id}/referrals`, `/api/vacancies/${vacancies.other.id}/referrals`, '/api/referrals/general']) {
    const page = (await sophie.agent.get(`${path}?pageSize=100`).expect(200)).body as Page<VacancyReferralResponse>;
    for (const item of page.items) applicationOf.set(item.id, item.applicationId);
  }
  const withApplication = (referral: Omit<ReferralFixture, 'applicationId'>): ReferralFixture => {
    const applicationId = applicationOf.get(referral.id);
    if (!applicationId) throw new Error(`no application for referral ${referral.id}`);
    return { ...referral, applicationId };
  };
  const referrals = Object.fromEntries(Object.entries(pending).map(([name, referral]) => [name, withApplication(referral)])) as AccessWorld['referrals'];

  const now = testApp.clock.now();
  const dayOffset = (days: number) => calendarDateIn('Europe/Amsterdam', new Date(now.getTime() + days * DAY_MS));
  /** A referral to Lucas's vacancy hired on `startDate`: the hire and the bonus it created. */
  const hire = async (referrer: SignedInAgent, startDate: string): Promise<{ id: string; startDate: string; bonusId: string }> => {
    const { id } = await refer(referrer, vacancies.lucas, false);
    const page = (await sophie.agent.get(`/api/vacancies/${vacancies.lucas.id}/referrals?pageSize=100`).expect(200)).body as Page<VacancyReferralResponse>;
    const applicationId = page.items.find((item) => item.id === id)?.applicationId;
    const current = (await sophie.agent.get(`/api/applications/${applicationId}`).expect(200)).body as ApplicationDetailResponse;
    const hired = await post(sophie, `/api/applications/${applicationId}/move`, { toStage: 'hired', version: current.version, startDate });
    expectStatus(hired, 200, 'hire');
    const { hire: made } = hired.body as ApplicationDetailResponse;
    if (!made?.bonus) throw new Error(`the hire of ${applicationId} created no bonus`);
    return { id: made.id, startDate: made.startDate, bonusId: made.bonus.id };
  };
  // Probation long over: these become eligible at once.
  const longAgo = dayOffset(-200);
  const eligible = {
    toApprove: (await hire(emma, longAgo)).bonusId,
    toReject: (await hire(emma, longAgo)).bonusId,
    toBulkApprove: (await hire(emma, longAgo)).bonusId,
    batched: (await hire(emma, longAgo)).bonusId,
    nextBatch: (await hire(daan, longAgo)).bonusId,
  };
  await testApp.app.get(BonusesService).markDueBonusesEligible();
  // One bonus approved and exported; another approved after the batch, for the matrix's new batch.
  expectStatus(await post(anna, `/api/bonuses/${eligible.batched}/approve`), 200, 'approval');
  const batch = await post(anna, '/api/payroll-batches');
  expectStatus(batch, 201, 'payroll batch');
  expectStatus(await post(anna, `/api/bonuses/${eligible.nextBatch}/approve`), 200, 'approval');

  const recent = dayOffset(-10);
  const toCorrect = await hire(emma, recent);
  const leaving = await hire(emma, recent);
  const bonuses: AccessWorld['bonuses'] = {
    emma: toCorrect.bonusId,
    daan: (await hire(daan, recent)).bonusId,
    toApprove: eligible.toApprove,
    toReject: eligible.toReject,
    toBulkApprove: eligible.toBulkApprove,
    batched: eligible.batched,
  };

  const dispute = await post(daan, '/api/disputes', {
    candidateEmail: referrals.emma.candidateEmail,
    statement: 'I introduced this candidate to the team at a meetup months before Emma referred them.',
  });
  expectStatus(dispute, 201, 'dispute');

  const firstNotification = async (as: SignedInAgent) => ((await as.agent.get('/api/notifications').expect(200)).body as Page<{ id: string }>).items[0].id;
  const worker = testApp.app.get(EmailDeliveryWorker);
  while ((await worker.deliverDue()).sent > 0);
  const mail = (await noah.agent.get('/api/dev-mailbox?pageSize=1').expect(200)).body as Page<{ id: string }>;

  const failingAddresses = { anna: 'bounced-for-anna@mail.example', noah: 'bounced-for-noah@mail.example' };
  // Only a real SMTP refusal puts an address on this list; the delivery tests cover that path.
  for (const address of Object.values(failingAddresses)) {
    await testApp.dataSource.query(`INSERT INTO failing_email_addresses (address, reason, failed_at) VALUES ($1, '550 no such user', now())`, [address]);
  }

  return {
    testApp,
    people,
    userIds,
    vacancies,
    referrals,
    bonuses,
    hires: { toCorrect, leaving },
    payrollBatchId: batch.body.id,
    disputeId: dispute.body.id,
    notifications: { emma: await firstNotification(emma), daan: await firstNotification(daan) },
    devMailboxId: mail.items[0].id,
    failingAddresses,
  };
}
