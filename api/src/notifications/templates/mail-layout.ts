import type { Locale } from '@referrals/contracts';

interface LayoutWords {
  portalName: string;
  why: string;
  optional: string;
  essential: string;
  preferences: string;
}

const WORDS: Record<Locale, LayoutWords> = {
  en: {
    portalName: 'Referral Portal',
    why: 'You get this mail because you take part in the referral programme.',
    optional: 'Would you rather not get these mails?',
    essential: 'Mails about your bonus and the programme rules are always sent.',
    preferences: 'Change your mail preferences',
  },
  nl: {
    portalName: 'Referralportaal',
    why: 'Je krijgt deze mail omdat je meedoet aan het aanbrengprogramma.',
    optional: 'Liever geen mails zoals deze?',
    essential: 'Mails over je premie en de programmaregels sturen we altijd.',
    preferences: 'Pas je mailvoorkeuren aan',
  },
};

const FONT = "-apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif";
const ACCENT = '#1a4d8f';

export interface MailLayoutInput {
  language: Locale;
  subject: string;
  /** Sanitised HTML of the body (from renderMarkdown). */
  contentHtml: string;
  portalUrl: string;
  /** Essential mails cannot be switched off; the footer says so instead of offering it. */
  essential: boolean;
}

/**
 * The frame around every mail's HTML part: the portal's name, the message on a white card, and a footer
 * saying why the mail came and where to change that. Inline styles only, since mail clients drop
 * stylesheets; narrow enough for a phone.
 */
export function mailLayout(input: MailLayoutInput): string {
  const words = WORDS[input.language];
  const preferencesUrl = `${input.portalUrl}/me/preferences`;
  const content = input.contentHtml
    .replace(/<a /g, `<a style="color:${ACCENT};font-weight:600" `)
    .replace(/<p>/g, '<p style="margin:0 0 16px">')
    .replace(/<(ul|ol)>/g, '<$1 style="margin:0 0 16px;padding-left:24px">');
  const footer = `${escapeHtml(words.why)} ${escapeHtml(input.essential ? words.essential : words.optional)} <a href="${escapeHtml(preferencesUrl)}" style="color:${ACCENT}">${escapeHtml(words.preferences)}</a>.`;
  return `<!DOCTYPE html>
<html lang="${input.language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(input.subject)}</title>
</head>
<body style="margin:0;padding:0;background:#f3f4f6">
<div style="max-width:600px;margin:0 auto;padding:24px 12px;font-family:${FONT};font-size:16px;line-height:1.5;color:#1f2937">
<div style="padding:0 4px 12px;font-size:18px;font-weight:700;color:${ACCENT}">${escapeHtml(words.portalName)}</div>
<div style="background:#ffffff;border-radius:8px;padding:24px;border:1px solid #e5e7eb">
${content}
</div>
<div style="padding:16px 4px;font-size:13px;line-height:1.5;color:#4b5563">${footer}</div>
</div>
</body>
</html>
`;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}
