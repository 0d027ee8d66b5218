import { canChangeVacancyStatus, VACANCY_STATUSES, type VacancyStatus } from './vacancy-status';

describe('canChangeVacancyStatus', () => {
  const allowed: [VacancyStatus, VacancyStatus][] = [
    ['draft', 'open'],
    ['draft', 'closed_cancelled'],
    ['open', 'on_hold'],
    ['on_hold', 'open'],
    ['open', 'closed_filled'],
    ['open', 'closed_cancelled'],
    ['on_hold', 'closed_filled'],
    ['on_hold', 'closed_cancelled'],
  ];

  it('allows exactly the moves of the vacancy lifecycle', () => {
    for (const from of VACANCY_STATUSES) {
      for (const to of VACANCY_STATUSES) {
        const expected = allowed.some(([a, b]) => a === from && b === to);
        expect([from, to, canChangeVacancyStatus(from, to)]).toEqual([from, to, expected]);
      }
    }
  });
});
