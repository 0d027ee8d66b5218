import { Inject, Injectable } from '@nestjs/common';
import { CLOCK, type Clock } from '../common/clock';
import { SettingsService } from '../settings/settings.service';
import { ApplicationsRepository } from './applications.repository';

export const FLAG_STALE_CANDIDATES_JOB = 'pipeline.flag-stale-candidates';

/**
 * Flags candidates idle in one step longer than the setting, so their recruiter finds them in the list's
 * "stale" filter and on the board. A move clears the flag; a raised setting lowers flags it no longer supports.
 */
@Injectable()
export class StaleFlagsService {
  constructor(
    private readonly applications: ApplicationsRepository,
    private readonly settings: SettingsService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async flagIdleCandidates(): Promise<{ flagged: number; cleared: number }> {
    const now = this.clock.now();
    const idleSince = new Date(now.getTime() - (await this.settings.get('staleAfterDays')) * 86_400_000);
    const cleared = await this.applications.unflagFresh(idleSince);
    const flagged = await this.applications.flagStale(idleSince, now);
    return { flagged, cleared };
  }
}
