import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import {
  defaultSettings,
  isSettingKey,
  type SettingKey,
  type Settings,
  validateSettingsPatch,
} from '@referrals/domain';
import { AuditService } from '../audit/audit.service';
import { AppError } from '../common/app-error';
import { CLOCK, type Clock } from '../common/clock';
import { SettingEntity } from './entities/setting.entity';

/** The one way to read and change the programme's settings; every change is audited. */
@Injectable()
export class SettingsService {
  constructor(
    @InjectRepository(SettingEntity) private readonly settings: Repository<SettingEntity>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async getAll(): Promise<Settings> {
    const values: Record<string, unknown> = defaultSettings();
    for (const row of await this.settings.find()) {
      // A row left behind by a removed setting is ignored rather than leaking into the typed object.
      if (isSettingKey(row.key)) values[row.key] = row.value;
    }
    return values as Settings;
  }

  async get<K extends SettingKey>(key: K): Promise<Settings[K]> {
    const row = await this.settings.findOneBy({ key });
    return (row ? row.value : defaultSettings()[key]) as Settings[K];
  }

  async update(actorId: string, input: unknown): Promise<Settings> {
    const result = validateSettingsPatch(input);
    if (!result.ok) throw new AppError('validation_failed', 'Some settings are invalid.', result.errors);
    const now = this.clock.now();
    await this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(SettingEntity);
      const current = defaultSettings() as Record<string, unknown>;
      const keys = Object.keys(result.patch);
      for (const row of await repository.createQueryBuilder('s').setLock('pessimistic_write').where('s.key IN (:...keys)', { keys }).getMany()) {
        current[row.key] = row.value;
      }
      for (const [key, value] of Object.entries(result.patch)) {
        if (JSON.stringify(current[key]) === JSON.stringify(value)) continue;
        await repository.upsert({ key, value, updatedAt: now, updatedBy: actorId }, ['key']);
        await this.audit.record(
          { actorId, action: 'setting.changed', entityType: 'setting', entityId: key, before: current[key], after: value },
          manager,
        );
      }
    });
    return this.getAll();
  }
}
