import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { SettingsResponse } from '@referrals/contracts';
import type { Settings } from '@referrals/domain';

@Injectable({ providedIn: 'root' })
export class SettingsApi {
  private readonly http = inject(HttpClient);

  load() {
    return this.http.get<SettingsResponse>('/api/settings');
  }

  /** Sends only the changed values; the API validates them with the same definitions. */
  update(changes: Partial<Settings>) {
    return this.http.patch<SettingsResponse>('/api/settings', changes);
  }
}
