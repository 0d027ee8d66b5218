import Handlebars from 'handlebars';
import type { Locale } from '@referrals/contracts';
import { renderMarkdown } from '../../common/markdown';
import type { TemplateText } from './default-templates';
import { mailLayout } from './mail-layout';
import { markdownToText } from './markdown-text';
import { escapeMarkdownValue, markdownSafeUrl } from './markdown-values';
import type { RenderedNotification } from './notification-renderer';
import { type NotificationView, URL_PLACEHOLDERS, type ViewValue } from './notification-view';

// A private Handlebars with only the three block helpers a template may use: nothing HR writes can reach
// `with`, `lookup`, `log`, partials or anything registered elsewhere in the process.
const engine = Handlebars.create();
for (const helper of ['with', 'lookup', 'log', 'helperMissing', 'blockHelperMissing']) engine.unregisterHelper(helper);

const COMPILE_OPTIONS: CompileOptions = {
  knownHelpers: { if: true, unless: true, each: true, with: false, lookup: false, log: false, helperMissing: false, blockHelperMissing: false },
  knownHelpersOnly: true,
  // A missing name throws instead of rendering as nothing; templates are checked on save, so this only
  // guards against a view that lacks a value.
  strict: true,
  // Values are escaped before they go in (for Markdown, which then escapes for HTML), not by Handlebars.
  noEscape: true,
};

const RUNTIME_OPTIONS: Handlebars.RuntimeOptions = { allowProtoPropertiesByDefault: false, allowProtoMethodsByDefault: false };

const compiled = new Map<string, HandlebarsTemplateDelegate>();
const MAX_COMPILED = 500;

function compile(source: string): HandlebarsTemplateDelegate {
  let template = compiled.get(source);
  if (!template) {
    if (compiled.size >= MAX_COMPILED) compiled.clear();
    template = engine.compile(source, COMPILE_OPTIONS);
    compiled.set(source, template);
  }
  return template;
}

export interface RenderSettings {
  language: Locale;
  portalUrl: string;
  essential: boolean;
}

/**
 * One notification in three forms from one template: the subject as a single line with the values as they
 * are; the body rendered to Markdown with every value escaped, then to sanitised HTML inside the mail
 * layout and to plain text for the inbox and the mail's text part. Throws when the template cannot render.
 */
export function renderTemplate(text: TemplateText, view: NotificationView, settings: RenderSettings): RenderedNotification {
  const subject = compile(text.subject)(view, RUNTIME_OPTIONS).replace(/[ \t\r\n\f\v]+/g, ' ').trim();
  const markdown = compile(text.body)(markdownView(view), RUNTIME_OPTIONS);
  const html = mailLayout({
    language: settings.language,
    subject,
    contentHtml: renderMarkdown(markdown),
    portalUrl: settings.portalUrl,
    essential: settings.essential,
  });
  return { subject, text: markdownToText(markdown), html };
}

/** Escapes each value for Markdown; URLs the portal built stay linkable. Numbers stay numbers for `{{#if}}`. */
export function markdownView(view: NotificationView): NotificationView {
  return Object.fromEntries(Object.entries(view).map(([name, value]) => [name, escapeValue(name, value)]));
}

function escapeValue(name: string, value: ViewValue): ViewValue {
  if (Array.isArray(value)) {
    return value.map((item) => Object.fromEntries(Object.entries(item).map(([field, itemValue]) => [field, escapeScalar(field, itemValue)])));
  }
  return escapeScalar(name, value);
}

function escapeScalar(name: string, value: string | number): string | number {
  if (typeof value === 'number') return Number.isInteger(value) && value >= 0 ? value : escapeMarkdownValue(String(value));
  if (URL_PLACEHOLDERS.has(name)) return value === '' ? '' : markdownSafeUrl(value);
  return escapeMarkdownValue(value);
}
