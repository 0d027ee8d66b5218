import type { PersonRef } from '../referrals/referral.response';

export interface ProgrammeDocument {
  markdown: string;
  /** Sanitised HTML rendered from the Markdown. */
  html: string;
}

export interface ProgrammeVersionResponse {
  version: number;
  /** Dutch falls back to English where HR wrote no Dutch text. */
  rules: { en: ProgrammeDocument; nl: ProgrammeDocument };
  faq: { en: ProgrammeDocument; nl: ProgrammeDocument };
  changeSummary: string;
  publishedAt: string;
  publishedBy: PersonRef | null;
}

/** The numbers of the rules as currently set, so screens state them without reading the admin settings. */
export interface ProgrammeLimits {
  ownershipWindowMonths: number;
  maxReferralsPerDay: number;
  maxReferralsPer30Days: number;
  cvMaxBytes: number;
  defaultProbationMonths: number;
}

export interface CurrentProgrammeResponse extends ProgrammeVersionResponse {
  /** When the signed-in person accepted this version, or null: they must accept before referring. */
  acceptedAt: string | null;
  limits: ProgrammeLimits;
}

export interface ProgrammeAcceptanceResponse {
  version: number;
  acceptedAt: string;
}

export interface ProgrammeVersionSummary {
  version: number;
  changeSummary: string;
  publishedAt: string;
  publishedBy: PersonRef | null;
  acceptedCount: number;
}
