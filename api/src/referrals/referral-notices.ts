import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { AuthenticatedUser } from '../common/auth.decorators';
import { NotificationOutbox } from '../notifications/notification-outbox.service';
import { UsersService } from '../users/users.service';
import type { VacancyEntity } from '../vacancies/entities/vacancy.entity';
import { VacanciesRepository } from '../vacancies/vacancies.repository';

export interface SubmittedReferral {
  referralId: string;
  applicationId: string;
  candidateName: string;
  vacancy: VacancyEntity | null;
  referrer: AuthenticatedUser;
}

/**
 * What a new referral tells people, inside the submission's transaction: thanks to the referrer at once
 * (the programme's "timely thanks"), and the candidate to the vacancy's recruiters, or to the whole
 * recruiting team for a general referral that someone still has to place.
 */
@Injectable()
export class ReferralNotices {
  constructor(
    private readonly outbox: NotificationOutbox,
    private readonly vacancies: VacanciesRepository,
    private readonly users: UsersService,
  ) {}

  async submitted(manager: EntityManager, submitted: SubmittedReferral): Promise<void> {
    const vacancyTitle = submitted.vacancy?.title ?? null;
    await this.outbox.notify(
      manager,
      {
        event: 'referral_received',
        params: { candidateName: submitted.candidateName, vacancyTitle },
        link: `/my-referrals/${submitted.referralId}`,
        key: `referral:${submitted.referralId}:received`,
      },
      [submitted.referrer.id],
    );
    const recruiters = submitted.vacancy
      ? await this.vacancies.recruiterIds(submitted.vacancy.id, manager)
      : await this.users.activeIdsWithRole('recruiter', manager);
    await this.outbox.notify(
      manager,
      {
        event: 'candidate_referred',
        params: { candidateName: submitted.candidateName, vacancyTitle, referrerName: submitted.referrer.displayName },
        link: `/pipeline/candidates/${submitted.applicationId}`,
        key: `referral:${submitted.referralId}:candidate`,
      },
      // A recruiter who refers someone themself needs no message about it.
      recruiters.filter((id) => id !== submitted.referrer.id),
    );
  }
}
