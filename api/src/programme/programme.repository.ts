import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { ProgrammeAcceptanceEntity } from './entities/programme-acceptance.entity';
import { ProgrammeVersionEntity } from './entities/programme-version.entity';

/** A fixed key for the transaction-scoped advisory lock that orders publications against each other and against acceptances. */
const PROGRAMME_LOCK_KEY = 7_420_001;

export type NewProgrammeVersion = Omit<ProgrammeVersionEntity, 'version'>;

@Injectable()
export class ProgrammeRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private db(manager?: EntityManager): EntityManager {
    return manager ?? this.dataSource.manager;
  }

  /**
   * Publishing takes the lock exclusively, so two HR people publishing at once get consecutive numbers;
   * accepting takes it shared, so nobody accepts a version in the instant it is being superseded.
   */
  async lockForPublishing(manager: EntityManager): Promise<void> {
    await manager.query('SELECT pg_advisory_xact_lock($1)', [PROGRAMME_LOCK_KEY]);
  }

  async lockForAccepting(manager: EntityManager): Promise<void> {
    await manager.query('SELECT pg_advisory_xact_lock_shared($1)', [PROGRAMME_LOCK_KEY]);
  }

  async latest(manager?: EntityManager): Promise<ProgrammeVersionEntity | null> {
    const rows = await this.db(manager).getRepository(ProgrammeVersionEntity).find({ order: { version: 'DESC' }, take: 1 });
    return rows[0] ?? null;
  }

  findVersion(version: number, manager?: EntityManager): Promise<ProgrammeVersionEntity | null> {
    return this.db(manager).getRepository(ProgrammeVersionEntity).findOneBy({ version });
  }

  async insertVersion(manager: EntityManager, version: number, fields: NewProgrammeVersion): Promise<ProgrammeVersionEntity> {
    const repository = manager.getRepository(ProgrammeVersionEntity);
    await repository.insert({ version, ...fields });
    return repository.findOneByOrFail({ version });
  }

  /** Inserts version 1 unless any process already did; true when this call inserted it. */
  async insertFirstVersionIfMissing(manager: EntityManager, fields: NewProgrammeVersion): Promise<boolean> {
    const result = await manager
      .getRepository(ProgrammeVersionEntity)
      .createQueryBuilder()
      .insert()
      .values({ version: 1, ...fields })
      .orIgnore()
      .returning('version')
      .execute();
    return (result.raw as unknown[]).length > 0;
  }

  findAcceptance(userId: string, version: number, manager?: EntityManager): Promise<ProgrammeAcceptanceEntity | null> {
    return this.db(manager).getRepository(ProgrammeAcceptanceEntity).findOneBy({ userId, version });
  }

  /** Records the acceptance unless it exists; true when this call recorded it. */
  async insertAcceptanceIfMissing(manager: EntityManager, acceptance: ProgrammeAcceptanceEntity): Promise<boolean> {
    const result = await manager
      .getRepository(ProgrammeAcceptanceEntity)
      .createQueryBuilder()
      .insert()
      .values(acceptance)
      .orIgnore()
      .returning('version')
      .execute();
    return (result.raw as unknown[]).length > 0;
  }

  /** Every version, newest first, with how many people accepted it: one grouped query. */
  async versionsWithAcceptedCount(): Promise<{ version: ProgrammeVersionEntity; acceptedCount: number }[]> {
    const { entities, raw } = await this.dataSource
      .getRepository(ProgrammeVersionEntity)
      .createQueryBuilder('v')
      .addSelect((sub) => sub.select('count(*)::int').from(ProgrammeAcceptanceEntity, 'a').where('a.version = v.version'), 'accepted_count')
      .orderBy('v.version', 'DESC')
      .getRawAndEntities<{ accepted_count: number }>();
    return entities.map((version, index) => ({ version, acceptedCount: Number(raw[index].accepted_count) }));
  }
}
