import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable, signal } from '@angular/core';
import type {
  DevMailboxAvailabilityResponse,
  DevMailboxEntryResponse,
  DevMailboxMessageResponse,
  Page,
} from '@referrals/contracts';
import { firstValueFrom } from 'rxjs';
import { withoutErrorToast } from '../core/http/skip-error-toast';

export const DEV_MAILBOX_PAGE_SIZE = 20;

/** The mail the portal kept instead of sending (no SMTP configured), as the API serves it. */
@Injectable({ providedIn: 'root' })
export class DevMailboxApi {
  private readonly http = inject(HttpClient);
  private availability: Promise<boolean> | null = null;
  private readonly availableNow = signal(false);

  /** Whether this user may open the mailbox; false until asked, and when asking failed. */
  readonly available = this.availableNow.asReadonly();

  list(page: number) {
    const params = new HttpParams().set('page', page).set('pageSize', DEV_MAILBOX_PAGE_SIZE);
    return this.http.get<Page<DevMailboxEntryResponse>>('/api/dev-mailbox', { params });
  }

  message(id: string) {
    return this.http.get<DevMailboxMessageResponse>(`/api/dev-mailbox/${encodeURIComponent(id)}`);
  }

  /** Asks the API once per page load; a menu entry is no reason to bother the user with an error. */
  loadAvailability(): Promise<boolean> {
    this.availability ??= firstValueFrom(
      this.http.get<DevMailboxAvailabilityResponse>('/api/dev-mailbox/availability', { context: withoutErrorToast() }),
    ).then(
      (response) => {
        this.availableNow.set(response.available);
        return response.available;
      },
      () => {
        // Asked again next time rather than remembered as "no".
        this.availability = null;
        return false;
      },
    );
    return this.availability;
  }
}
