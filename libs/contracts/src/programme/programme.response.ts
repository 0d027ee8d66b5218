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

export interface CurrentProgrammeResponse extends ProgrammeVersionResponse {
  /** When the signed-in person accepted this version, or null: they must accept before referring. */
  acceptedAt: string | null;
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
