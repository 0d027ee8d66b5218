import { Client } from 'pg';
import type { Fixtures } from './endpoints';
import { SQL } from './floor-queries';
import { BOARD_CARDS_PER_COLUMN } from '../libs/contracts/src/pipeline/pipeline-values';
import { END_STATES } from '../libs/domain/src/pipeline/stages';

/** The plans of the benchmarked queries, as EXPLAIN (ANALYZE, BUFFERS) shows them on the big data. */
export async function explainPlans(databaseUrl: string, fixtures: Fixtures): Promise<string> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  const emma = (await client.query(`SELECT id FROM users WHERE email = 'emma.devries@demo.example'`)).rows[0] as { id: string };
  const queries: [string, string, unknown[]][] = [
    ['vacancy search', SQL.vacancySearch, ['open', 'engineer', 21, 0]],
    ['my referrals', SQL.myReferrals, [emma.id, 21, 0]],
    ['board (2,000 applications)', SQL.board, [fixtures.boardVacancyId, BOARD_CARDS_PER_COLUMN, END_STATES]],
    ['candidate list, filtered', SQL.candidateList, ['interview', 26, 0]],
    ['HR bonus queue: page', SQL.bonusList, ['eligible', 26, 0]],
    ['HR bonus queue: totals', SQL.bonusTotals, ['eligible']],
    ['referral submission: limits', SQL.countRecent, [emma.id, new Date()]],
    ['stage move: detail', SQL.applicationDetail, [fixtures.movable[0]?.id ?? '00000000-0000-4000-8000-000000000000']],
    ['every request: session', SQL.session, ['none', String(Math.floor(Date.now() / 1000))]],
  ];
  const out: string[] = [];
  try {
    for (const [name, sql, params] of queries) {
      const plan = await client.query(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`, params);
      out.push(`==== ${name}\n${plan.rows.map((row: Record<string, string>) => row['QUERY PLAN']).join('\n')}\n`);
    }
  } finally {
    await client.end();
  }
  return out.join('\n');
}

