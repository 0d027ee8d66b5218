import { request as httpRequest, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CookieAccessInfo, type CookieJar } from 'cookiejar';
import type { SignedInAgent } from './saml-client';
import type { TestApp } from './test-app';

export interface NotificationStreamReader {
  /** Every unread count pushed so far, oldest first. */
  counts: number[];
  response: IncomingMessage;
  close(): void;
}

/**
 * Opens one person's notification stream (server-sent events) on the test app and collects the unread counts
 * it pushes. By hand over node:http, with the agent's session cookie: supertest cannot read a response that
 * never ends. It asks for compression as browsers do, so a compressed stream would show.
 */
export async function openNotificationStream(testApp: TestApp, person: SignedInAgent): Promise<NotificationStreamReader> {
  const server = testApp.app.getHttpServer();
  if (!server.listening) await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const cookie = (person.agent as unknown as { jar: CookieJar }).jar
    .getCookies(new CookieAccessInfo('127.0.0.1', '/api/notifications/stream', false, false))
    .map((c) => c.toValueString())
    .join('; ');
  const response = await new Promise<IncomingMessage>((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, path: '/api/notifications/stream', headers: { Cookie: cookie, Accept: 'text/event-stream', 'Accept-Encoding': 'gzip, br' } }, resolve);
    req.on('error', reject);
    req.end();
  });
  expect(response.statusCode).toBe(200);
  const counts: number[] = [];
  let buffer = '';
  response.setEncoding('utf8');
  response.on('data', (chunk: string) => {
    buffer += chunk;
    for (let end = buffer.indexOf('\n\n'); end >= 0; end = buffer.indexOf('\n\n')) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      if (/^event: unread$/m.test(block)) counts.push(JSON.parse(block.match(/^data: (.*)$/m)![1]).unread);
    }
  });
  return { counts, response, close: () => response.destroy() };
}
