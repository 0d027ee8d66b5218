import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { NotificationPreferencesResponse, UpdateNotificationPreferencesDto } from '@referrals/contracts';

@Injectable({ providedIn: 'root' })
export class PreferencesApi {
  private readonly http = inject(HttpClient);

  load() {
    return this.http.get<NotificationPreferencesResponse>('/api/me/preferences');
  }

  save(preferences: UpdateNotificationPreferencesDto) {
    return this.http.put<NotificationPreferencesResponse>('/api/me/preferences', preferences);
  }
}
