import type { ApplicationDetailResponse, VacancyResponse } from '@referrals/contracts';
import { minimalPdf } from './cv-fixtures';
import { submitReferral } from './referral-fixtures';
import type { SignedInAgent } from './saml-client';
import type { TestApp } from './test-app';

let candidateSequence = 0;

/** A new candidate referred to the vacancy over the API; returns the application recruiting works with. */
export async function referCandidate(testApp: TestApp, referrer: SignedInAgent, vacancy: VacancyResponse, withCv = false): Promise<string> {
  candidateSequence += 1;
  const response = await submitReferral(
    referrer,
    { vacancyId: vacancy.id, candidateEmail: `candidate-${process.pid}-${candidateSequence}@mail.example`, candidateName: `Candidate ${candidateSequence}` },
    withCv ? { data: minimalPdf(), fileName: 'cv.pdf' } : undefined,
  );
  if (response.status !== 201) throw new Error(`referral refused: ${JSON.stringify(response.body)}`);
  const rows: { id: string }[] = await testApp.dataSource.query(`SELECT application_id AS id FROM referrals WHERE id = $1`, [response.body.id]);
  return rows[0].id;
}

export function moveApplication(recruiter: SignedInAgent, applicationId: string, body: Record<string, unknown>) {
  return recruiter.agent.post(`/api/applications/${applicationId}/move`).set('X-XSRF-TOKEN', recruiter.csrfToken).send(body);
}

/** Moves the application on its current version, expecting the move to succeed. */
export async function moveTo(recruiter: SignedInAgent, applicationId: string, toStage: string, extra: Record<string, unknown> = {}): Promise<ApplicationDetailResponse> {
  const current = await recruiter.agent.get(`/api/applications/${applicationId}`).expect(200);
  const response = await moveApplication(recruiter, applicationId, { toStage, version: current.body.version, ...extra });
  if (response.status !== 200) throw new Error(`move to ${toStage} refused: ${JSON.stringify(response.body)}`);
  return response.body;
}
