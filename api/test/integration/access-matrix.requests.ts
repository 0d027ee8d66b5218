import type { ApplicationDetailResponse, GroupRoleMappingResponse, RejectReasonResponse } from '@referrals/contracts';
import type { AccessWorld, DemoKey } from '../support/access-fixtures';
import { minimalPdf } from '../support/cv-fixtures';
import { acceptRules } from '../support/referral-fixtures';
import { type Agent, demoUser, type SignedInAgent, startLogin, TestIdentityProvider } from '../support/saml-client';
import type { Persona } from './access-matrix.expected';

/** Who plays each persona. */
export const PERSONA_PEOPLE: Record<Exclude<Persona, 'anonymous'>, DemoKey> = {
  employee: 'emma',
  recruiter: 'sophie',
  hiringManager: 'lucas',
  hr: 'anna',
  admin: 'noah',
};

export interface CellContext {
  world: AccessWorld;
  persona: Persona;
  /** The calling session; null for anonymous. */
  as: SignedInAgent | null;
  agent: Agent;
}

/** How one cell calls its route. */
export interface CellRequest {
  /** Values for the path's `:parameters`. */
  params?: Record<string, string>;
  query?: Record<string, string>;
  json?: object;
  form?: Record<string, string>;
  multipart?: { fields?: Record<string, string>; files?: { field: string; data: Buffer; fileName: string }[] };
  /** The response never ends (server-sent events): only its status is read. */
  stream?: boolean;
}

export interface RoutePlan {
  /**
   * `none`: call without a session cookie, as the browser that is signing in does (the persona shows only in
   * what is sent). `last`: the call ends the persona's session, so it runs after every other cell.
   */
  session?: 'none' | 'last';
  request?: (cell: CellContext) => CellRequest | Promise<CellRequest>;
}

const DAY_MS = 86_400_000;
const addDays = (day: string, days: number) => new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
let sequence = 0;

/** The AuthnRequest the portal sends the development IdP, as the query of its SSO page. */
async function authnRequest(agent: Agent): Promise<{ SAMLRequest: string; RelayState: string }> {
  const { location } = await startLogin(agent);
  const query = new URL(location).searchParams;
  const samlRequest = query.get('SAMLRequest');
  if (!samlRequest) throw new Error('The login redirect carries no SAMLRequest');
  return { SAMLRequest: samlRequest, RelayState: query.get('RelayState') ?? '/' };
}

const applicationOf = async (world: AccessWorld, id: string): Promise<ApplicationDetailResponse> =>
  (await world.people.sophie.agent.get(`/api/applications/${id}`).expect(200)).body;

/**
 * The requests of routes that need ids, a body or a session of their own; a route without a plan is called
 * bare. Writes send a valid body, so a 2xx proves the persona really can; where two personas may make the
 * same write, each makes one that stays valid (its own candidate, address or current version).
 */
export const ROUTE_PLANS: Record<string, RoutePlan> = {
  'GET /api/applications/:id': { request: ({ world }) => ({ params: { id: world.referrals.emma.applicationId } }) },
  'GET /api/applications/:id/cv': { request: ({ world }) => ({ params: { id: world.referrals.emma.applicationId } }) },
  'POST /api/applications/:id/move': {
    request: async ({ world }) => {
      const current = await applicationOf(world, world.referrals.toMove.applicationId);
      // One step forward from where it stands.
      const next = current.steps[current.steps.findIndex((step) => step.key === current.stepKey) + 1];
      return { params: { id: current.id }, json: { toStage: next?.key, version: current.version } };
    },
  },
  'POST /api/applications/:id/notes': { request: ({ world }) => ({ params: { id: world.referrals.emma.applicationId }, json: { body: 'Strong on payments.' } }) },
  'PUT /api/applications/:id/recruiter': {
    request: async ({ world }) => {
      const current = await applicationOf(world, world.referrals.toMove.applicationId);
      return { params: { id: current.id }, json: { recruiterId: world.userIds.sophie, version: current.version } };
    },
  },
  'POST /api/auth/logout': { session: 'last' },
  'POST /api/auth/saml/acs': {
    session: 'none',
    request: async ({ world, persona, agent }) => {
      const { requestId } = await startLogin(agent);
      const idp = await TestIdentityProvider.forApp(world.testApp);
      const user = demoUser(persona === 'anonymous' ? 'emma' : PERSONA_PEOPLE[persona]);
      return { form: { SAMLResponse: await idp.responseFor(user, requestId), RelayState: '/' } };
    },
  },
  'POST /api/bonuses/approve': { request: ({ world }) => ({ json: { bonusIds: [world.bonuses.toBulkApprove] } }) },
  'POST /api/bonuses/:id/approve': { request: ({ world }) => ({ params: { id: world.bonuses.toApprove }, json: { comment: 'Well done' } }) },
  'POST /api/bonuses/:id/reject': { request: ({ world }) => ({ params: { id: world.bonuses.toReject }, json: { comment: 'Hired through an agency first.' } }) },
  'PUT /api/budgets': { request: () => ({ json: { budgets: [{ department: 'Engineering', quarter: '2030-Q1', amountMinor: 1_000_000, currency: 'EUR' }] } }) },
  'GET /api/dev-mailbox/:id': { request: ({ world }) => ({ params: { id: world.devMailboxId } }) },
  'POST /api/disputes': {
    // A claim on a candidate someone else holds: Emma's for everyone but Emma, Daan's for her.
    request: ({ world, persona }) => ({
      json: {
        candidateEmail: persona === 'employee' ? world.referrals.daan.candidateEmail : world.referrals.emma.candidateEmail,
        statement: 'I introduced this candidate to the team at a meetup last spring.',
      },
    }),
  },
  'POST /api/disputes/:id/decision': {
    request: ({ world }) => ({ params: { id: world.disputeId }, json: { outcome: 'dismissed', reason: 'No sign of an earlier introduction.' } }),
  },
  'PATCH /api/hires/:id': {
    request: ({ world }) => ({ params: { id: world.hires.toCorrect.id }, json: { probationEndsOn: addDays(world.hires.toCorrect.startDate, 90) } }),
  },
  'POST /api/hires/:id/left': {
    request: ({ world }) => ({ params: { id: world.hires.leaving.id }, json: { leftOn: addDays(world.hires.leaving.startDate, 1), reason: 'Moved abroad' } }),
  },
  'DELETE /api/mail-delivery/failing-addresses/:address': {
    request: ({ world, persona }) => ({ params: { address: persona === 'admin' ? world.failingAddresses.noah : world.failingAddresses.anna } }),
  },
  'PATCH /api/me': { request: () => ({ json: { locale: 'en' } }) },
  'PUT /api/me/preferences': { request: () => ({ json: { language: 'en', emailOff: [] } }) },
  'POST /api/notification-templates/preview': {
    request: () => ({ json: { event: 'referral_received', language: 'en', subject: 'Thank you', body: 'Thank you for your referral.' } }),
  },
  'DELETE /api/notification-templates/:event/:lang': { request: () => ({ params: { event: 'referral_received', lang: 'en' } }) },
  'GET /api/notification-templates/:event/:lang': { request: () => ({ params: { event: 'referral_received', lang: 'en' } }) },
  'PUT /api/notification-templates/:event/:lang': {
    request: async ({ world }) => {
      const current = (await world.people.anna.agent.get('/api/notification-templates/referral_received/en').expect(200)).body;
      return { params: { event: 'referral_received', lang: 'en' }, json: { subject: current.subject, body: current.body, version: current.version } };
    },
  },
  'POST /api/notifications/:id/read': { request: ({ world }) => ({ params: { id: world.notifications.emma } }) },
  'GET /api/notifications/stream': { request: () => ({ stream: true }) },
  'POST /api/payroll-batches/:id/confirmation': {
    request: ({ world }) => ({
      params: { id: world.payrollBatchId },
      multipart: { files: [{ field: 'file', data: Buffer.from(`bonus_id\r\n${world.bonuses.batched}\r\n`), fileName: 'confirmation.csv' }] },
    }),
  },
  'GET /api/payroll-batches/:id/export.csv': { request: ({ world }) => ({ params: { id: world.payrollBatchId } }) },
  'GET /api/payroll-batches/:id/export.xlsx': { request: ({ world }) => ({ params: { id: world.payrollBatchId } }) },
  'POST /api/programme': {
    request: () => ({
      json: { rulesEn: 'Refer people you would enjoy working with; one referral per candidate.', faqEn: '', changeSummary: 'Clearer wording' },
    }),
  },
  'GET /api/programme/versions/:version': { request: () => ({ params: { version: '1' } }) },
  'POST /api/programme/:version/accept': {
    request: async ({ world }) => ({ params: { version: String((await world.people.emma.agent.get('/api/programme/current').expect(200)).body.version) } }),
  },
  'POST /api/referrals': {
    request: async ({ world, persona, as }) => {
      // The rules may have been republished by the matrix itself; a referrer accepts the current ones first.
      if (as) await acceptRules(as);
      sequence += 1;
      return {
        multipart: {
          fields: {
            vacancyId: world.vacancies.intake.id,
            candidateName: 'Noor Bakker',
            candidateEmail: `matrix-${persona}-${process.pid}-${sequence}@mail.example`,
            relationship: 'former_colleague',
            motivation: 'Noor ran our data team and mentors well.',
            candidateConsent: 'true',
          },
          files: [{ field: 'cv', data: minimalPdf(), fileName: 'cv.pdf' }],
        },
      };
    },
  },
  'GET /api/referrals/:id': { request: ({ world }) => ({ params: { id: world.referrals.emma.id } }) },
  'GET /api/referrals/:id/cv': { request: ({ world }) => ({ params: { id: world.referrals.emma.id } }) },
  'POST /api/referrals/:id/withdraw': { request: ({ world }) => ({ params: { id: world.referrals.emmaWithdrawable.id }, json: { reason: 'They took another offer.' } }) },
  'POST /api/reject-reasons': { request: ({ persona }) => ({ json: { label: `Relocation not possible (${persona})` } }) },
  'PATCH /api/reject-reasons/:id': {
    request: async ({ world }) => {
      const reasons = (await world.people.sophie.agent.get('/api/reject-reasons').expect(200)).body as RejectReasonResponse[];
      return { params: { id: reasons[0].id }, json: { active: true } };
    },
  },
  'PUT /api/role-mappings': {
    request: async ({ world }) => ({ json: { mappings: (await world.people.noah.agent.get('/api/role-mappings').expect(200)).body as GroupRoleMappingResponse[] } }),
  },
  'PATCH /api/settings': { request: () => ({ json: { maxReferralsPerDay: 1000 } }) },
  'POST /api/stage-templates': {
    request: ({ persona }) => ({
      json: {
        name: `Short process (${persona})`,
        steps: [
          { key: 'new', label: null, stage: 'new' },
          { key: 'talk', label: 'Talk', stage: 'interview' },
          { key: 'hired', label: null, stage: 'hired' },
        ],
      },
    }),
  },
  'POST /api/users/:id/left': { request: ({ world }) => ({ params: { id: world.userIds.leaver }, json: { leftOn: '2026-11-30' } }) },
  'POST /api/vacancies': {
    request: () => ({
      json: {
        title: 'Data engineer',
        department: 'Engineering',
        location: 'Amsterdam',
        employmentType: 'full_time',
        category: 'Data',
        description: 'Pipelines in PostgreSQL.',
        bonusAmountMinor: 200_000,
        bonusCurrency: 'EUR',
      },
    }),
  },
  'GET /api/vacancies/:id': { request: ({ world }) => ({ params: { id: world.vacancies.lucas.id } }) },
  'PATCH /api/vacancies/:id': {
    request: async ({ world }) => {
      const current = (await world.people.sophie.agent.get(`/api/vacancies/${world.vacancies.lucas.id}`).expect(200)).body;
      return { params: { id: current.id }, json: { description: current.description, version: current.version } };
    },
  },
  'GET /api/vacancies/:id/board': { request: ({ world }) => ({ params: { id: world.vacancies.lucas.id } }) },
  'GET /api/vacancies/:id/referrals': { request: ({ world }) => ({ params: { id: world.vacancies.lucas.id } }) },
  'POST /api/vacancies/:id/status': {
    request: async ({ world }) => {
      const current = (await world.people.sophie.agent.get(`/api/vacancies/${world.vacancies.status.id}`).expect(200)).body;
      return { params: { id: current.id }, json: { status: current.status === 'open' ? 'on_hold' : 'open', version: current.version } };
    },
  },
  'GET /dev-idp/sso': { request: async ({ agent }) => ({ query: await authnRequest(agent) }) },
  'POST /dev-idp/sso': { request: async ({ agent }) => ({ form: { ...(await authnRequest(agent)), user: 'emma' } }) },
};
