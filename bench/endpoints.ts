import type { Client } from 'pg';
import { Company, DATA_ENDS_AT } from './company-data';

/** Ids the scenarios need, read from the seeded database once per size. */
export interface Fixtures {
  boardVacancyId: string;
  openVacancyIds: string[];
  /** Applications in step `new` on open vacancies with their version: each stage-move request takes the next one. */
  movable: { id: string; version: number }[];
  /** A run-unique tag, so submitted candidates never collide with an earlier run's on a reused database. */
  runTag: string;
}

export async function loadFixtures(client: Client): Promise<Fixtures> {
  // Referrals newer than the generated data were submitted by earlier runs on this database: they are moved
  // back past the 30-day window, so the referral limits never refuse this run's submissions.
  await client.query(`UPDATE referrals SET created_at = created_at - interval '31 days' WHERE created_at > $1`, [new Date(DATA_ENDS_AT)]);
  const seeded = await client.query(`SELECT seed FROM bench.seeded`);
  const company = new Company((seeded.rows[0] as { seed: number }).seed, 1);
  const open = await client.query(`SELECT id FROM vacancies WHERE status = 'open' ORDER BY id LIMIT 500`);
  const movable = await client.query(
    `SELECT a.id, a.version FROM applications a JOIN vacancies v ON v.id = a.vacancy_id
      WHERE a.step = 'new' AND v.status = 'open' ORDER BY a.id LIMIT 200000`,
  );
  return {
    boardVacancyId: company.vacancyId(0),
    openVacancyIds: open.rows.map((row: { id: string }) => row.id),
    movable: movable.rows as { id: string; version: number }[],
    runTag: `${Date.now().toString(36)}`,
  };
}

export interface BenchRequest {
  method: 'GET' | 'POST';
  path: string;
  body?: string;
}

export interface Endpoint {
  name: string;
  kind: 'read' | 'write';
  /** Demo people whose sessions send the requests, round robin. */
  users: readonly string[];
  /** The first user, for single-session tools such as the SQL capture. */
  user: string;
  /** The n-th request of the run (n counts across the API and floor runs, so writes never reuse a row). */
  request(fixtures: Fixtures, n: number): BenchRequest;
}

const SUBMITTERS = ['emma', 'daan', 'lucas', 'noah', 'anna', 'sophie'] as const;

/** The benchmarked reads and writes of the issue, as a browser of each role calls them. */
export const ENDPOINTS: readonly Endpoint[] = [
  {
    name: 'vacancy search',
    kind: 'read',
    users: ['emma'],
    user: 'emma',
    request: () => ({ method: 'GET', path: '/api/vacancies?q=engineer' }),
  },
  {
    name: 'my referrals',
    kind: 'read',
    users: ['emma'],
    user: 'emma',
    request: () => ({ method: 'GET', path: '/api/referrals/mine' }),
  },
  {
    name: 'board (2,000 applications)',
    kind: 'read',
    users: ['sophie'],
    user: 'sophie',
    request: (fixtures) => ({ method: 'GET', path: `/api/vacancies/${fixtures.boardVacancyId}/board` }),
  },
  {
    name: 'candidate list, filtered',
    kind: 'read',
    users: ['sophie'],
    user: 'sophie',
    request: () => ({ method: 'GET', path: '/api/applications?stage=interview' }),
  },
  {
    name: 'HR bonus queue',
    kind: 'read',
    users: ['anna'],
    user: 'anna',
    request: () => ({ method: 'GET', path: '/api/bonuses?state=eligible' }),
  },
  {
    name: 'referral submission',
    kind: 'write',
    users: SUBMITTERS,
    user: 'emma',
    request: (fixtures, n) => ({
      method: 'POST',
      path: '/api/referrals',
      body: JSON.stringify({
        vacancyId: fixtures.openVacancyIds[n % fixtures.openVacancyIds.length],
        candidateName: `Bench Candidate ${n}`,
        candidateEmail: `bench-${fixtures.runTag}-${n}@candidates.example`,
        relationship: 'former_colleague',
        motivation: 'We worked together for years; a great engineer.',
        candidateConsent: true,
      }),
    }),
  },
  {
    name: 'stage move',
    kind: 'write',
    users: ['sophie'],
    user: 'sophie',
    request: (fixtures, n) => {
      const application = fixtures.movable[n % fixtures.movable.length];
      return { method: 'POST', path: `/api/applications/${application.id}/move`, body: JSON.stringify({ toStage: 'screening', version: application.version }) };
    },
  },
];
