import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  Locale,
  NotificationEvent,
  NotificationTemplatePreviewResponse,
  NotificationTemplateResponse,
  PreviewNotificationTemplateDto,
  SaveNotificationTemplateDto,
} from '@referrals/contracts';
import { withoutErrorToast } from '../../core/http/skip-error-toast';

/** HR's wording of the notifications, per event and language. */
@Injectable({ providedIn: 'root' })
export class NotificationTemplatesApi {
  private readonly http = inject(HttpClient);

  list() {
    return this.http.get<NotificationTemplateResponse[]>('/api/notification-templates');
  }

  get(event: NotificationEvent, language: Locale) {
    return this.http.get<NotificationTemplateResponse>(`/api/notification-templates/${event}/${language}`);
  }

  /** 409 when someone else saved or reset it since `version`; 422 with per-field errors. The caller reports both. */
  save(event: NotificationEvent, language: Locale, dto: SaveNotificationTemplateDto) {
    return this.http.put<NotificationTemplateResponse>(`/api/notification-templates/${event}/${language}`, dto, {
      context: withoutErrorToast(),
    });
  }

  reset(event: NotificationEvent, language: Locale) {
    return this.http.delete<NotificationTemplateResponse>(`/api/notification-templates/${event}/${language}`);
  }

  /** 422 while the text has template errors; the editor shows them at the fields, so no toast. */
  preview(dto: PreviewNotificationTemplateDto) {
    return this.http.post<NotificationTemplatePreviewResponse>('/api/notification-templates/preview', dto, {
      context: withoutErrorToast(),
    });
  }
}
