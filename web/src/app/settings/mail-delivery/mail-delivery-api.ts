import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { FailingEmailAddressResponse, MailDeliverySummaryResponse } from '@referrals/contracts';

/** Outgoing mail, for admins: the queue and the addresses that refuse mail. */
@Injectable({ providedIn: 'root' })
export class MailDeliveryApi {
  private readonly http = inject(HttpClient);

  summary() {
    return this.http.get<MailDeliverySummaryResponse>('/api/mail-delivery/summary');
  }

  failingAddresses() {
    return this.http.get<FailingEmailAddressResponse[]>('/api/mail-delivery/failing-addresses');
  }

  clearFailingAddress(address: string) {
    return this.http.delete<void>(`/api/mail-delivery/failing-addresses/${encodeURIComponent(address)}`);
  }
}
