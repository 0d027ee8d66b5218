import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes the benchmark's query plans asked for (bench/results/*-plans.txt). The candidate list filtered by a
 * stage read every application and sorted a stage's share of them (a parallel sequential scan and an
 * on-disk sort at 1,000,000 applications); with the stage first and the list's order after it, a page is
 * the first rows of one index range.
 */
export class ListIndexes1764662411000 implements MigrationInterface {
  name = 'ListIndexes1764662411000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE INDEX applications_stage_queue_idx ON applications (stage, stage_entered_at, id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX applications_stage_queue_idx`);
  }
}
