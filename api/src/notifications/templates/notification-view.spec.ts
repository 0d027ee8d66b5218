import 'reflect-metadata';
import { absoluteLink, formatCalendarDay, formatMoney, notificationView, statusLabel } from './notification-view';

describe('notificationView', () => {
  const context = { language: 'nl' as const, recipientName: 'Emma', link: '/my-referrals/1', publicUrl: 'https://portal.example' };

  it('formats the values of a hire in the reader language', () => {
    expect(
      notificationView('referral_hired', { candidateName: 'Sanne', vacancyTitle: 'Chef', startDate: '2026-03-01', bonusAmountMinor: 150000, bonusCurrency: 'EUR' }, context),
    ).toEqual({
      candidateName: 'Sanne',
      vacancyTitle: 'Chef',
      startDate: '1 maart 2026',
      bonusAmount: '€\u00a01.500,00',
      recipientName: 'Emma',
      link: 'https://portal.example/my-referrals/1',
      portalUrl: 'https://portal.example',
    });
  });

  it('gives every placeholder a value, empty where the notification has none', () => {
    const view = notificationView('referral_hired', { candidateName: 'Sanne', vacancyTitle: 'Chef', startDate: '2026-03-01', bonusAmountMinor: null, bonusCurrency: null }, { ...context, link: null });
    expect(view['bonusAmount']).toBe('');
    expect(view['link']).toBe('');
  });

  it('keeps list item names inside the list only', () => {
    const view = notificationView('stale_candidates', { count: 1, candidates: [{ candidateName: 'A', vacancyTitle: 'B', waitingDays: 8 }] }, context);
    expect(view['candidates']).toEqual([{ candidateName: 'A', vacancyTitle: 'B', waitingDays: 8 }]);
    expect('candidateName' in view).toBe(false);
  });
});

describe('formatting', () => {
  it('writes money from minor units per language and currency', () => {
    expect(formatMoney(150000, 'EUR', 'en')).toBe('€1,500.00');
    expect(formatMoney(5000, 'JPY', 'en')).toBe('JP¥5,000');
    expect(formatMoney(1.5, 'EUR', 'en')).toBe('');
    expect(formatMoney(100, 'EURO', 'en')).toBe('');
  });

  it('writes calendar days out and translates statuses', () => {
    expect(formatCalendarDay('2026-06-25', 'en')).toBe('25 June 2026');
    expect(formatCalendarDay('2026-06-25', 'nl')).toBe('25 juni 2026');
    expect(statusLabel('not_selected', 'nl')).toBe('Niet geselecteerd');
    expect(statusLabel('hired', 'en')).toBe('Hired');
    expect(statusLabel('constructor', 'en')).toBe('');
  });

  it('makes only portal paths absolute', () => {
    expect(absoluteLink('https://p.example', '/rules')).toBe('https://p.example/rules');
    expect(absoluteLink('https://p.example', '//evil.example/x')).toBe('');
    expect(absoluteLink('https://p.example', 'https://evil.example')).toBe('');
  });
});
