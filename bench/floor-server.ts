/**
 * The floor: a bare node:http server running exactly the API's SQL (bench/floor-queries.ts) through a pg Pool
 * of the API's size, with no framework, validation, guards or mapping. What the API achieves relative to this
 * is the framework's cost. Started as its own process by bench/run.ts: `DATABASE_URL=… PORT=… node -r
 * @swc-node/register bench/floor-server.ts`.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { randomUUID } from 'node:crypto';
import { Pool } from 'pg';
import { FLOOR_HANDLERS, withSession } from './floor-queries';

const pool = new Pool({ connectionString: process.env['DATABASE_URL'], max: 20, application_name: 'referral-portal-floor' });

const ROUTES: { method: string; pattern: RegExp; endpoint: string }[] = [
  { method: 'GET', pattern: /^\/api\/vacancies\?q=/, endpoint: 'vacancy search' },
  { method: 'GET', pattern: /^\/api\/referrals\/mine$/, endpoint: 'my referrals' },
  { method: 'GET', pattern: /^\/api\/vacancies\/([0-9a-f-]{36})\/board$/, endpoint: 'board (2,000 applications)' },
  { method: 'GET', pattern: /^\/api\/applications\?stage=/, endpoint: 'candidate list, filtered' },
  { method: 'GET', pattern: /^\/api\/bonuses\?state=/, endpoint: 'HR bonus queue' },
  { method: 'POST', pattern: /^\/api\/referrals$/, endpoint: 'referral submission' },
  { method: 'POST', pattern: /^\/api\/applications\/([0-9a-f-]{36})\/move$/, endpoint: 'stage move' },
];

/** express-session's cookie is `s:<id>.<signature>`; the floor takes the id (it skips the HMAC check). */
function sessionIdOf(request: IncomingMessage): string | null {
  const cookie = /(?:^|;\s*)referrals\.sid=([^;]+)/.exec(request.headers.cookie ?? '')?.[1];
  if (!cookie) return null;
  const value = decodeURIComponent(cookie);
  return value.startsWith('s:') ? value.slice(2, value.lastIndexOf('.')) : null;
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let body = '';
    request.setEncoding('utf8');
    request.on('data', (chunk: string) => (body += chunk));
    request.on('end', () => resolve(body));
    request.on('error', reject);
  });
}

function send(response: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
  response.end(text);
}

const server = createServer((request, response) => {
  void (async () => {
    const url = request.url ?? '/';
    const route = ROUTES.find((candidate) => candidate.method === request.method && candidate.pattern.test(url));
    if (!route) return send(response, 404, { title: 'Not found' });
    const sessionId = sessionIdOf(request);
    if (!sessionId) return send(response, 401, { title: 'Please sign in.' });
    const body = request.method === 'POST' ? (JSON.parse((await readBody(request)) || '{}') as Record<string, unknown>) : {};
    const id = route.pattern.exec(url)?.[1] ?? null;
    const result = await withSession(pool, sessionId, (userId) =>
      FLOOR_HANDLERS[route.endpoint](pool, { sessionId, userId, body, id, requestId: randomUUID() }),
    );
    if (result === null) return send(response, 401, { title: 'Please sign in.' });
    send(response, request.method === 'POST' && route.endpoint === 'referral submission' ? 201 : 200, result);
  })().catch((error: unknown) => send(response, 500, { title: String((error as Error)?.message ?? error) }));
});

server.listen(Number(process.env['PORT'] ?? 0), '127.0.0.1', () => {
  const address = server.address();
  process.stdout.write(`floor listening on ${typeof address === 'object' && address ? address.port : '?'}\n`);
});
process.once('SIGTERM', () => {
  server.close();
  void pool.end().then(() => process.exit(0));
});
