import type { CreateVacancyDto, VacancyResponse } from '@referrals/contracts';
import { signIn, type SignedInAgent } from '../support/saml-client';
import { createTestApp, type TestApp } from '../support/test-app';

describe('vacancies', () => {
  let testApp: TestApp;
  let recruiter: SignedInAgent;
  let employee: SignedInAgent;

  const vacancy = (overrides: Partial<CreateVacancyDto> = {}): CreateVacancyDto => ({
    title: 'Backend developer',
    department: 'Engineering',
    location: 'Utrecht',
    employmentType: 'full_time',
    category: 'Software',
    description: 'We build **TypeScript** services.',
    bonusAmountMinor: 150_000,
    bonusCurrency: 'EUR',
    ...overrides,
  });

  async function createOpen(overrides: Partial<CreateVacancyDto> = {}): Promise<VacancyResponse> {
    const created = await recruiter.agent.post('/api/vacancies').set('X-XSRF-TOKEN', recruiter.csrfToken).send(vacancy(overrides)).expect(201);
    const opened = await recruiter.agent
      .post(`/api/vacancies/${created.body.id}/status`)
      .set('X-XSRF-TOKEN', recruiter.csrfToken)
      .send({ status: 'open', version: created.body.version })
      .expect(200);
    return opened.body;
  }

  beforeAll(async () => {
    testApp = await createTestApp();
    recruiter = await signIn(testApp, 'sophie');
    employee = await signIn(testApp, 'emma');
  });
  afterAll(() => testApp.close());

  it('lets a recruiter create a draft with the bonus in minor units and the default probation', async () => {
    const response = await recruiter.agent.post('/api/vacancies').set('X-XSRF-TOKEN', recruiter.csrfToken).send(vacancy()).expect(201);
    expect(response.body).toMatchObject({
      status: 'draft',
      bonusAmountMinor: 150_000,
      bonusCurrency: 'EUR',
      probationMonths: 2,
      version: 1,
      descriptionHtml: '<p>We build <strong>TypeScript</strong> services.</p>\n',
    });
    const audit = await testApp.dataSource.query(`SELECT action FROM audit_log WHERE entity_id = $1`, [response.body.id]);
    expect(audit).toEqual([{ action: 'vacancy.created' }]);
  });

  it('refuses vacancy management to an employee', async () => {
    await employee.agent.post('/api/vacancies').set('X-XSRF-TOKEN', employee.csrfToken).send(vacancy()).expect(403);
  });

  it('refuses a float amount and an unknown currency format', async () => {
    const response = await recruiter.agent
      .post('/api/vacancies')
      .set('X-XSRF-TOKEN', recruiter.csrfToken)
      .send(vacancy({ bonusAmountMinor: 1500.5, bonusCurrency: 'euro' }))
      .expect(400);
    expect(response.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['bonusAmountMinor', 'bonusCurrency']);
  });

  it('follows the lifecycle: draft → open ⇄ on hold → closed, and refuses other moves with 422', async () => {
    const opened = await createOpen();
    expect(opened.status).toBe('open');
    expect(opened.openedAt).not.toBeNull();
    const move = (status: string, version: number) =>
      recruiter.agent.post(`/api/vacancies/${opened.id}/status`).set('X-XSRF-TOKEN', recruiter.csrfToken).send({ status, version });
    const held = (await move('on_hold', opened.version).expect(200)).body;
    const closed = (await move('closed_filled', held.version).expect(200)).body;
    const refused = await move('open', closed.version).expect(422);
    expect(refused.body.code).toBe('invalid_transition');
  });

  it('answers a stale edit with 409 and the current state', async () => {
    const opened = await createOpen();
    await recruiter.agent.patch(`/api/vacancies/${opened.id}`).set('X-XSRF-TOKEN', recruiter.csrfToken).send({ title: 'Senior backend developer', version: opened.version }).expect(200);
    const stale = await recruiter.agent
      .patch(`/api/vacancies/${opened.id}`)
      .set('X-XSRF-TOKEN', recruiter.csrfToken)
      .send({ title: 'Lead backend developer', version: opened.version })
      .expect(409);
    expect(stale.body.code).toBe('conflict');
    expect(stale.body.current.title).toBe('Senior backend developer');
  });

  it('shows employees only open vacancies', async () => {
    const draft = await recruiter.agent.post('/api/vacancies').set('X-XSRF-TOKEN', recruiter.csrfToken).send(vacancy({ title: 'Secret draft role' })).expect(201);
    await employee.agent.get(`/api/vacancies/${draft.body.id}`).expect(404);
    const asEmployee = await employee.agent.get('/api/vacancies?status=draft&q=secret').expect(200);
    expect(asEmployee.body.items).toEqual([]);
    const asRecruiter = await recruiter.agent.get('/api/vacancies?status=draft&q=secret').expect(200);
    expect(asRecruiter.body.items.map((v: VacancyResponse) => v.id)).toEqual([draft.body.id]);
  });

  describe('search', () => {
    let dutch: VacancyResponse;
    let english: VacancyResponse;

    beforeAll(async () => {
      dutch = await createOpen({
        title: 'Ervaren ontwikkelaar',
        department: 'Platform',
        location: 'Amsterdam',
        category: 'Techniek',
        description: 'Wij zoeken iemand die graag bouwt aan betrouwbare betalingssystemen.',
      });
      english = await createOpen({
        title: 'Payroll specialist',
        department: 'Finance',
        location: 'Rotterdam',
        employmentType: 'part_time',
        category: 'Finance',
        description: 'You will run the monthly payroll and answer questions from employees.',
      });
    });

    const ids = async (query: string) =>
      ((await employee.agent.get(`/api/vacancies?${query}`).expect(200)).body.items as VacancyResponse[]).map((v) => v.id);

    it('finds Dutch text through the Dutch stemmer', async () => {
      expect(await ids('q=ontwikkelaars')).toContain(dutch.id);
      expect(await ids('q=betalingssysteem')).toContain(dutch.id);
    });

    it('finds English text through the English stemmer', async () => {
      expect(await ids('q=specialists')).toEqual([english.id]);
      expect(await ids('q=answering%20question')).toEqual([english.id]);
    });

    it('does not find what is not there', async () => {
      expect(await ids('q=astronaut')).toEqual([]);
    });

    it('filters by department, location, category and employment type', async () => {
      expect(await ids('department=Finance')).toEqual([english.id]);
      expect(await ids('location=Amsterdam')).toEqual([dutch.id]);
      expect(await ids('category=Techniek&employmentType=full_time')).toEqual([dutch.id]);
      expect(await ids('employmentType=part_time&q=ontwikkelaar')).toEqual([]);
    });

    it('pages without counting the whole table', async () => {
      const first = await employee.agent.get('/api/vacancies?pageSize=1&sort=title').expect(200);
      expect(first.body).toMatchObject({ page: 1, pageSize: 1, hasMore: true });
      const second = await employee.agent.get('/api/vacancies?pageSize=1&sort=title&page=2').expect(200);
      expect(second.body.items[0].id).not.toBe(first.body.items[0].id);
    });

    it('sorts by bonus, title, newest and relevance, each result a summary in integer minor units', async () => {
      // A department of their own keeps the other tests' vacancies out; opened a day apart, oldest first.
      const opened = async (day: number, overrides: Partial<CreateVacancyDto>) => {
        testApp.clock.set(new Date(Date.UTC(2026, 10, day, 9)));
        return createOpen({ department: 'Sorting desk', ...overrides });
      };
      let zookeeper: VacancyResponse, archivist: VacancyResponse, mechanic: VacancyResponse;
      try {
        zookeeper = await opened(2, { title: 'Zookeeper', bonusAmountMinor: 90_000, description: 'Care for the animals. Animals all day.' });
        archivist = await opened(3, { title: 'Archivist', bonusAmountMinor: 250_050, description: 'Keep the records of the animals.' });
        mechanic = await opened(4, { title: 'Mechanic', bonusAmountMinor: 120_000, description: 'Repair the machines.' });
      } finally {
        testApp.clock.reset();
      }
      const sorted = (sort: string) => ids(`department=Sorting%20desk&sort=${sort}`);
      expect(await sorted('bonus')).toEqual([archivist.id, mechanic.id, zookeeper.id]);
      expect(await sorted('title')).toEqual([archivist.id, mechanic.id, zookeeper.id]);
      expect(await sorted('newest')).toEqual([mechanic.id, archivist.id, zookeeper.id]);
      // Relevance ranks the vacancy that says "animals" most first; without a query it is newest first.
      expect(await ids('department=Sorting%20desk&q=animals')).toEqual([zookeeper.id, archivist.id]);
      expect(await sorted('relevance')).toEqual([mechanic.id, archivist.id, zookeeper.id]);

      const summary = (await employee.agent.get('/api/vacancies?department=Sorting%20desk&sort=bonus&pageSize=1').expect(200)).body;
      expect(summary).toEqual({
        items: [
          {
            id: archivist.id,
            title: 'Archivist',
            department: 'Sorting desk',
            location: 'Utrecht',
            employmentType: 'full_time',
            category: 'Software',
            status: 'open',
            bonusAmountMinor: 250_050,
            bonusCurrency: 'EUR',
            openedAt: '2026-11-03T09:00:00.000Z',
          },
        ],
        page: 1,
        pageSize: 1,
        hasMore: true,
      });
    });

    it('lists the facets of open vacancies', async () => {
      const facets = await employee.agent.get('/api/vacancies/facets').expect(200);
      expect(facets.body.departments).toEqual(expect.arrayContaining(['Finance', 'Platform']));
      expect(facets.body.locations).toEqual(expect.arrayContaining(['Amsterdam', 'Rotterdam']));
    });
  });
});
