import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { ProgrammeAcceptanceEntity } from './entities/programme-acceptance.entity';
import { ProgrammeVersionEntity } from './entities/programme-version.entity';

@Injectable()
export class ProgrammeService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Whether a person has accepted the current rules, for the referral submission to check inside its own
   * transaction. With no programme published at all there is nothing to accept.
   */
  async currentAcceptance(userId: string, manager?: EntityManager): Promise<{ version: number | null; accepted: boolean }> {
    const db = manager ?? this.dataSource.manager;
    const latest = await db.getRepository(ProgrammeVersionEntity).find({ order: { version: 'DESC' }, take: 1 });
    const version = latest[0]?.version ?? null;
    if (version === null) return { version: null, accepted: true };
    const accepted = await db.getRepository(ProgrammeAcceptanceEntity).existsBy({ userId, version });
    return { version, accepted };
  }
}
