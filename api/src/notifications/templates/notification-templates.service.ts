import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  isEssentialNotification,
  LOCALES,
  type Locale,
  NOTIFICATION_EVENTS,
  type NotificationEvent,
  type NotificationTemplatePreviewResponse,
  type NotificationTemplateResponse,
  type PreviewNotificationTemplateDto,
  type SaveNotificationTemplateDto,
} from '@referrals/contracts';
import { AppError } from '../../common/app-error';
import type { AuthenticatedUser } from '../../common/auth.decorators';
import { CLOCK, type Clock } from '../../common/clock';
import { AuditService } from '../../audit/audit.service';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { DEFAULT_TEMPLATES, type TemplateText } from './default-templates';
import { NotificationRenderer, type RenderedNotification, type RenderRequest } from './notification-renderer';
import { NotificationTemplatesRepository, type StoredTemplate } from './notification-templates.repository';
import { notificationView } from './notification-view';
import { sampleNotification } from './sample-notifications';
import { renderTemplate } from './template-renderer';
import { placeholdersOf } from './template-scope';
import { templateErrors } from './template-validation';

/**
 * The words of every notification: HR's edited template of an event and language where there is one, the
 * built-in text otherwise. Renders for the inbox and the mail worker, and lets HR edit, preview and reset.
 */
@Injectable()
export class NotificationTemplatesService implements NotificationRenderer {
  private readonly logger = new Logger(NotificationTemplatesService.name);

  constructor(
    private readonly templates: NotificationTemplatesRepository,
    private readonly audit: AuditService,
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async renderMany(requests: readonly RenderRequest[]): Promise<RenderedNotification[]> {
    if (requests.length === 0) return [];
    const edited = byKey(await this.templates.all());
    return requests.map((request) => {
      const custom = edited.get(key(request.event, request.language));
      if (custom) {
        try {
          return this.render(custom, request);
        } catch (error) {
          // Saved templates were rendered with sample values on save, so this is a value the samples lacked;
          // the person still gets the message, in the built-in words.
          this.logger.error({ err: error, event: request.event, language: request.language }, 'edited notification template failed; using the built-in one');
        }
      }
      return this.render(DEFAULT_TEMPLATES[request.event][request.language], request);
    });
  }

  async list(): Promise<NotificationTemplateResponse[]> {
    const edited = byKey(await this.templates.all());
    return NOTIFICATION_EVENTS.flatMap((event) => LOCALES.map((language) => this.present(event, language, edited.get(key(event, language)) ?? null)));
  }

  async get(event: NotificationEvent, language: Locale): Promise<NotificationTemplateResponse> {
    return this.present(event, language, await this.templates.one(event, language));
  }

  /** `editorLanguage` is the language template errors are worded in. */
  async save(
    actor: AuthenticatedUser,
    event: NotificationEvent,
    language: Locale,
    dto: SaveNotificationTemplateDto,
    editorLanguage: Locale = 'en',
  ): Promise<NotificationTemplateResponse> {
    const text = { subject: dto.subject, body: dto.body };
    this.refuseInvalid(event, language, text, editorLanguage);
    await this.dataSource.transaction(async (manager) => {
      const before = await this.templates.one(event, language, manager);
      const saved = await this.templates.saveIfVersion(
        manager,
        { event, language, ...text, updatedBy: actor.id, updatedAt: this.clock.now() },
        dto.version,
      );
      if (!saved) {
        throw new AppError('conflict', 'Someone else changed this template since you opened it. Reload it to see their version.', undefined, {
          currentVersion: before?.version ?? 0,
        });
      }
      await this.audit.record(
        {
          actorId: actor.id,
          action: 'notification_template.saved',
          entityType: 'notification_template',
          entityId: key(event, language),
          before: before ? { subject: before.subject, body: before.body, version: before.version } : null,
          after: { ...text, version: dto.version + 1 },
        },
        manager,
      );
    });
    return this.get(event, language);
  }

  /** Back to the built-in text; resetting a template that was never edited changes nothing. */
  async reset(actor: AuthenticatedUser, event: NotificationEvent, language: Locale): Promise<NotificationTemplateResponse> {
    await this.dataSource.transaction(async (manager) => {
      const removed = await this.templates.remove(manager, event, language);
      if (!removed) return;
      await this.audit.record(
        {
          actorId: actor.id,
          action: 'notification_template.reset',
          entityType: 'notification_template',
          entityId: key(event, language),
          before: { subject: removed.subject, body: removed.body, version: removed.version },
          after: null,
        },
        manager,
      );
    });
    return this.present(event, language, null);
  }

  /** The unsaved text rendered with sample values, as the person would receive it. */
  preview(viewer: AuthenticatedUser, dto: PreviewNotificationTemplateDto, editorLanguage: Locale = 'en'): NotificationTemplatePreviewResponse {
    const text = { subject: dto.subject, body: dto.body };
    this.refuseInvalid(dto.event, dto.language, text, editorLanguage);
    const sample = sampleNotification(dto.event, dto.language);
    return this.render(text, { event: dto.event, language: dto.language, params: sample.params, link: sample.link, recipientName: viewer.displayName });
  }

  private refuseInvalid(event: NotificationEvent, language: Locale, text: TemplateText, editorLanguage: Locale): void {
    const errors = templateErrors(event, language, text, editorLanguage);
    if (errors.length > 0) throw new AppError('template_invalid', errors.map((error) => error.message).join(' '), errors);
  }

  private render(text: TemplateText, request: RenderRequest): RenderedNotification {
    const view = notificationView(request.event, request.params, {
      language: request.language,
      recipientName: request.recipientName,
      link: request.link,
      publicUrl: this.config.publicUrl,
    });
    return renderTemplate(text, view, { language: request.language, portalUrl: this.config.publicUrl, essential: isEssentialNotification(request.event) });
  }

  private present(event: NotificationEvent, language: Locale, stored: StoredTemplate | null): NotificationTemplateResponse {
    const text = stored ?? DEFAULT_TEMPLATES[event][language];
    return {
      event,
      language,
      subject: text.subject,
      body: text.body,
      customised: stored !== null,
      version: stored?.version ?? 0,
      placeholders: placeholdersOf(event),
      updatedAt: stored?.updatedAt.toISOString() ?? null,
      updatedBy: stored?.updatedBy ?? null,
    };
  }
}

function key(event: NotificationEvent, language: Locale): string {
  return `${event}:${language}`;
}

function byKey(rows: StoredTemplate[]): Map<string, StoredTemplate> {
  return new Map(rows.map((row) => [key(row.event, row.language), row]));
}
