import 'reflect-metadata';
import { createHash } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { Logger } from '@nestjs/common';
import fc from 'fast-check';
import request, { type Response, type Test } from 'supertest';
import { PERMISSIONS, type Permission, type PayrollBatchResponse, type VacancyResponse } from '@referrals/contracts';
import { BonusesService } from '../../src/bonuses/bonuses.service';
import { appRoutes, type AppRoute, routeKey } from '../support/app-routes';
import { elfExecutable, minimalPdf } from '../support/cv-fixtures';
import { type FuzzBody, fuzzBody, fuzzQuery, pathSegment, routeInputs } from '../support/fuzz-arbitraries';
import { moveTo, referCandidate } from '../support/pipeline-fixtures';
import { acceptRules, openVacancy, submitReferral } from '../support/referral-fixtures';
import { signIn, type SignedInAgent } from '../support/saml-client';
import { createTestApp, type TestApp } from '../support/test-app';
import { zipBombDocx } from '../support/zip-bomb';

/** Fixed, so a run is repeatable; `FUZZ_SEED=<n>` explores elsewhere, locally. */
const SEED = Number(process.env['FUZZ_SEED'] ?? 20_261_204);
/** Requests per route: some 1,600 in all over 80-odd routes. `FUZZ_RUNS=500` fuzzes deeper, locally. */
const RUNS_PER_ROUTE = Number(process.env['FUZZ_RUNS'] ?? 20);
/** Logging out needs a fresh session for every run, so it gets fewer. */
const RUNS_FOR_LOGOUT = 6;
/** The live notification stream never ends; its guard and query are the same as the inbox list's. */
const NOT_FUZZED = new Set(['GET /api/notifications/stream']);

/** Who calls a route: someone it allows, so requests reach validation and the service, not just the guard. */
const PERSONA_ROLES = { sophie: 'recruiter', anna: 'hr', noah: 'admin' } as const;
type Persona = keyof typeof PERSONA_ROLES | 'daan' | 'anonymous';

function personaFor(route: AppRoute): Persona {
  if (route.isPublic) return 'anonymous';
  if (routeKey(route) === 'POST /api/auth/logout') return 'daan';
  if (!route.permission) return 'sophie';
  const allowed: readonly string[] = PERMISSIONS[route.permission as Permission];
  const persona = (Object.keys(PERSONA_ROLES) as (keyof typeof PERSONA_ROLES)[]).find((key) => allowed.includes(PERSONA_ROLES[key]) || allowed.includes('employee'));
  if (!persona) throw new Error(`No persona may call ${routeKey(route)} (${route.permission})`);
  return persona;
}

/**
 * The fingerprint taken after every request: per table of the public schema its row count and an
 * order-independent sum of a 64-bit hash of each row's text, plus the files stored under DATA_DIR/uploads.
 * Left out, because a refused request changes them by design:
 * - user_sessions: sessions are rolling, so every request, refused or not, moves its session's expiry;
 * - audit_log rows of `auth.login_refused` and `auth.session_expired`: refused sign-ins and sessions ended at
 *   the gate are audited on purpose (only those rows; every other audit row counts).
 * Everything else (business data, stored files, SAML request ids and consumed assertions, settings, outbox)
 * must stay exactly as it was after any 4xx.
 */
const FINGERPRINT_EXCLUDED_TABLES = new Set(['user_sessions']);
const FINGERPRINT_ROW_FILTER: Record<string, string> = { audit_log: `WHERE action NOT IN ('auth.login_refused', 'auth.session_expired')` };

interface Violation {
  request: string;
  status: number;
  problem: string;
}

describe('malformed input on every route', () => {
  let testApp: TestApp;
  const agents = {} as Record<Exclude<Persona, 'anonymous'>, SignedInAgent>;
  let existingIds: string[] = [];
  let batch: PayrollBatchResponse;
  let vacancy: VacancyResponse;
  let fingerprintSql = '';
  let baseUrl = '';

  const count = async (sql: string) => Number((await testApp.dataSource.query(sql))[0].n);
  const storedUploads = async (): Promise<string[]> => {
    const walk = async (dir: string): Promise<string[]> => {
      const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
      const nested = await Promise.all(entries.map((entry) => (entry.isDirectory() ? walk(join(dir, entry.name)) : Promise.resolve([join(dir, entry.name)]))));
      return nested.flat();
    };
    return (await walk(join(testApp.dataDir, 'uploads'))).sort();
  };
  const fingerprint = async (): Promise<string> => {
    const [rows, files] = await Promise.all([testApp.dataSource.query(fingerprintSql) as Promise<{ t: string; n: string; h: string }[]>, storedUploads()]);
    return [...rows.map((row) => `${row.t}:${row.n}:${row.h}`), `uploads:${files.length}:${files.join(',')}`].join('\n');
  };

  /** The server's own account of each 5xx, by request id, so a failure names its cause. */
  const serverErrorCauses = new Map<string, string>();

  beforeAll(async () => {
    jest.spyOn(Logger.prototype, 'error').mockImplementation((entry: unknown) => {
      const { err, requestId } = (entry ?? {}) as { err?: Error; requestId?: string };
      if (requestId && err) serverErrorCauses.set(requestId, `${err.name}: ${err.message} ${err.stack?.split('\n').slice(1, 4).join(' ') ?? ''}`);
    });
    testApp = await createTestApp();
    // Listening once: handed the bare server, supertest would open and close a port for every request.
    await testApp.app.listen(0, '127.0.0.1');
    baseUrl = await testApp.app.getUrl();
    const [sophie, anna, noah, emma, daan] = await Promise.all(['sophie', 'anna', 'noah', 'emma', 'daan'].map((key) => signIn(baseUrl, key)));
    Object.assign(agents, { sophie, anna, noah, daan });
    await noah.agent.patch('/api/settings').set('X-XSRF-TOKEN', noah.csrfToken).send({ maxReferralsPerDay: 1000, maxReferralsPer30Days: 10_000 }).expect(200);
    await Promise.all([emma, sophie].map(acceptRules));
    // Real rows behind some of the ids the fuzzer tries: a vacancy, referrals, a hire, its bonus in a payroll batch.
    vacancy = await openVacancy(sophie, { probationMonths: 2 });
    const hiredApplication = await referCandidate(testApp, emma, vacancy, true);
    const hire = (await moveTo(sophie, hiredApplication, 'hired', { startDate: '2026-09-01' })).hire;
    const bonusId = hire?.bonus?.id;
    if (!hire || !bonusId) throw new Error('The hire made no bonus');
    const openApplication = await referCandidate(testApp, emma, vacancy, true);
    testApp.clock.set(new Date('2026-11-25T10:00:00Z'));
    await testApp.app.get(BonusesService).markDueBonusesEligible();
    await anna.agent.post(`/api/bonuses/${bonusId}/approve`).set('X-XSRF-TOKEN', anna.csrfToken).send({}).expect(200);
    batch = (await anna.agent.post('/api/payroll-batches').set('X-XSRF-TOKEN', anna.csrfToken).send({}).expect(201)).body;
    testApp.clock.reset();
    const ids = await testApp.dataSource.query(
      `SELECT id::text FROM referrals UNION ALL SELECT id::text FROM applications UNION ALL SELECT id::text FROM hires
       UNION ALL SELECT id::text FROM notifications UNION ALL SELECT id::text FROM reject_reasons LIMIT 40`,
    );
    const emmaId = (await emma.agent.get('/api/me').expect(200)).body.id as string;
    existingIds = [vacancy.id, batch.id, hire.id, bonusId, openApplication, emmaId, ...ids.map((row: { id: string }) => row.id)];

    const tables: { name: string }[] = await testApp.dataSource.query(
      `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1`,
    );
    fingerprintSql = tables
      .filter((table) => !FINGERPRINT_EXCLUDED_TABLES.has(table.name))
      .map(
        (table) =>
          `SELECT '${table.name}' AS t, count(*) AS n, coalesce(sum(hashtextextended(r::text, 0)), 0) AS h FROM "${table.name}" r ${FINGERPRINT_ROW_FILTER[table.name] ?? ''}`,
      )
      .join(' UNION ALL ');
  });
  afterAll(() => testApp?.close());

  /** Sends one fuzzed request as it is; supertest's own JSON handling would smooth over the malformed parts. */
  function send(persona: Persona, method: string, url: string, body: FuzzBody) {
    const agent = persona === 'anonymous' ? null : agents[persona];
    const base = (agent ? agent.agent : request(baseUrl)) as unknown as Record<string, (url: string) => Test>;
    let test = base[method.toLowerCase()](url);
    if (agent && method !== 'GET') test = test.set('X-XSRF-TOKEN', agent.csrfToken);
    switch (body.kind) {
      case 'none':
        return test;
      case 'json':
        return test.set('Content-Type', 'application/json').send(JSON.stringify(body.value) ?? 'null');
      case 'raw':
        return test.set('Content-Type', body.contentType).send(body.text);
      case 'multipart':
        for (const [name, value] of body.fields) test = test.field(name, value);
        for (const file of body.files) test = test.attach(file.field || 'file', file.data, { filename: file.name || 'x', contentType: file.contentType });
        return test;
    }
  }

  /** A response that is acceptable for any input: never a 5xx, and every refusal as problem+json. */
  function problemWith(response: Response): string | null {
    if (response.status >= 500) return `server error: ${serverErrorCauses.get(String(response.headers['x-request-id'])) ?? response.text.slice(0, 300)}`;
    if (response.status < 400) return null;
    const type = String(response.headers['content-type'] ?? '');
    if (!type.startsWith('application/problem+json')) return `refusal is ${type || 'without a content type'}: ${response.text.slice(0, 200)}`;
    let problem: Record<string, unknown>;
    try {
      problem = JSON.parse(response.text);
    } catch {
      return 'problem body is not JSON';
    }
    if (typeof problem['type'] !== 'string' || typeof problem['title'] !== 'string' || typeof problem['code'] !== 'string' || problem['status'] !== response.status) {
      return `problem body lacks its members: ${response.text.slice(0, 200)}`;
    }
    return null;
  }

  describe('uploads', () => {
    const noTraceOf = async (action: () => Promise<Response>, expected: { status: number; code: string }) => {
      const [referrals, candidates, files, disk] = await Promise.all([
        count('SELECT count(*) AS n FROM referrals'),
        count('SELECT count(*) AS n FROM candidates'),
        count('SELECT count(*) AS n FROM stored_files'),
        storedUploads(),
      ]);
      const dbBefore = await fingerprint();
      const response = await action();
      expect({ status: response.status, code: response.body?.code }).toEqual(expected);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(await count('SELECT count(*) AS n FROM referrals')).toBe(referrals);
      expect(await count('SELECT count(*) AS n FROM candidates')).toBe(candidates);
      expect(await count('SELECT count(*) AS n FROM stored_files')).toBe(files);
      expect(await storedUploads()).toEqual(disk);
      expect(await fingerprint()).toBe(dbBefore);
    };
    let sequence = 0;
    const refer = (cv: { data: Buffer; fileName: string }) => {
      sequence += 1;
      return submitReferral(agents.sophie, { vacancyId: vacancy.id, candidateEmail: `upload-${sequence}@mail.example` }, cv);
    };
    const confirm = (data: Buffer, fileName: string) =>
      agents.anna.agent.post(`/api/payroll-batches/${batch.id}/confirmation`).set('X-XSRF-TOKEN', agents.anna.csrfToken).attach('file', data, fileName);
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(200, 7)]);

    it('refuses a CV whose bytes are not a PDF or DOCX, whatever its name says', async () => {
      await noTraceOf(() => refer({ data: elfExecutable(), fileName: 'cv.pdf' }), { status: 415, code: 'file_type_unsupported' });
      await noTraceOf(() => refer({ data: png, fileName: 'cv.pdf' }), { status: 415, code: 'file_type_unsupported' });
      await noTraceOf(() => refer({ data: Buffer.from('MZ\x90\x00\x03'), fileName: 'cv.docx' }), { status: 415, code: 'file_type_unsupported' });
    });

    it('refuses a DOCX that would inflate to gigabytes, from its directory alone', async () => {
      const bomb = zipBombDocx();
      expect(bomb.length).toBeLessThan(10 * 1024 * 1024);
      await noTraceOf(() => refer({ data: bomb, fileName: 'cv.docx' }), { status: 415, code: 'file_type_unsupported' });
    });

    it('refuses an empty CV with 400 and one over the size setting with 413', async () => {
      await noTraceOf(() => refer({ data: Buffer.alloc(0), fileName: 'cv.pdf' }), { status: 400, code: 'validation_failed' });
      const limit = (await agents.noah.agent.get('/api/settings').expect(200)).body.values.cvMaxBytes as number;
      const oversized = Buffer.concat([minimalPdf(), Buffer.alloc(limit, 0x20)]);
      await noTraceOf(() => refer({ data: oversized, fileName: 'cv.pdf' }), { status: 413, code: 'payload_too_large' });
    });

    it('refuses a CV beyond what the server reads into memory with 413', async () => {
      const beyondCap = Buffer.concat([minimalPdf(), Buffer.alloc(50 * 1024 * 1024, 0x20)]);
      await noTraceOf(() => refer({ data: beyondCap, fileName: 'cv.pdf' }), { status: 413, code: 'payload_too_large' });
    });

    it('accepts the same referral with a real PDF, so the refusals above were about the file', async () => {
      const response = await refer({ data: minimalPdf(), fileName: 'cv.pdf' });
      expect(response.status).toBe(201);
    });

    it('refuses a payroll confirmation that is empty, binary, a zip bomb or oversized, storing nothing and paying nobody', async () => {
      const paid = async () => count(`SELECT count(*) AS n FROM bonuses WHERE state = 'paid'`);
      const paidBefore = await paid();
      const confirmations = async () => count('SELECT count(*) AS n FROM payroll_confirmations');
      const confirmationsBefore = await confirmations();
      await noTraceOf(() => confirm(Buffer.alloc(0), 'confirmation.csv'), { status: 400, code: 'validation_failed' });
      await noTraceOf(() => confirm(png, 'confirmation.csv'), { status: 415, code: 'file_type_unsupported' });
      await noTraceOf(() => confirm(elfExecutable(), 'confirmation.csv'), { status: 415, code: 'file_type_unsupported' });
      await noTraceOf(() => confirm(zipBombDocx(64), 'confirmation.csv'), { status: 415, code: 'file_type_unsupported' });
      await noTraceOf(() => confirm(Buffer.alloc(5 * 1024 * 1024 + 1, 0x41), 'confirmation.csv'), { status: 413, code: 'payload_too_large' });
      expect(await paid()).toBe(paidBefore);
      expect(await confirmations()).toBe(confirmationsBefore);
    });
  });

  it('refuses what the middleware cannot read with a 4xx problem: a body in an unknown charset, a broken percent-escape, a head past 16 KB', async () => {
    const noah = agents.noah;
    const charset = await noah.agent.patch('/api/settings').set('X-XSRF-TOKEN', noah.csrfToken).set('Content-Type', 'application/json; charset=bogus').send('{}');
    const escape = await noah.agent.get('/api/vacancies/%E0%A4%A');
    const longHead = await request(baseUrl).get(`/api/vacancies?q=${'a'.repeat(20_000)}`);
    const nul = await noah.agent.patch('/api/me').set('X-XSRF-TOKEN', noah.csrfToken).send({ locale: 'nl\u0000' });
    for (const [response, status] of [[charset, 415], [escape, 400], [longHead, 431], [nul, 400]] as const) {
      expect(response.status).toBe(status);
      expect(problemWith(response)).toBeNull();
    }
  });

  it('answers every fuzzed request below 500, refusals as problem+json, and refused requests change nothing', async () => {
    const routes = appRoutes(testApp.app).filter((route) => !NOT_FUZZED.has(routeKey(route)));
    const violations: Violation[] = [];
    const statuses = new Map<number, number>();
    let total = 0;
    let sessionsRenewed = 0;
    let before = await fingerprint();

    for (const route of routes) {
      const key = routeKey(route);
      const persona = personaFor(route);
      const inputs = routeInputs(testApp.app, route);
      const fuzzedRequest = fc.record({
        params: fc.tuple(...inputs.params.map((param) => pathSegment(param.kind, existingIds))),
        query: fc.option(fuzzQuery(inputs), { freq: 2 }),
        body: route.method === 'GET' || route.method === 'HEAD' ? fc.constant<FuzzBody>({ kind: 'none' }) : fuzzBody(inputs, key),
      });
      // Writes are checked request by request; a read route (which writes at most an audit entry when it
      // answers) once over all its runs, which halves the time spent on fingerprints.
      const reads = route.method === 'GET';
      let everyReadRefused = true;
      const seed = SEED ^ createHash('sha1').update(key).digest().readInt32LE(0);
      // The property records what is wrong instead of throwing: one run then reports every route's failures
      // (and the total count of 5xx), not just the first, and no state-changing request is replayed to shrink.
      await fc.assert(
        fc.asyncProperty(fuzzedRequest, async ({ params, query, body }) => {
          let index = 0;
          const path = route.path.replace(/:\w+/g, () => params[index++].raw);
          const url = query ? `${path}?${query}` : path;
          const response = await send(persona, route.method, url, body);
          total += 1;
          statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
          const described = `${route.method} ${url.slice(0, 160)} as ${persona} with ${describeBody(body)}`;
          const problem = problemWith(response);
          if (problem) violations.push({ request: described, status: response.status, problem });
          if (reads) {
            everyReadRefused &&= response.status >= 400;
          } else {
            const after = await fingerprint();
            if (response.status >= 400 && after !== before) {
              violations.push({ request: described, status: response.status, problem: `refused but changed the database:\n${diff(before, after)}` });
            }
            before = after;
          }
          // Logging out ends the session on purpose; a fuzzed setting (a short idle timeout) may end one too.
          if (persona !== 'anonymous' && (response.status === 401 || (persona === 'daan' && response.status < 400))) {
            sessionsRenewed += 1;
            agents[persona] = await signIn(baseUrl, persona);
            before = await fingerprint();
          }
        }),
        { seed, numRuns: key === 'POST /api/auth/logout' ? RUNS_FOR_LOGOUT : RUNS_PER_ROUTE, endOnFailure: true },
      );
      if (reads) {
        const after = await fingerprint();
        if (everyReadRefused && after !== before) violations.push({ request: key, status: 400, problem: `refused reads changed the database:\n${diff(before, after)}` });
        before = after;
      }
    }

    const serverErrors = [...statuses].filter(([status]) => status >= 500).reduce((sum, [, n]) => sum + n, 0);
    process.stdout.write(
      `fuzzing: ${total} requests on ${routes.length} routes; 5xx: ${serverErrors}; sessions renewed: ${sessionsRenewed}; statuses ${JSON.stringify(Object.fromEntries([...statuses].sort(([a], [b]) => a - b)))}\n`,
    );
    expect(violations.slice(0, 20)).toEqual([]);
    expect(serverErrors).toBe(0);
  }, 300_000);
});

function describeBody(body: FuzzBody): string {
  switch (body.kind) {
    case 'none':
      return 'no body';
    case 'json':
      return `JSON ${(JSON.stringify(body.value) ?? 'undefined').slice(0, 160)}`;
    case 'raw':
      return `${body.contentType || 'no type'}: ${String(body.text).slice(0, 80)}`;
    case 'multipart':
      return `multipart ${JSON.stringify(body.fields).slice(0, 120)} files ${body.files.map((file) => `${file.field}=${file.name.slice(0, 20)}`).join(',')}`;
  }
}

function diff(before: string, after: string): string {
  const old = new Set(before.split('\n'));
  return after
    .split('\n')
    .filter((line) => !old.has(line))
    .map((line) => line.split(':')[0])
    .join(', ');
}
