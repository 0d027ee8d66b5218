import type { NotificationResponse, Page } from '@referrals/contracts';

/** An inbox entry shaped exactly as the API answers. */
export function notification(overrides: Partial<NotificationResponse> = {}): NotificationResponse {
  return {
    id: '6f1c1a8e-3a1b-4c55-9a43-2f4a35a8d001',
    event: 'referral_status_changed',
    title: 'Noor Bakker is interviewing',
    body: 'Your referral for Payments engineer moved on.',
    link: '/my-referrals/1',
    createdAt: new Date(Date.now() - 5 * 60_000).toISOString(),
    readAt: null,
    ...overrides,
  };
}

export function pageOf<T>(items: T[], extra: Partial<Page<T>> = {}): Page<T> {
  return { items, page: 1, pageSize: 20, hasMore: false, ...extra };
}
