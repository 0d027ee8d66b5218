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

/**
 * How long read settings are trusted. Every signed-in request reads them (the session limits), so they
 * are kept briefly; a change made here is seen at once, one made by another instance within this time.
 */
export const SETTINGS_CACHE_MS = 5_000;

/** The one way to read and change the programme's settings; every change is audited. */
@Injectable()
export class SettingsService {
  private cached: { settings: Promise<Readonly<Settings>>; loadedAt: number } | null = null;

  constructor(
    @InjectRepository(SettingEntity) private readonly settings: Repository<SettingEntity>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** The settings, shared by all callers until they are changed or SETTINGS_CACHE_MS old (hence frozen). */
  getAll(): Promise<Readonly<Settings>> {
    // Monotonic process time, not the injected clock: this is how old the copy is, not a business date.
    const now = performance.now();
    if (this.cached && now - this.cached.loadedAt < SETTINGS_CACHE_MS) return this.cached.settings;
    const entry = { settings: this.load(), loadedAt: now };
    this.cached = entry;
    // A failed read is not kept; its callers see the error.
    entry.settings.catch(() => {
      if (this.cached === entry) this.cached = null;
    });
    return entry.settings;
  }

  async get<K extends SettingKey>(key: K): Promise<Settings[K]> {
    return (await this.getAll())[key];
  }

  private async load(): Promise<Readonly<Settings>> {
    const values: Record<string, unknown> = defaultSettings();
    for (const row of await this.settings.find()) {
      // A row left behind by a removed setting is ignored rather than leaking into the typed object.
      if (isSettingKey(row.key)) values[row.key] = row.value;
    }
    return Object.freeze(values as Settings);
  }

  async update(actorId: string, input: unknown): Promise<Readonly<Settings>> {
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
    // After the commit: a read begun meanwhile is dropped with the old copy.
    this.cached = null;
    return this.getAll();
  }
}
