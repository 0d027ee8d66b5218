import { randomUUID } from 'node:crypto';
import { access, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { OrphanFileSweep } from '../../src/files/orphan-file-sweep.service';
import { minimalPdf } from '../support/cv-fixtures';
import { acceptRules, openVacancy, submitReferral } from '../support/referral-fixtures';
import { signIn } from '../support/saml-client';
import { createTestApp, type TestApp } from '../support/test-app';

describe('uploaded files no row names', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await createTestApp();
  });
  afterAll(() => testApp.close());

  const exists = (key: string) =>
    access(join(testApp.dataDir, 'uploads', key)).then(
      () => true,
      () => false,
    );

  it('are removed once older than any upload in flight, while every file a row names stays', async () => {
    const [sophie, emma] = await Promise.all([signIn(testApp, 'sophie'), signIn(testApp, 'emma')]);
    const vacancy = await openVacancy(sophie);
    await acceptRules(emma);
    await submitReferral(emma, { vacancyId: vacancy.id, candidateEmail: `kept-${randomUUID()}@example.com` }, { data: minimalPdf(), fileName: 'cv.pdf' }).expect(201);
    const [kept] = await testApp.dataSource.query(`SELECT storage_key FROM stored_files`);

    // What a crash between writing the bytes and committing the row leaves: a whole file, or half of one.
    const orphans = [`cv/${randomUUID()}`, `cv/${randomUUID()}.${randomUUID()}.part`, `payroll/${randomUUID()}`];
    await mkdir(join(testApp.dataDir, 'uploads', 'payroll'), { recursive: true });
    for (const key of orphans) await writeFile(join(testApp.dataDir, 'uploads', key), 'personal data');

    const sweep = testApp.app.get(OrphanFileSweep);
    // Just written: an upload may still be on its way to its commit.
    expect(await sweep.removeOrphans()).toEqual({ removed: 0 });
    expect(await Promise.all(orphans.map(exists))).toEqual([true, true, true]);

    testApp.clock.set(new Date(Date.now() + OrphanFileSweep.GRACE_MS + 60_000));
    expect(await sweep.removeOrphans()).toEqual({ removed: 3 });
    expect(await Promise.all(orphans.map(exists))).toEqual([false, false, false]);
    expect(await exists(kept.storage_key)).toBe(true);
    expect(await sweep.removeOrphans()).toEqual({ removed: 0 });
  });
});
