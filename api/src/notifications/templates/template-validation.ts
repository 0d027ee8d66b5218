import type { Locale, NotificationEvent, ProblemFieldError } from '@referrals/contracts';
import { isEssentialNotification } from '@referrals/contracts';
import type { TemplateText } from './default-templates';
import { notificationView } from './notification-view';
import { sampleNotification } from './sample-notifications';
import { renderTemplate } from './template-renderer';
import { templateScopeOf } from './template-scope';
import { TEMPLATE_MESSAGES } from './template-messages';
import { checkTemplate } from './template-syntax';

/**
 * Everything wrong with an edited template, per field ('subject', 'body') and in the editor's language;
 * empty when it can be saved.
 * Beyond the syntax check, a template that passes is rendered once with sample values, so nothing that
 * fails at send time can be saved.
 */
export function templateErrors(
  event: NotificationEvent,
  language: Locale,
  text: TemplateText,
  editorLanguage: Locale = 'en',
): ProblemFieldError[] {
  const scope = templateScopeOf(event);
  const errors: ProblemFieldError[] = [
    ...checkTemplate(text.subject, scope, editorLanguage).map((problem) => ({ field: 'subject', message: problem.message })),
    ...checkTemplate(text.body, scope, editorLanguage).map((problem) => ({ field: 'body', message: problem.message })),
  ];
  if (errors.length > 0) return errors;
  try {
    const sample = sampleNotification(event, language);
    const view = notificationView(event, sample.params, { language, recipientName: 'Sample', link: sample.link, publicUrl: 'https://portal.example' });
    renderTemplate(text, view, { language, portalUrl: 'https://portal.example', essential: isEssentialNotification(event) });
  } catch (error) {
    return [{ field: 'body', message: TEMPLATE_MESSAGES[editorLanguage].cannotRender(error instanceof Error ? error.message : String(error)) }];
  }
  return [];
}
