import {
  isEssentialNotification,
  NOTIFICATION_EVENTS,
  type NotificationEvent,
  type Permission,
  type Role,
} from '@referrals/contracts';
import { canAccess } from '../core/auth/route-access';

/**
 * Who a mail can reach: recruiting's and HR's mails are offered to them only, the rest to everyone (every
 * signed-in person refers and earns). A switch nobody could ever need would only confuse.
 */
const MAIL_AUDIENCE: Record<NotificationEvent, Permission | undefined> = {
  referral_received: undefined,
  candidate_referred: 'runPipeline',
  referral_status_changed: undefined,
  referral_hired: undefined,
  bonus_eligible: undefined,
  bonus_approved: undefined,
  bonus_paid: undefined,
  approvals_waiting: 'approveBonuses',
  stale_candidates: 'runPipeline',
  programme_updated: undefined,
};

export interface MailChoice {
  readonly event: NotificationEvent;
  /** Always sent; shown switched on and disabled. */
  readonly essential: boolean;
}

/** The mails someone with these roles is offered a switch for, in the order of the event list. */
export function mailChoicesFor(roles: readonly Role[]): MailChoice[] {
  return NOTIFICATION_EVENTS.filter((event) => canAccess(roles, MAIL_AUDIENCE[event])).map((event) => ({
    event,
    essential: isEssentialNotification(event),
  }));
}

/**
 * The mails to switch off: those shown and switched off, plus those switched off before that this person is
 * not shown (a role they lost), which the page should not switch back on behind their back.
 */
export function emailOffFrom(
  shown: readonly MailChoice[],
  mailOn: Partial<Record<NotificationEvent, boolean>>,
  previouslyOff: readonly NotificationEvent[],
): NotificationEvent[] {
  const shownEvents = new Set(shown.map((choice) => choice.event));
  return NOTIFICATION_EVENTS.filter((event) =>
    isEssentialNotification(event)
      ? false
      : shownEvents.has(event)
        ? mailOn[event] === false
        : previouslyOff.includes(event),
  );
}
