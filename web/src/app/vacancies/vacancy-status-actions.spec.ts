import { vacancyStatusActions } from './vacancy-status-actions';

describe('vacancyStatusActions', () => {
  it('publishes or cancels a draft', () => {
    expect(vacancyStatusActions('draft')).toEqual([
      { to: 'open', labelKey: 'vacancies.actions.publish', confirm: false },
      {
        to: 'closed_cancelled',
        labelKey: 'vacancies.actions.closed_cancelled',
        confirm: true,
      },
    ]);
  });

  it('holds or closes an open vacancy, asking before closing', () => {
    expect(vacancyStatusActions('open').map(({ to, confirm }) => [to, confirm])).toEqual([
      ['on_hold', false],
      ['closed_filled', true],
      ['closed_cancelled', true],
    ]);
  });

  it('reopens a vacancy on hold', () => {
    expect(vacancyStatusActions('on_hold')[0]).toEqual({
      to: 'open',
      labelKey: 'vacancies.actions.reopen',
      confirm: false,
    });
  });

  it('offers nothing once closed', () => {
    expect(vacancyStatusActions('closed_filled')).toEqual([]);
    expect(vacancyStatusActions('closed_cancelled')).toEqual([]);
  });
});
