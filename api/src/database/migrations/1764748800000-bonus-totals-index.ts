import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The HR queue shows the total of every bonus its filter matches, usually one state. Summed from the heap,
 * the eligible bonuses of a large company are thousands of scattered rows (70 ms cold at 1,000,000
 * referrals, in bench/results/*-plans.txt); with the amount in the index the sum is an index-only scan.
 */
export class BonusTotalsIndex1764748800000 implements MigrationInterface {
  name = 'BonusTotalsIndex1764748800000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE INDEX bonuses_state_totals_idx ON bonuses (state, currency) INCLUDE (amount_minor)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX bonuses_state_totals_idx`);
  }
}
