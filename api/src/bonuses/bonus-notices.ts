import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { NotificationEvent } from '@referrals/contracts';
import { type BonusState, calendarDateIn } from '@referrals/domain';
import { NotificationOutbox } from '../notifications/notification-outbox.service';
import { SettingsService } from '../settings/settings.service';
import type { BonusEntity } from './entities/bonus.entity';

/** The bonus states the colleague who earns the bonus hears about: money on its way is worth a message. */
const EVENT_BY_STATE: Partial<Record<BonusState, NotificationEvent>> = {
  eligible: 'bonus_eligible',
  approved: 'bonus_approved',
  paid: 'bonus_paid',
};

/** Tells the beneficiary, in the transition's transaction, that their bonus moved on. */
@Injectable()
export class BonusNotices {
  constructor(
    private readonly outbox: NotificationOutbox,
    private readonly settings: SettingsService,
  ) {}

  async changed(manager: EntityManager, bonus: BonusEntity, to: BonusState, at: Date): Promise<void> {
    const event = EVENT_BY_STATE[to];
    if (!event) return;
    const [facts]: { candidate_name: string; vacancy_title: string }[] = await manager.query(
      `SELECT c.full_name AS candidate_name, v.title AS vacancy_title
         FROM hires h JOIN candidates c ON c.id = h.candidate_id JOIN vacancies v ON v.id = h.vacancy_id
        WHERE h.id = $1`,
      [bonus.hireId],
    );
    const params: Record<string, unknown> = {
      candidateName: facts?.candidate_name ?? '',
      vacancyTitle: facts?.vacancy_title ?? '',
      bonusAmountMinor: bonus.amountMinor,
      bonusCurrency: bonus.currency,
    };
    if (to === 'paid') params['paidOn'] = calendarDateIn(await this.settings.get('companyTimeZone'), at);
    await this.outbox.notify(manager, { event, params, link: '/my-referrals/bonuses', key: `bonus:${bonus.id}:${to}` }, [bonus.beneficiaryId]);
  }
}
