import type { Provider, Type } from '@nestjs/common';
import { NotificationRenderer } from './notification-renderer';
import { NotificationTemplatesController } from './notification-templates.controller';
import { NotificationTemplatesRepository } from './notification-templates.repository';
import { NotificationTemplatesService } from './notification-templates.service';

/** The templates part of the notifications module: HR's editor API and the renderer everyone else uses. */
export const NOTIFICATION_TEMPLATE_CONTROLLERS: Type[] = [NotificationTemplatesController];
export const NOTIFICATION_TEMPLATE_PROVIDERS: Provider[] = [
  NotificationTemplatesRepository,
  NotificationTemplatesService,
  { provide: NotificationRenderer, useExisting: NotificationTemplatesService },
];
