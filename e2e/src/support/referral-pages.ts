import type { Page, Response } from 'playwright-core';
import { minimalPdf } from './cv-files';

export interface CandidateInput {
  name: string;
  email: string;
  phone?: string;
  /** Attach a small PDF under this file name. */
  cvFileName?: string;
}

/** The referral form's rules step: tick, accept, and wait for the form itself. */
export async function acceptRulesStep(page: Page): Promise<void> {
  await page.getByRole('heading', { name: 'First, accept the programme rules' }).waitFor();
  await page.getByRole('checkbox', { name: /I have read the programme rules/ }).check();
  const accepted = page.waitForResponse((response) => /\/api\/programme\/\d+\/accept$/.test(response.url()));
  await page.getByRole('button', { name: 'Accept and continue' }).click();
  expect((await accepted).status()).toBe(200);
  await page.getByRole('heading', { name: 'About the candidate' }).waitFor();
}

/** Accepts the rules when the form asks for it first (whether it does depends on earlier journeys). */
export async function acceptRulesIfAsked(page: Page): Promise<void> {
  const form = page.getByRole('heading', { name: 'About the candidate' });
  const rules = page.getByRole('heading', { name: 'First, accept the programme rules' });
  await form.or(rules).first().waitFor();
  if (await rules.isVisible()) await acceptRulesStep(page);
}

export async function fillInCandidate(page: Page, candidate: CandidateInput, motivation: string): Promise<void> {
  await page.getByRole('textbox', { name: "Candidate's full name" }).fill(candidate.name);
  await page.getByRole('textbox', { name: "Candidate's email address" }).fill(candidate.email);
  if (candidate.phone) await page.getByRole('textbox', { name: 'Phone number (optional)' }).fill(candidate.phone);
  // Keyboard, as the empty select's floating label sits over its trigger for a pointer.
  await page.getByRole('combobox', { name: 'How do you know the candidate?' }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('option', { name: 'Former colleague' }).click();
  await page.getByRole('textbox', { name: /Why would this person fit/ }).fill(motivation);
  await page.getByRole('checkbox', { name: 'The candidate agreed to be referred' }).check();
  if (candidate.cvFileName) {
    await page.locator('input[type="file"]').setInputFiles({ name: candidate.cvFileName, mimeType: 'application/pdf', buffer: minimalPdf() });
    await page.getByText(candidate.cvFileName).first().waitFor();
  }
}

/** Presses "Send referral" and returns the API's answer. */
export async function sendReferral(page: Page): Promise<Response> {
  const response = page.waitForResponse(
    (candidate) => candidate.url().endsWith('/api/referrals') && candidate.request().method() === 'POST',
  );
  await page.getByRole('button', { name: 'Send referral' }).click();
  return response;
}
