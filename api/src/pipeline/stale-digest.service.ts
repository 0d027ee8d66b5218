import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { calendarDateIn } from '@referrals/domain';
import { CLOCK, type Clock } from '../common/clock';
import { NotificationOutbox } from '../notifications/notification-outbox.service';
import { SettingsService } from '../settings/settings.service';
import { ApplicationsRepository } from './applications.repository';

export const STALE_DIGEST_JOB = 'pipeline.stale-candidates-digest';

/** A digest names the longest-waiting few; the link opens the full "stale" list. */
const NAMES_PER_DIGEST = 10;

/**
 * Once a working day, each recruiter hears which of their candidates wait too long: one message, not one per
 * candidate. The key holds the day, so a re-run of the job that day tells nobody twice.
 */
@Injectable()
export class StaleDigestService {
  constructor(
    private readonly applications: ApplicationsRepository,
    private readonly outbox: NotificationOutbox,
    private readonly settings: SettingsService,
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async sendDigests(): Promise<{ recruiters: number }> {
    const now = this.clock.now();
    const today = calendarDateIn(await this.settings.get('companyTimeZone'), now);
    const groups = await this.applications.staleByRecruiter(NAMES_PER_DIGEST);
    let notified = 0;
    await this.dataSource.transaction(async (manager) => {
      for (const group of groups) {
        notified += await this.outbox.notify(
          manager,
          {
            event: 'stale_candidates',
            params: {
              count: group.count,
              candidates: group.candidates.map((candidate) => ({
                candidateName: candidate.candidateName,
                vacancyTitle: candidate.vacancyTitle,
                waitingDays: Math.floor((now.getTime() - Date.parse(candidate.waitingSince)) / 86_400_000),
              })),
            },
            link: '/pipeline?stale=true',
            key: `stale-digest:${today}`,
          },
          [group.recruiterId],
        );
      }
    });
    return { recruiters: notified };
  }
}
