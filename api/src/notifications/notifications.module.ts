import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { UsersModule } from '../users/users.module';
import { EMAIL_DELIVERY_CONTROLLERS, EMAIL_DELIVERY_PROVIDERS } from './email/email-delivery.providers';
import { EmailDeliveryEntity } from './entities/email-delivery.entity';
import { FailingEmailAddressEntity } from './entities/failing-email-address.entity';
import { NotificationTemplateEntity } from './entities/notification-template.entity';
import { NotificationEntity } from './entities/notification.entity';
import { NotificationInboxService } from './notification-inbox.service';
import { NotificationOutbox } from './notification-outbox.service';
import { NotificationPreferencesController } from './notification-preferences.controller';
import { NotificationStream } from './notification-stream.service';
import { NotificationsController } from './notifications.controller';
import { NotificationsRepository } from './notifications.repository';
import { PgListener } from './pg-listener.service';
import { NOTIFICATION_TEMPLATE_CONTROLLERS, NOTIFICATION_TEMPLATE_PROVIDERS } from './templates/notification-templates.providers';

/**
 * Telling people what happened: other areas call `NotificationOutbox.notify` inside their own transaction;
 * this area keeps the inbox, renders the templates and delivers the mail.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([NotificationEntity, EmailDeliveryEntity, FailingEmailAddressEntity, NotificationTemplateEntity]),
    UsersModule,
  ],
  controllers: [NotificationsController, NotificationPreferencesController, ...EMAIL_DELIVERY_CONTROLLERS, ...NOTIFICATION_TEMPLATE_CONTROLLERS],
  providers: [NotificationOutbox, NotificationsRepository, NotificationInboxService, NotificationStream, PgListener, ...EMAIL_DELIVERY_PROVIDERS, ...NOTIFICATION_TEMPLATE_PROVIDERS],
  exports: [NotificationOutbox],
})
export class NotificationsModule {}
