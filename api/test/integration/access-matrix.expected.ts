/**
 * Who may call what: the reviewed source of truth the access-matrix test holds every route of the app to.
 * One row per route, one column per persona, in the order of `PERSONAS`:
 *
 *   anonymous, employee (Emma), recruiter (Sophie), hiring manager (Lucas), HR (Anna), admin (Noah)
 *
 * `2xx` the call succeeds; `3xx` it redirects (the SAML hand-offs); `401` no session; `403` refused (the
 * route's permission, or the object-level rule in the note); `404` the object does not exist for this
 * person. Calls are made with real ids of the matrix's fixtures (a Lucas vacancy and its candidates, Emma's
 * referral, notification and bonuses, a payroll batch, a dispute, …); writes send a valid body.
 *
 * A new route fails the test until it has a row here; `access-matrix.md` is generated from this table.
 */
export const PERSONAS = ['anonymous', 'employee', 'recruiter', 'hiringManager', 'hr', 'admin'] as const;
export type Persona = (typeof PERSONAS)[number];

export const ACCESS_OUTCOMES = ['2xx', '3xx', '401', '403', '404'] as const;
export type AccessOutcome = (typeof ACCESS_OUTCOMES)[number];

type Row = readonly [AccessOutcome, AccessOutcome, AccessOutcome, AccessOutcome, AccessOutcome, AccessOutcome];

// prettier-ignore
export const EXPECTED_ACCESS: Record<string, Row> = {
  // route                                                        anon   employee recruiter manager HR     admin
  'GET /api/applications':                                        ['401', '403', '2xx', '2xx', '2xx', '403'],
  'GET /api/applications/:id':                                    ['401', '403', '2xx', '2xx', '2xx', '403'],
  'GET /api/applications/:id/cv':                                 ['401', '403', '2xx', '2xx', '2xx', '403'],
  'POST /api/applications/:id/move':                              ['401', '403', '2xx', '403', '403', '403'],
  'POST /api/applications/:id/notes':                             ['401', '403', '2xx', '2xx', '403', '403'],
  'PUT /api/applications/:id/recruiter':                          ['401', '403', '2xx', '403', '403', '403'],
  'GET /api/audit':                                               ['401', '403', '403', '403', '403', '2xx'],
  'POST /api/auth/logout':                                        ['401', '2xx', '2xx', '2xx', '2xx', '2xx'],
  'POST /api/auth/saml/acs':                                      ['3xx', '3xx', '3xx', '3xx', '3xx', '3xx'],
  'GET /api/auth/saml/login':                                     ['3xx', '3xx', '3xx', '3xx', '3xx', '3xx'],
  'GET /api/auth/saml/metadata':                                  ['2xx', '2xx', '2xx', '2xx', '2xx', '2xx'],
  'GET /api/bonuses':                                             ['401', '403', '403', '403', '2xx', '403'],
  'POST /api/bonuses/approve':                                    ['401', '403', '403', '403', '2xx', '403'],
  'GET /api/bonuses/mine':                                        ['401', '2xx', '2xx', '2xx', '2xx', '2xx'],
  'POST /api/bonuses/:id/approve':                                ['401', '403', '403', '403', '2xx', '403'],
  'POST /api/bonuses/:id/reject':                                 ['401', '403', '403', '403', '2xx', '403'],
  'GET /api/budgets':                                             ['401', '403', '403', '403', '2xx', '403'],
  'PUT /api/budgets':                                             ['401', '403', '403', '403', '2xx', '403'],
  'GET /api/dev-mailbox':                                         ['401', '2xx', '2xx', '2xx', '2xx', '2xx'],
  'GET /api/dev-mailbox/availability':                            ['401', '2xx', '2xx', '2xx', '2xx', '2xx'],
  'GET /api/dev-mailbox/:id':                                     ['401', '2xx', '2xx', '2xx', '2xx', '2xx'],
  'GET /api/disputes':                                            ['401', '2xx', '2xx', '2xx', '2xx', '2xx'],
  'POST /api/disputes':                                           ['401', '2xx', '2xx', '2xx', '2xx', '2xx'],
  'GET /api/disputes/mine':                                       ['401', '2xx', '2xx', '2xx', '2xx', '2xx'],
  'POST /api/disputes/:id/decision':                              ['401', '403', '403', '403', '2xx', '403'],
  'GET /api/health':                                              ['2xx', '2xx', '2xx', '2xx', '2xx', '2xx'],
  'PATCH /api/hires/:id':                                         ['401', '403', '403', '403', '2xx', '403'],
  'POST /api/hires/:id/left':                                     ['401', '403', '403', '403', '2xx', '403'],
  'GET /api/mail-delivery/failing-addresses':                     ['401', '403', '403', '403', '2xx', '2xx'],
  'DELETE /api/mail-delivery/failing-addresses/:address':         ['401', '403', '403', '403', '2xx', '2xx'],
  'GET /api/mail-delivery/summary':                               ['401', '403', '403', '403', '2xx', '2xx'],
  'GET /api/me':                                                  ['401', '2xx', '2xx', '2xx', '2xx', '2xx'],
  'PATCH /api/me':                                                ['401', '2xx', '2xx', '2xx', '2xx', '2xx'],
  'GET /api/me/preferences':                                      ['401', '2xx', '2xx', '2xx', '2xx', '2xx'],
  'PUT /api/me/preferences':                                      ['401', '2xx', '2xx', '2xx', '2xx', '2xx'],
  'GET /api/notification-templates':                              ['401', '403', '403', '403', '2xx', '403'],
  'POST /api/notification-templates/preview':                     ['401', '403', '403', '403', '2xx', '403'],
  'DELETE /api/notification-templates/:event/:lang':              ['401', '403', '403', '403', '2xx', '403'],
  'GET /api/notification-templates/:event/:lang':                 ['401', '403', '403', '403', '2xx', '403'],
  'PUT /api/notification-templates/:event/:lang':                 ['401', '403', '403', '403', '2xx', '403'],
  'GET /api/notifications':                                       ['401', '2xx', '2xx', '2xx', '2xx', '2xx'],
  'POST /api/notifications/read-all':                             ['401', '2xx', '2xx', '2xx', '2xx', '2xx'],
  'GET /api/notifications/stream':                                ['401', '2xx', '2xx', '2xx', '2xx', '2xx'],
  'GET /api/notifications/unread-count':                          ['401', '2xx', '2xx', '2xx', '2xx', '2xx'],
  'POST /api/notifications/:id/read':                             ['401', '2xx', '404', '404', '404', '404'],
  'GET /api/payroll-batches':                                     ['401', '403', '403', '403', '2xx', '403'],
  'POST /api/payroll-batches':                                    ['401', '403', '403', '403', '2xx', '403'],
  'POST /api/payroll-batches/:id/confirmation':                   ['401', '403', '403', '403', '2xx', '403'],
  'GET /api/payroll-batches/:id/export.csv':                      ['401', '403', '403', '403', '2xx', '403'],
  'GET /api/payroll-batches/:id/export.xlsx':                     ['401', '403', '403', '403', '2xx', '403'],
  'POST /api/programme':                                          ['401', '403', '403', '403', '2xx', '403'],
  'GET /api/programme/current':                                   ['401', '2xx', '2xx', '2xx', '2xx', '2xx'],
  'GET /api/programme/versions':                                  ['401', '403', '403', '403', '2xx', '403'],
  'GET /api/programme/versions/:version':                         ['401', '403', '403', '403', '2xx', '403'],
  'POST /api/programme/:version/accept':                          ['401', '2xx', '2xx', '2xx', '2xx', '2xx'],
  'POST /api/referrals':                                          ['401', '2xx', '2xx', '2xx', '2xx', '2xx'],
  'GET /api/referrals/general':                                   ['401', '403', '2xx', '403', '2xx', '403'],
  'GET /api/referrals/mine':                                      ['401', '2xx', '2xx', '2xx', '2xx', '2xx'],
  'GET /api/referrals/:id':                                       ['401', '2xx', '404', '404', '404', '404'],
  'GET /api/referrals/:id/cv':                                    ['401', '403', '2xx', '2xx', '2xx', '403'],
  'POST /api/referrals/:id/withdraw':                             ['401', '2xx', '404', '404', '404', '404'],
  'GET /api/reject-reasons':                                      ['401', '403', '2xx', '2xx', '2xx', '403'],
  'POST /api/reject-reasons':                                     ['401', '403', '2xx', '403', '403', '2xx'],
  'PATCH /api/reject-reasons/:id':                                ['401', '403', '2xx', '403', '403', '2xx'],
  'GET /api/role-mappings':                                       ['401', '403', '403', '403', '403', '2xx'],
  'PUT /api/role-mappings':                                       ['401', '403', '403', '403', '403', '2xx'],
  'GET /api/settings':                                            ['401', '403', '403', '403', '2xx', '2xx'],
  'PATCH /api/settings':                                          ['401', '403', '403', '403', '2xx', '2xx'],
  'GET /api/stage-templates':                                     ['401', '403', '2xx', '403', '403', '2xx'],
  'POST /api/stage-templates':                                    ['401', '403', '2xx', '403', '403', '2xx'],
  'GET /api/users':                                               ['401', '403', '2xx', '403', '403', '2xx'],
  'POST /api/users/:id/left':                                     ['401', '403', '403', '403', '2xx', '2xx'],
  'GET /api/vacancies':                                           ['401', '2xx', '2xx', '2xx', '2xx', '2xx'],
  'POST /api/vacancies':                                          ['401', '403', '2xx', '403', '403', '2xx'],
  'GET /api/vacancies/facets':                                    ['401', '2xx', '2xx', '2xx', '2xx', '2xx'],
  'GET /api/vacancies/:id':                                       ['401', '2xx', '2xx', '2xx', '2xx', '2xx'],
  'PATCH /api/vacancies/:id':                                     ['401', '403', '2xx', '403', '403', '2xx'],
  'GET /api/vacancies/:id/board':                                 ['401', '403', '2xx', '2xx', '2xx', '403'],
  'GET /api/vacancies/:id/referrals':                             ['401', '403', '2xx', '2xx', '2xx', '403'],
  'POST /api/vacancies/:id/status':                               ['401', '403', '2xx', '403', '403', '2xx'],
  'GET /dev-idp/metadata':                                        ['2xx', '2xx', '2xx', '2xx', '2xx', '2xx'],
  'GET /dev-idp/sso':                                             ['2xx', '2xx', '2xx', '2xx', '2xx', '2xx'],
  'POST /dev-idp/sso':                                            ['2xx', '2xx', '2xx', '2xx', '2xx', '2xx'],
};

/** Why a cell is what it is where the guard's permission alone does not say it. Shown under the table. */
export const ACCESS_NOTES: Record<string, string> = {
  'GET /api/applications': 'A hiring manager gets only the candidates of their own vacancies.',
  'GET /api/applications/:id': 'Called with a candidate of Lucas’s vacancy; another vacancy’s candidate is 403 for him.',
  'GET /api/applications/:id/cv': 'As the candidate: 403 for a hiring manager outside their own vacancies.',
  'POST /api/applications/:id/notes': 'As the candidate: 403 for a hiring manager outside their own vacancies.',
  'POST /api/auth/logout': 'Called after every other cell, as it ends the session.',
  'POST /api/auth/saml/acs': 'A valid signed assertion for the persona (anonymous: Emma), posted without a session cookie, as at every sign-in.',
  'GET /api/dev-mailbox': 'Everyone while the development IdP runs (the demo); admin/HR only otherwise; absent with SMTP.',
  'GET /api/dev-mailbox/:id': 'As the list.',
  'GET /api/disputes': 'HR get every case with both sides; everyone else their own claims.',
  'POST /api/notifications/:id/read': 'Emma’s notification: anyone else’s does not exist for you.',
  'GET /api/referrals/:id': 'Emma’s referral: only the referrer sees it; for anyone else it does not exist.',
  'GET /api/referrals/:id/cv': 'A referral to Lucas’s vacancy: 403 for a hiring manager outside their own vacancies.',
  'POST /api/referrals/:id/withdraw': 'Emma’s referral: only the referrer withdraws it.',
  'GET /api/vacancies/:id': 'An open vacancy; one that is not open is 404 for people who do not manage vacancies.',
  'GET /api/vacancies/:id/board': 'Lucas’s vacancy: 403 for a hiring manager on another’s.',
  'GET /api/vacancies/:id/referrals': 'Lucas’s vacancy: 403 for a hiring manager on another’s.',
  'POST /api/users/:id/left': 'Another person: recording that you left yourself is 403.',
};
