import type { Locale, NotificationEvent } from '@referrals/contracts';

export interface SampleNotification {
  params: Record<string, unknown>;
  link: string | null;
}

const REFERRAL_LINK = '/my-referrals/3f6b2a10-5c1d-4e8a-9b7f-2d4c6e8a0b1c';
const BONUS = { bonusAmountMinor: 150_000, bonusCurrency: 'EUR' };

/**
 * Realistic values of each event, shaped exactly as the events store them, for the editor's preview and for
 * the trial render that proves a template works before it is saved.
 */
export function sampleNotification(event: NotificationEvent, language: Locale): SampleNotification {
  const candidate = { candidateName: 'Sanne de Vries', vacancyTitle: language === 'nl' ? 'Senior backend-ontwikkelaar' : 'Senior Backend Engineer' };
  switch (event) {
    case 'referral_received':
      return { params: candidate, link: REFERRAL_LINK };
    case 'candidate_referred':
      return { params: { ...candidate, referrerName: 'Daan Bakker' }, link: '/candidates/7a1e9c52-0d3b-4f6a-8e2c-5b9d1f3a7c40' };
    case 'referral_status_changed':
      return { params: { ...candidate, status: 'interviewing' }, link: REFERRAL_LINK };
    case 'referral_hired':
      return { params: { ...candidate, startDate: '2026-03-01', ...BONUS }, link: REFERRAL_LINK };
    case 'bonus_eligible':
    case 'bonus_approved':
      return { params: { ...candidate, ...BONUS }, link: '/my-referrals/bonuses' };
    case 'bonus_paid':
      return { params: { ...candidate, ...BONUS, paidOn: '2026-06-25' }, link: '/my-referrals/bonuses' };
    case 'approvals_waiting':
      return { params: { count: 4, oldestWaitingDays: 6 }, link: '/bonuses' };
    case 'stale_candidates':
      return {
        params: {
          count: 3,
          candidates: [
            { ...candidate, waitingDays: 12 },
            { candidateName: 'Youssef El Amrani', vacancyTitle: language === 'nl' ? 'Productontwerper' : 'Product Designer', waitingDays: 9 },
            { candidateName: 'Lotte Jansen', vacancyTitle: language === 'nl' ? 'Data-analist' : 'Data Analyst', waitingDays: 8 },
          ],
        },
        link: '/pipeline',
      };
    case 'programme_updated':
      return {
        params: {
          version: 3,
          changeSummary:
            language === 'nl'
              ? 'De premie voor moeilijk vervulbare functies is verhoogd naar € 2.500.'
              : 'The bonus for hard-to-fill roles is now €2,500.',
        },
        link: '/rules',
      };
  }
}
