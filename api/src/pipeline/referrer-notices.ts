import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { type PipelineStage, referrerStatusOf } from '@referrals/domain';
import type { BonusEntity } from '../bonuses/entities/bonus.entity';
import type { ApplicationEntity } from '../candidates/entities/application.entity';
import { CandidatesService } from '../candidates/candidates.service';
import { NotificationOutbox } from '../notifications/notification-outbox.service';
import type { ReferralEntity } from '../referrals/entities/referral.entity';
import type { VacancyEntity } from '../vacancies/entities/vacancy.entity';

export interface MoveForReferrer {
  /** The application as it was before the move. */
  before: ApplicationEntity;
  toStage: PipelineStage;
  /** The application's version after the move: one notice per move, however often it is retried. */
  version: number;
  vacancy: VacancyEntity | null;
  referral: ReferralEntity | null;
}

/**
 * Tells the people behind a referral what happened to it, in the simplified words they see in My referrals:
 * only when that status changes (a step inside Interview is no news to them), and never the internal notes
 * or reasons. Both the colleague credited with it and the one who submitted it follow it.
 */
@Injectable()
export class ReferrerNotices {
  constructor(
    private readonly outbox: NotificationOutbox,
    private readonly candidates: CandidatesService,
  ) {}

  async moved(manager: EntityManager, move: MoveForReferrer): Promise<void> {
    const status = referrerStatusOf(move.toStage);
    if (!move.referral || status === referrerStatusOf(move.before.stage) || status === 'hired') return;
    await this.outbox.notify(
      manager,
      {
        event: 'referral_status_changed',
        params: { candidateName: await this.candidates.fullNameOf(manager, move.before.candidateId), vacancyTitle: move.vacancy?.title ?? null, status },
        link: `/my-referrals/${move.referral.id}`,
        key: `application:${move.before.id}:v${move.version}`,
      },
      followersOf(move.referral),
    );
  }

  async hired(manager: EntityManager, hire: { application: ApplicationEntity; vacancy: VacancyEntity; referral: ReferralEntity | null; startDate: string; bonuses: BonusEntity[] }): Promise<void> {
    if (!hire.referral) return;
    const bonusAmountMinor = hire.bonuses.length > 0 ? hire.bonuses.reduce((sum, bonus) => sum + bonus.amountMinor, 0) : null;
    await this.outbox.notify(
      manager,
      {
        event: 'referral_hired',
        params: {
          candidateName: await this.candidates.fullNameOf(manager, hire.application.candidateId),
          vacancyTitle: hire.vacancy.title,
          startDate: hire.startDate,
          bonusAmountMinor,
          bonusCurrency: hire.bonuses[0]?.currency ?? null,
        },
        link: `/my-referrals/${hire.referral.id}`,
        key: `application:${hire.application.id}:hired`,
      },
      followersOf(hire.referral),
    );
  }
}

function followersOf(referral: ReferralEntity): string[] {
  return [referral.creditedReferrerId, referral.referrerId];
}
