import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { CLOCK, type Clock } from '../common/clock';
import { SettingsService } from '../settings/settings.service';
import { DEFAULT_CHANGE_SUMMARY, defaultProgramme } from './default-programme';
import { ProgrammeRepository } from './programme.repository';

/**
 * A portal without rules cannot take referrals that employees accepted, so a fresh installation publishes
 * version 1 itself. Several processes may start at once: the insert is ON CONFLICT DO NOTHING.
 */
@Injectable()
export class DefaultProgrammePublisher implements OnApplicationBootstrap {
  private readonly logger = new Logger(DefaultProgrammePublisher.name);

  constructor(
    private readonly programme: ProgrammeRepository,
    private readonly settings: SettingsService,
    private readonly audit: AuditService,
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (await this.programme.latest()) return;
    const texts = defaultProgramme(await this.settings.getAll());
    await this.dataSource.transaction(async (manager) => {
      await this.programme.lockForPublishing(manager);
      const inserted = await this.programme.insertFirstVersionIfMissing(manager, {
        ...texts,
        changeSummary: DEFAULT_CHANGE_SUMMARY,
        publishedBy: null,
        publishedAt: this.clock.now(),
      });
      if (!inserted) return;
      await this.audit.record(
        { actorId: null, action: 'programme.published', entityType: 'programme', entityId: '1', after: { version: 1, changeSummary: DEFAULT_CHANGE_SUMMARY } },
        manager,
      );
      this.logger.log('Published the default programme rules as version 1');
    });
  }
}
