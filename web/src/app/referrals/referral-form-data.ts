import type { ReferralRelationship } from '@referrals/domain';

export interface ReferralFormValues {
  /** null for a general referral. */
  vacancyId: string | null;
  candidateName: string;
  candidateEmail: string;
  candidatePhone: string;
  linkedinUrl: string;
  relationship: ReferralRelationship | null;
  motivation: string;
  candidateConsent: boolean;
}

/**
 * The multipart body of `POST /api/referrals`: the fields of SubmitReferralDto as strings, trimmed; optional
 * fields left out when empty (no `vacancyId` means a general referral) and the CV as the `cv` part.
 */
export function referralFormData(values: ReferralFormValues, cv: File | null): FormData {
  const form = new FormData();
  const optional = (name: string, value: string | null) => {
    const trimmed = value?.trim() ?? '';
    if (trimmed) form.append(name, trimmed);
  };
  optional('vacancyId', values.vacancyId);
  form.append('candidateName', values.candidateName.trim());
  form.append('candidateEmail', values.candidateEmail.trim());
  optional('candidatePhone', values.candidatePhone);
  optional('linkedinUrl', values.linkedinUrl);
  form.append('relationship', values.relationship ?? '');
  form.append('motivation', values.motivation.trim());
  form.append('candidateConsent', String(values.candidateConsent));
  if (cv) form.append('cv', cv, cv.name);
  return form;
}
