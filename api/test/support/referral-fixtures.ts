import type { CreateVacancyDto, VacancyResponse } from '@referrals/contracts';
import type { SignedInAgent } from './saml-client';

let sequence = 0;

/** A vacancy created and opened by a recruiter, over the API. */
export async function openVacancy(recruiter: SignedInAgent, overrides: Partial<CreateVacancyDto> = {}): Promise<VacancyResponse> {
  sequence += 1;
  const created = await recruiter.agent
    .post('/api/vacancies')
    .set('X-XSRF-TOKEN', recruiter.csrfToken)
    .send({
      title: `Backend developer ${sequence}`,
      department: 'Engineering',
      location: 'Utrecht',
      employmentType: 'full_time',
      category: 'Software',
      description: 'We build TypeScript services.',
      bonusAmountMinor: 150_000,
      bonusCurrency: 'EUR',
      ...overrides,
    })
    .expect(201);
  const opened = await recruiter.agent
    .post(`/api/vacancies/${created.body.id}/status`)
    .set('X-XSRF-TOKEN', recruiter.csrfToken)
    .send({ status: 'open', version: created.body.version })
    .expect(200);
  return opened.body;
}

/** Accepts the current version of the programme rules, as every referrer must before referring. */
export async function acceptRules(person: SignedInAgent): Promise<void> {
  const current = await person.agent.get('/api/programme/current').expect(200);
  await person.agent.post(`/api/programme/${current.body.version}/accept`).set('X-XSRF-TOKEN', person.csrfToken).expect(200);
}

export interface ReferralFields {
  vacancyId?: string;
  candidateName?: string;
  candidateEmail: string;
  candidatePhone?: string;
  linkedinUrl?: string;
  relationship?: string;
  motivation?: string;
  candidateConsent?: string;
}

/** Posts the referral form as the browser does: multipart, with an optional CV. */
export function submitReferral(person: SignedInAgent, fields: ReferralFields, cv?: { data: Buffer; fileName: string }) {
  const request = person.agent.post('/api/referrals').set('X-XSRF-TOKEN', person.csrfToken);
  const all: Record<string, string | undefined> = {
    candidateName: 'Kim de Vries',
    relationship: 'former_colleague',
    motivation: 'Kim led our payments team for three years and ships carefully.',
    candidateConsent: 'true',
    ...fields,
  };
  for (const [name, value] of Object.entries(all)) if (value !== undefined) request.field(name, value);
  if (cv) request.attach('cv', cv.data, cv.fileName);
  return request;
}
