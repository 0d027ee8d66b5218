import type { NotificationEvent } from '@referrals/contracts';
import { EmailDeliveryRepository } from '../../src/notifications/email/email-delivery.repository';
import { type DeliveryRound, EmailDeliveryWorker } from '../../src/notifications/email/email-delivery.worker';
import { NotificationOutbox } from '../../src/notifications/notification-outbox.service';
import { NotificationRenderer } from '../../src/notifications/templates/notification-renderer';
import { demoUser, signIn, type SignedInAgent } from '../support/saml-client';
import { SmtpTestServer } from '../support/smtp-test-server';
import { createTestApp, type TestApp } from '../support/test-app';

const MINUTE_MS = 60_000;

const STATUS_PARAMS = { candidateName: 'Fleur Hendriks', vacancyTitle: 'Backend developer', status: 'interviewing' };
const PAID_PARAMS = {
  candidateName: 'Fleur Hendriks',
  vacancyTitle: 'Backend developer',
  bonusAmountMinor: 150000,
  bonusCurrency: 'EUR',
  paidOn: '2025-06-30',
};

let keySequence = 0;

/** Writes notifications the way every event does: through the outbox, in a transaction of its own. */
async function notify(
  testApp: TestApp,
  event: NotificationEvent,
  recipientIds: string[],
  params: Record<string, unknown> = event === 'bonus_paid' ? PAID_PARAMS : STATUS_PARAMS,
): Promise<void> {
  const outbox = testApp.app.get(NotificationOutbox);
  const key = `delivery-test:${++keySequence}`;
  await testApp.dataSource.transaction((manager) => outbox.notify(manager, { event, params, link: '/my-referrals', key }, recipientIds));
}

/** Rounds until one finds nothing due; the totals of all of them. */
async function deliverAll(testApp: TestApp): Promise<DeliveryRound> {
  const worker = testApp.app.get(EmailDeliveryWorker);
  const total: DeliveryRound = { sent: 0, retried: 0, failed: 0 };
  for (let round = 0; round < 100; round++) {
    const result = await worker.deliverDue();
    if (result.sent + result.retried + result.failed === 0) return total;
    total.sent += result.sent;
    total.retried += result.retried;
    total.failed += result.failed;
  }
  throw new Error('delivery never settled');
}

function advanceClock(testApp: TestApp, milliseconds: number): Date {
  const next = new Date(testApp.clock.now().getTime() + milliseconds);
  testApp.clock.set(next);
  return next;
}

async function userIdOf(session: SignedInAgent): Promise<string> {
  return (await session.agent.get('/api/me').expect(200)).body.id;
}

async function setPreferences(session: SignedInAgent, language: 'en' | 'nl', emailOff: NotificationEvent[] = []): Promise<void> {
  await session.agent.put('/api/me/preferences').set('X-XSRF-TOKEN', session.csrfToken).send({ language, emailOff }).expect(200);
}

function countBy<T>(values: T[]): Map<T, number> {
  const counts = new Map<T, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}

describe('mail delivery through a real SMTP server', () => {
  let smtp: SmtpTestServer;
  let testApp: TestApp;
  let emma: SignedInAgent;
  let daan: SignedInAgent;
  let anna: SignedInAgent;
  let emmaId: string;
  let daanId: string;
  const emmaAddress = demoUser('emma').email;
  const daanAddress = demoUser('daan').email;

  beforeAll(async () => {
    smtp = await SmtpTestServer.start();
    testApp = await createTestApp({ env: { SMTP_URL: smtp.url } });
    emma = await signIn(testApp, 'emma');
    daan = await signIn(testApp, 'daan');
    anna = await signIn(testApp, 'anna');
    emmaId = await userIdOf(emma);
    daanId = await userIdOf(daan);
    // From here time moves only when a test moves it (sign-in checks its assertions against real time).
    testApp.clock.set(new Date());
  });

  beforeEach(async () => {
    // Each test starts from an empty queue and an empty server.
    await smtp.startAgain();
    await deliverAll(testApp);
    smtp.received.length = 0;
    // A minute on, so each test's mail is the newest.
    advanceClock(testApp, MINUTE_MS);
  });

  afterAll(async () => {
    await testApp?.close();
    await smtp?.stop();
  });

  it('sends each person their mail in the language they chose, with a stable Message-ID', async () => {
    await setPreferences(emma, 'nl');
    await setPreferences(daan, 'en');
    await notify(testApp, 'referral_status_changed', [emmaId, daanId]);

    expect(await deliverAll(testApp)).toEqual({ sent: 2, retried: 0, failed: 0 });

    const renderer = testApp.app.get(NotificationRenderer);
    const [dutch, english] = await renderer.renderMany(
      (['nl', 'en'] as const).map((language) => ({
        event: 'referral_status_changed' as const,
        params: STATUS_PARAMS,
        language,
        recipientName: 'x',
        link: '/my-referrals',
      })),
    );
    expect(dutch.subject).not.toEqual(english.subject);

    const [toEmma] = smtp.mailTo(emmaAddress);
    const [toDaan] = smtp.mailTo(daanAddress);
    expect(smtp.received).toHaveLength(2);
    expect(toEmma).toMatchObject({ to: [emmaAddress], subject: dutch.subject, language: 'nl' });
    expect(toDaan).toMatchObject({ to: [daanAddress], subject: english.subject, language: 'en' });
    expect(toEmma.text).toContain('Fleur Hendriks');
    expect(toEmma.html).toContain('Fleur Hendriks');

    const rows: { id: string; to_address: string; state: string; transport: string; language: string; subject: string; sent_at: Date }[] =
      await testApp.dataSource.query(
        `SELECT d.id, d.to_address, d.state, d.transport, d.language, d.subject, d.sent_at FROM email_deliveries d
         JOIN notifications n ON n.id = d.notification_id WHERE n.recipient_id = $1 ORDER BY d.created_at DESC LIMIT 1`,
        [emmaId],
      );
    expect(rows[0]).toMatchObject({ state: 'sent', transport: 'smtp', language: 'nl', subject: dutch.subject });
    expect(rows[0].sent_at).toEqual(testApp.clock.now());
    expect(toEmma.messageId).toBe(`<${rows[0].id}@portal.test>`);
  });

  it('keeps 50 mails while the server is down and sends each exactly once when it is back', async () => {
    await smtp.stop();
    for (let index = 0; index < 25; index++) await notify(testApp, 'referral_status_changed', [emmaId, daanId]);

    const down = await deliverAll(testApp);
    expect(down).toEqual({ sent: 0, retried: 50, failed: 0 });
    expect(smtp.received).toHaveLength(0);
    const waiting: { state: string; attempts: number; next_attempt_at: Date; locked_until: Date | null; last_error: string }[] =
      await testApp.dataSource.query(`SELECT state, attempts, next_attempt_at, locked_until, last_error FROM email_deliveries WHERE state <> 'sent'`);
    expect(waiting).toHaveLength(50);
    for (const row of waiting) {
      expect(row).toMatchObject({ state: 'pending', attempts: 1, locked_until: null });
      expect(row.next_attempt_at.getTime()).toBeGreaterThan(testApp.clock.now().getTime());
      expect(row.last_error).toBeTruthy();
    }

    const summary = await anna.agent.get('/api/mail-delivery/summary').expect(200);
    expect(summary.body).toMatchObject({ transport: 'smtp', pending: 50, retrying: 50 });
    expect(summary.body.oldestPendingAt).toEqual(expect.any(String));

    // Still waiting out the backoff: nothing is tried early, even with the server back.
    await smtp.startAgain();
    expect(await deliverAll(testApp)).toEqual({ sent: 0, retried: 0, failed: 0 });

    advanceClock(testApp, MINUTE_MS);
    expect(await deliverAll(testApp)).toEqual({ sent: 50, retried: 0, failed: 0 });
    expect(smtp.received).toHaveLength(50);
    const perMessageId = countBy(smtp.received.map((mail) => mail.messageId));
    expect(perMessageId.size).toBe(50);
    expect([...perMessageId.values()].every((count) => count === 1)).toBe(true);
    expect(smtp.mailTo(emmaAddress)).toHaveLength(25);
    expect(smtp.mailTo(daanAddress)).toHaveLength(25);

    advanceClock(testApp, 24 * 60 * MINUTE_MS);
    expect(await deliverAll(testApp)).toEqual({ sent: 0, retried: 0, failed: 0 });
    expect(smtp.received).toHaveLength(50);
    expect((await anna.agent.get('/api/mail-delivery/summary').expect(200)).body).toMatchObject({ pending: 0, oldestPendingAt: null });
  });

  it('gives up after the last try', async () => {
    await smtp.stop();
    await notify(testApp, 'referral_status_changed', [daanId]);
    const outcomes: DeliveryRound[] = [];
    for (let attempt = 0; attempt < 12; attempt++) {
      outcomes.push(await deliverAll(testApp));
      advanceClock(testApp, 9 * 60 * MINUTE_MS);
    }
    expect(outcomes.filter((round) => round.retried === 1)).toHaveLength(8);
    expect(outcomes.filter((round) => round.failed === 1)).toHaveLength(1);
    const [row] = await testApp.dataSource.query(`SELECT state, attempts FROM email_deliveries WHERE state = 'failed'`);
    expect(row).toEqual({ state: 'failed', attempts: 9 });
    // A server that is down is no verdict on the address.
    expect(await testApp.dataSource.query(`SELECT * FROM failing_email_addresses`)).toEqual([]);
    await smtp.startAgain();
    expect(await deliverAll(testApp)).toEqual({ sent: 0, retried: 0, failed: 0 });
    expect(smtp.received).toHaveLength(0);
  });

  it('shares the due mail between two rounds running at once, each sent once', async () => {
    for (let index = 0; index < 15; index++) await notify(testApp, 'referral_status_changed', [emmaId, daanId]);
    const worker = testApp.app.get(EmailDeliveryWorker);
    const [first, second] = await Promise.all([worker.deliverDue(), worker.deliverDue()]);
    const rest = await deliverAll(testApp);
    expect(first.sent + second.sent + rest.sent).toBe(30);
    expect(countBy(smtp.received.map((mail) => mail.messageId)).size).toBe(30);
    expect(smtp.received).toHaveLength(30);
  });

  it('marks an address the server refuses for good, shows it to admins, queues nothing more to it until cleared', async () => {
    smtp.refuseRecipient(daanAddress);
    await notify(testApp, 'referral_status_changed', [emmaId, daanId]);
    expect(await deliverAll(testApp)).toEqual({ sent: 1, retried: 0, failed: 1 });
    expect(smtp.mailTo(emmaAddress)).toHaveLength(1);
    expect(smtp.mailTo(daanAddress)).toHaveLength(0);
    const [refused] = await testApp.dataSource.query(
      `SELECT state, attempts, last_error FROM email_deliveries WHERE to_address = $1 ORDER BY created_at DESC LIMIT 1`,
      [daanAddress],
    );
    expect(refused).toMatchObject({ state: 'failed', attempts: 1 });
    expect(refused.last_error).toContain('550');

    const listed = await anna.agent.get('/api/mail-delivery/failing-addresses').expect(200);
    expect(listed.body).toEqual([
      {
        address: daanAddress,
        reason: expect.stringContaining('Mailbox does not exist'),
        failedAt: testApp.clock.now().toISOString(),
        user: { id: daanId, displayName: demoUser('daan').displayName },
      },
    ]);
    await emma.agent.get('/api/mail-delivery/failing-addresses').expect(403);
    await emma.agent
      .delete(`/api/mail-delivery/failing-addresses/${encodeURIComponent(daanAddress)}`)
      .set('X-XSRF-TOKEN', emma.csrfToken)
      .expect(403);

    // Daan still hears about it in the portal; only the mail stays away.
    smtp.acceptRecipient(daanAddress);
    await notify(testApp, 'bonus_paid', [daanId]);
    const queued = await testApp.dataSource.query(
      `SELECT n.id, d.id AS delivery FROM notifications n LEFT JOIN email_deliveries d ON d.notification_id = n.id
       WHERE n.recipient_id = $1 AND n.event = 'bonus_paid'`,
      [daanId],
    );
    expect(queued).toEqual([{ id: expect.any(String), delivery: null }]);
    expect(await deliverAll(testApp)).toEqual({ sent: 0, retried: 0, failed: 0 });

    await anna.agent
      .delete(`/api/mail-delivery/failing-addresses/${encodeURIComponent(daanAddress.toUpperCase())}`)
      .set('X-XSRF-TOKEN', anna.csrfToken)
      .expect(204);
    expect((await anna.agent.get('/api/mail-delivery/failing-addresses').expect(200)).body).toEqual([]);
    const [audit] = await testApp.dataSource.query(
      `SELECT action, entity_id, actor_id FROM audit_log WHERE action = 'mail.failing_address_cleared'`,
    );
    expect(audit).toEqual({ action: 'mail.failing_address_cleared', entity_id: daanAddress, actor_id: await userIdOf(anna) });
    await anna.agent
      .delete(`/api/mail-delivery/failing-addresses/${encodeURIComponent(daanAddress)}`)
      .set('X-XSRF-TOKEN', anna.csrfToken)
      .expect(404);

    await notify(testApp, 'bonus_paid', [daanId]);
    expect(await deliverAll(testApp)).toEqual({ sent: 1, retried: 0, failed: 0 });
    expect(smtp.mailTo(daanAddress)).toHaveLength(1);
  });

  it('leaves out the mails a person switched off, never the essential ones, and keeps the inbox entry', async () => {
    await setPreferences(emma, 'en', ['referral_status_changed']);
    const unreadBefore = (await emma.agent.get('/api/notifications/unread-count').expect(200)).body.unread;
    await notify(testApp, 'referral_status_changed', [emmaId, daanId]);
    await notify(testApp, 'bonus_paid', [emmaId]);

    expect((await emma.agent.get('/api/notifications/unread-count').expect(200)).body.unread).toBe(unreadBefore + 2);
    expect(await deliverAll(testApp)).toEqual({ sent: 2, retried: 0, failed: 0 });
    const toEmma = smtp.mailTo(emmaAddress);
    expect(toEmma).toHaveLength(1);
    const renderer = testApp.app.get(NotificationRenderer);
    const [paid] = await renderer.renderMany([
      { event: 'bonus_paid', params: PAID_PARAMS, language: 'en', recipientName: 'x', link: '/my-referrals' },
    ]);
    expect(toEmma[0].subject).toBe(paid.subject);
    expect(smtp.mailTo(daanAddress)).toHaveLength(1);
    await setPreferences(emma, 'en', []);
  });

  it('has no development mailbox while mail goes through SMTP', async () => {
    await emma.agent.get('/api/dev-mailbox').expect(404);
    await anna.agent.get('/api/dev-mailbox').expect(404);
    expect((await emma.agent.get('/api/dev-mailbox/availability').expect(200)).body).toEqual({ available: false });
  });
});

describe('mail delivery across a crash', () => {
  let smtp: SmtpTestServer;
  const apps: TestApp[] = [];

  beforeAll(async () => {
    smtp = await SmtpTestServer.start();
  });
  afterAll(async () => {
    for (const app of apps) await app.close().catch(() => undefined);
    await smtp.stop();
  });

  it('delivers each mail once after a worker died holding its lease, and the mail written while none ran', async () => {
    const first = await createTestApp({ env: { SMTP_URL: smtp.url } });
    apps.push(first);
    const emmaId = await userIdOf(await signIn(first, 'emma'));
    const daanId = await userIdOf(await signIn(first, 'daan'));
    const start = new Date();
    first.clock.set(start);
    for (let index = 0; index < 3; index++) await notify(first, 'referral_status_changed', [emmaId, daanId]);

    // The first worker claims a round (lease taken, committed) and dies before sending any of it.
    const claimed = await first.app
      .get(EmailDeliveryRepository)
      .claimDue(start, new Date(start.getTime() + 2 * MINUTE_MS), 4);
    expect(claimed).toHaveLength(4);
    await first.close();
    apps.splice(apps.indexOf(first), 1);

    // More mail is committed while no worker runs at all.
    const second = await createTestApp({ databaseUrl: first.databaseUrl, dataDir: first.dataDir, env: { SMTP_URL: smtp.url } });
    apps.push(second);
    second.clock.set(new Date(start.getTime() + MINUTE_MS));
    await notify(second, 'bonus_paid', [emmaId, daanId]);

    // While the dead worker's lease lasts, only the mail it never held goes out.
    expect(await deliverAll(second)).toEqual({ sent: 4, retried: 0, failed: 0 });
    const claimedIds = new Set(claimed.map((delivery) => `<${delivery.id}@portal.test>`));
    expect(smtp.received.filter((mail) => claimedIds.has(mail.messageId))).toHaveLength(0);

    second.clock.set(new Date(start.getTime() + 3 * MINUTE_MS));
    expect(await deliverAll(second)).toEqual({ sent: 4, retried: 0, failed: 0 });
    expect(smtp.received).toHaveLength(8);
    const perMessageId = countBy(smtp.received.map((mail) => mail.messageId));
    expect(perMessageId.size).toBe(8);
    expect([...perMessageId.values()].every((count) => count === 1)).toBe(true);
    for (const id of claimedIds) expect(perMessageId.get(id)).toBe(1);

    second.clock.set(new Date(start.getTime() + 60 * MINUTE_MS));
    expect(await deliverAll(second)).toEqual({ sent: 0, retried: 0, failed: 0 });
    const states = await second.dataSource.query(`SELECT state, count(*)::int AS count FROM email_deliveries GROUP BY state`);
    expect(states).toEqual([{ state: 'sent', count: 8 }]);
  });

  it('repeats a mail whose sending was not recorded with the same Message-ID', async () => {
    const testApp = await createTestApp({ env: { SMTP_URL: smtp.url } });
    apps.push(testApp);
    smtp.received.length = 0;
    const emmaId = await userIdOf(await signIn(testApp, 'emma'));
    await notify(testApp, 'bonus_paid', [emmaId]);
    expect(await deliverAll(testApp)).toEqual({ sent: 1, retried: 0, failed: 0 });
    // The crash in the one gap there is: the server took the mail, our commit of "sent" never happened.
    await testApp.dataSource.query(`UPDATE email_deliveries SET state = 'pending', sent_at = NULL, transport = NULL`);
    advanceClock(testApp, 3 * MINUTE_MS);
    expect(await deliverAll(testApp)).toEqual({ sent: 1, retried: 0, failed: 0 });
    expect(smtp.received).toHaveLength(2);
    expect(smtp.received[1].messageId).toBe(smtp.received[0].messageId);
  });

  it('delivers on its own when jobs run: at once on the outbox signal, not only at the next poll', async () => {
    const testApp = await createTestApp({ env: { SMTP_URL: smtp.url, JOBS_ENABLED: 'true', MAIL_POLL_SECONDS: '600' } });
    apps.push(testApp);
    smtp.received.length = 0;
    const emmaId = await userIdOf(await signIn(testApp, 'emma'));
    // Give the start-up round time to finish and the loop to sleep for its ten minutes.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    await notify(testApp, 'bonus_paid', [emmaId]);
    const deadline = Date.now() + 10_000;
    while (smtp.received.length === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
    expect(smtp.received).toHaveLength(1);
    expect(smtp.received[0].to).toEqual([demoUser('emma').email]);
    // Shutting down waits for the loop instead of leaving it running against a closed database.
    await testApp.close();
    apps.splice(apps.indexOf(testApp), 1);
  });
});

describe('the development mailbox (no SMTP configured)', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await createTestApp();
  });
  afterAll(() => testApp.close());

  it('keeps the rendered mail for everyone signed in to read while the development IdP is on', async () => {
    const emma = await signIn(testApp, 'emma');
    const daan = await signIn(testApp, 'daan');
    const emmaId = await userIdOf(emma);
    await notify(testApp, 'bonus_paid', [emmaId]);
    await notify(testApp, 'referral_status_changed', [emmaId]);
    expect(await deliverAll(testApp)).toEqual({ sent: 2, retried: 0, failed: 0 });

    expect((await daan.agent.get('/api/dev-mailbox/availability').expect(200)).body).toEqual({ available: true });
    const page = await daan.agent.get('/api/dev-mailbox?pageSize=1').expect(200);
    expect(page.body).toMatchObject({ page: 1, pageSize: 1, hasMore: true });
    expect(page.body.items).toEqual([
      {
        id: expect.any(String),
        to: demoUser('emma').email,
        subject: expect.any(String),
        event: expect.stringMatching(/^(bonus_paid|referral_status_changed)$/),
        language: 'nl',
        sentAt: expect.any(String),
      },
    ]);
    const all = (await emma.agent.get('/api/dev-mailbox').expect(200)).body.items;
    expect(all).toHaveLength(2);
    const opened = await emma.agent.get(`/api/dev-mailbox/${all[0].id}`).expect(200);
    expect(opened.body).toMatchObject({ id: all[0].id, to: demoUser('emma').email, subject: all[0].subject });
    expect(opened.body.html).toContain('Fleur Hendriks');
    expect(opened.body.text).toContain('Fleur Hendriks');
    await emma.agent.get('/api/dev-mailbox/00000000-0000-4000-8000-000000000000').expect(404);

    const [row] = await testApp.dataSource.query(`SELECT state, transport FROM email_deliveries WHERE id = $1`, [all[0].id]);
    expect(row).toEqual({ state: 'sent', transport: 'dev-mailbox' });
    const anna = await signIn(testApp, 'anna');
    expect((await anna.agent.get('/api/mail-delivery/summary').expect(200)).body).toEqual({
      transport: 'dev-mailbox',
      pending: 0,
      retrying: 0,
      failed: 0,
      oldestPendingAt: null,
    });
  });
});
