import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { NotificationResponse, Page, UnreadCountResponse } from '@referrals/contracts';
import { withoutErrorToast } from '../core/http/skip-error-toast';

export const NOTIFICATION_STREAM_URL = '/api/notifications/stream';

@Injectable({ providedIn: 'root' })
export class NotificationsApi {
  private readonly http = inject(HttpClient);

  list(page: number, pageSize: number, unreadOnly = false) {
    const params = new HttpParams({ fromObject: { page, pageSize, unreadOnly } });
    return this.http.get<Page<NotificationResponse>>('/api/notifications', { params });
  }

  /** Asked in the background (polling, after a change), so a failure shows no message; the caller copes. */
  unreadCount() {
    return this.http.get<UnreadCountResponse>('/api/notifications/unread-count', { context: withoutErrorToast() });
  }

  markRead(id: string) {
    return this.http.post<NotificationResponse>(`/api/notifications/${encodeURIComponent(id)}/read`, null);
  }

  markAllRead() {
    return this.http.post<UnreadCountResponse>('/api/notifications/read-all', null);
  }
}
