import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { LessThan, Repository } from 'typeorm';
import type { CacheItem, CacheProvider } from '@node-saml/node-saml';
import { CLOCK, type Clock } from '../common/clock';
import { ConsumedAssertionEntity } from './entities/consumed-assertion.entity';
import { SamlRequestEntity } from './entities/saml-request.entity';

const REQUEST_LIFETIME_MS = 10 * 60_000;

/** node-saml's InResponseTo cache, kept in PostgreSQL so every replica and restart sees the same requests. */
@Injectable()
export class SamlStateRepository implements CacheProvider {
  constructor(
    @InjectRepository(SamlRequestEntity) private readonly requests: Repository<SamlRequestEntity>,
    @InjectRepository(ConsumedAssertionEntity) private readonly assertions: Repository<ConsumedAssertionEntity>,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async saveAsync(key: string, value: string): Promise<CacheItem | null> {
    const now = this.clock.now();
    await this.requests.insert({ id: key, issuedAt: now, expiresAt: new Date(now.getTime() + REQUEST_LIFETIME_MS) });
    return { value, createdAt: now.getTime() };
  }

  async getAsync(key: string): Promise<string | null> {
    const row = await this.requests.findOneBy({ id: key });
    if (!row || row.expiresAt <= this.clock.now()) return null;
    return row.issuedAt.toISOString();
  }

  async removeAsync(key: string | null): Promise<string | null> {
    if (!key) return null;
    // DELETE ... RETURNING: of two concurrent uses of one request id, only one gets the row.
    const result = await this.requests.createQueryBuilder().delete().where('id = :key', { key }).returning('id').execute();
    return result.raw.length > 0 ? key : null;
  }

  /** Records an assertion as used; false when it was used before (a replay). */
  async consumeAssertion(assertionId: string, expiresAt: Date): Promise<boolean> {
    const result = await this.assertions
      .createQueryBuilder()
      .insert()
      .values({ assertionId, consumedAt: this.clock.now(), expiresAt })
      .orIgnore()
      .returning('assertion_id')
      .execute();
    return result.raw.length > 0;
  }

  /** Housekeeping: forgets requests and assertion ids that can no longer be accepted anyway. */
  async purgeExpired(): Promise<{ requests: number; assertions: number; sessions: number }> {
    const now = this.clock.now();
    const requests = await this.requests.delete({ expiresAt: LessThan(now) });
    const assertions = await this.assertions.delete({ expiresAt: LessThan(now) });
    // user_sessions belongs to connect-pg-simple, which has no entity of ours.
    const sessions = await this.requests.manager
      .createQueryBuilder()
      .delete()
      .from('user_sessions')
      .where('expire < :now', { now })
      .execute();
    return { requests: requests.affected ?? 0, assertions: assertions.affected ?? 0, sessions: sessions.affected ?? 0 };
  }
}
