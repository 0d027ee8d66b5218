import { referrerStatusOf } from '@referrals/domain';
import type { NotificationEntity } from '../notifications/entities/notification.entity';
import type { DemoCompanyPlan } from './plan-demo-company';

export type DemoNotificationRow = Pick<NotificationEntity, 'id' | 'recipientId' | 'event' | 'params' | 'link' | 'dedupeKey' | 'createdAt' | 'readAt'>;

const DAY_MS = 24 * 60 * 60 * 1000;
/** Older news is shown as read, so the bell counts what happened this week, as in a portal in daily use. */
const UNREAD_DAYS = 7;

/**
 * The inbox entries the demo referrals would have caused: the thanks for each referral and the referrer's
 * latest status news. Inbox only; no mail is queued for things that "happened" before the portal ran.
 */
export function planDemoNotifications(plan: DemoCompanyPlan, now: Date, newId: () => string): DemoNotificationRow[] {
  const candidates = new Map(plan.candidates.map((candidate) => [candidate.id, candidate.fullName]));
  const vacancies = new Map(plan.vacancies.map((vacancy) => [vacancy.id, vacancy.title]));
  const applications = new Map(plan.applications.map((application) => [application.id, application]));
  const rows: DemoNotificationRow[] = [];
  const add = (row: Omit<DemoNotificationRow, 'id' | 'readAt'>) =>
    rows.push({ ...row, id: newId(), readAt: now.getTime() - row.createdAt.getTime() > UNREAD_DAYS * DAY_MS ? now : null });

  for (const referral of plan.referrals) {
    const application = applications.get(referral.applicationId);
    if (!application) continue;
    const candidateName = candidates.get(referral.candidateId) ?? '';
    const vacancyTitle = referral.vacancyId ? (vacancies.get(referral.vacancyId) ?? null) : null;
    const link = `/my-referrals/${referral.id}`;
    add({
      recipientId: referral.referrerId,
      event: 'referral_received',
      params: { candidateName, vacancyTitle },
      link,
      dedupeKey: `referral:${referral.id}:received`,
      createdAt: referral.createdAt,
    });
    const status = referrerStatusOf(application.stage);
    if (status === 'submitted' || status === 'hired') continue;
    add({
      recipientId: referral.referrerId,
      event: 'referral_status_changed',
      params: { candidateName, vacancyTitle, status },
      link,
      dedupeKey: `application:${application.id}:v${application.version}`,
      createdAt: application.stageEnteredAt,
    });
  }
  return rows;
}
