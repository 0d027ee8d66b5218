import type { Provider, Type } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { DevMailboxController } from './dev-mailbox.controller';
import { DevMailboxService } from './dev-mailbox.service';
import { DevMailboxTransport } from './dev-mailbox-transport';
import { EmailDeliveryRepository } from './email-delivery.repository';
import { EmailDeliveryWorker } from './email-delivery.worker';
import { MailDeliveryController } from './mail-delivery.controller';
import { MailDeliveryService } from './mail-delivery.service';
import { MailTransport } from './mail-transport';
import { SmtpTransport } from './smtp-transport';

/** SMTP when SMTP_URL is set, else the development mailbox. */
const mailTransportProvider: Provider = {
  provide: MailTransport,
  inject: [APP_CONFIG],
  useFactory: (config: AppConfig): MailTransport =>
    config.mail.smtpUrl ? new SmtpTransport(config.mail.smtpUrl, config.mail.from) : new DevMailboxTransport(),
};

/** Mail delivery's part of the notifications module. */
export const EMAIL_DELIVERY_PROVIDERS: Provider[] = [
  mailTransportProvider,
  EmailDeliveryRepository,
  EmailDeliveryWorker,
  MailDeliveryService,
  DevMailboxService,
];

export const EMAIL_DELIVERY_CONTROLLERS: Type[] = [MailDeliveryController, DevMailboxController];
