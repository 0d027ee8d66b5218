import type { Locale, NotificationEvent } from '@referrals/contracts';

export interface TemplateText {
  subject: string;
  /** Markdown with placeholders. */
  body: string;
}

/**
 * The built-in wording of every mail, used until HR edits it and again after a reset. Short and warm: the
 * programme's promise is that people hear promptly what became of their referral, and are thanked for it.
 */
export const DEFAULT_TEMPLATES: Record<NotificationEvent, Record<Locale, TemplateText>> = {
  referral_received: {
    en: {
      subject: 'Thanks for referring {{candidateName}}!',
      body: `Hi {{recipientName}},

Thank you for referring **{{candidateName}}**{{#if vacancyTitle}} for {{vacancyTitle}}{{/if}}. Good people know good people, and we are glad you thought of us.

Our recruiters will take a look soon. We will let you know as soon as something changes.

{{#if link}}[Follow your referral]({{link}}){{/if}}`,
    },
    nl: {
      subject: 'Bedankt dat je {{candidateName}} hebt aangedragen!',
      body: `Hoi {{recipientName}},

Bedankt dat je **{{candidateName}}** hebt aangedragen{{#if vacancyTitle}} voor {{vacancyTitle}}{{/if}}. Goede mensen kennen goede mensen, en we zijn blij dat je aan ons dacht.

Onze recruiters kijken er snel naar. We laten het je weten zodra er iets verandert.

{{#if link}}[Volg je aanmelding]({{link}}){{/if}}`,
    },
  },
  candidate_referred: {
    en: {
      subject: 'New referral: {{candidateName}}{{#if vacancyTitle}} for {{vacancyTitle}}{{/if}}',
      body: `Hi {{recipientName}},

{{referrerName}} referred **{{candidateName}}**{{#if vacancyTitle}} for {{vacancyTitle}}{{else}} as an open application{{/if}}.

A quick first look keeps {{referrerName}} involved: they hear from us as soon as the status changes.

{{#if link}}[Review the candidate]({{link}}){{/if}}`,
    },
    nl: {
      subject: 'Nieuwe aanmelding: {{candidateName}}{{#if vacancyTitle}} voor {{vacancyTitle}}{{/if}}',
      body: `Hoi {{recipientName}},

{{referrerName}} heeft **{{candidateName}}** aangedragen{{#if vacancyTitle}} voor {{vacancyTitle}}{{else}} als open sollicitatie{{/if}}.

Kijk er snel even naar, dan blijft {{referrerName}} betrokken: die hoort het van ons zodra de status verandert.

{{#if link}}[Bekijk de kandidaat]({{link}}){{/if}}`,
    },
  },
  referral_status_changed: {
    en: {
      subject: 'Update on {{candidateName}}: {{status}}',
      body: `Hi {{recipientName}},

Your referral of **{{candidateName}}**{{#if vacancyTitle}} for {{vacancyTitle}}{{/if}} has a new status: **{{status}}**.

Thanks again for thinking of us. We will keep you posted.

{{#if link}}[See your referral]({{link}}){{/if}}`,
    },
    nl: {
      subject: 'Nieuws over {{candidateName}}: {{status}}',
      body: `Hoi {{recipientName}},

Je aanmelding van **{{candidateName}}**{{#if vacancyTitle}} voor {{vacancyTitle}}{{/if}} heeft een nieuwe status: **{{status}}**.

Nogmaals bedankt dat je aan ons dacht. We houden je op de hoogte.

{{#if link}}[Bekijk je aanmelding]({{link}}){{/if}}`,
    },
  },
  referral_hired: {
    en: {
      subject: '{{candidateName}} is joining us, thanks to you!',
      body: `Hi {{recipientName}},

Great news: **{{candidateName}}** has been hired as {{vacancyTitle}} and starts on {{startDate}}. Thank you so much for the referral!

{{#if bonusAmount}}Your referral bonus of **{{bonusAmount}}** becomes payable once the programme's conditions are met, usually after the probation period. We will let you know when it does.{{/if}}

{{#if link}}[See your referral]({{link}}){{/if}}`,
    },
    nl: {
      subject: '{{candidateName}} komt bij ons werken, dankzij jou!',
      body: `Hoi {{recipientName}},

Goed nieuws: **{{candidateName}}** is aangenomen als {{vacancyTitle}} en begint op {{startDate}}. Heel erg bedankt voor je aanmelding!

{{#if bonusAmount}}Je aanbrengpremie van **{{bonusAmount}}** wordt uitbetaalbaar zodra aan de voorwaarden van het programma is voldaan, meestal na de proeftijd. We laten het je weten als het zover is.{{/if}}

{{#if link}}[Bekijk je aanmelding]({{link}}){{/if}}`,
    },
  },
  bonus_eligible: {
    en: {
      subject: 'Your referral bonus for {{candidateName}} is on its way',
      body: `Hi {{recipientName}},

{{candidateName}} has now been with us long enough as {{vacancyTitle}}, so your referral bonus of **{{bonusAmount}}** qualifies for payment. HR will review it shortly.

{{#if link}}[See your bonuses]({{link}}){{/if}}`,
    },
    nl: {
      subject: 'Je aanbrengpremie voor {{candidateName}} komt eraan',
      body: `Hoi {{recipientName}},

{{candidateName}} werkt nu lang genoeg bij ons als {{vacancyTitle}}, dus je aanbrengpremie van **{{bonusAmount}}** komt in aanmerking voor uitbetaling. HR kijkt er binnenkort naar.

{{#if link}}[Bekijk je premies]({{link}}){{/if}}`,
    },
  },
  bonus_approved: {
    en: {
      subject: 'Your referral bonus of {{bonusAmount}} is approved',
      body: `Good news, {{recipientName}}!

HR approved your referral bonus of **{{bonusAmount}}** for referring {{candidateName}} ({{vacancyTitle}}). It will be paid with one of the next payroll runs.

Thank you for helping our team grow.

{{#if link}}[See your bonuses]({{link}}){{/if}}`,
    },
    nl: {
      subject: 'Je aanbrengpremie van {{bonusAmount}} is goedgekeurd',
      body: `Goed nieuws, {{recipientName}}!

HR heeft je aanbrengpremie van **{{bonusAmount}}** voor het aandragen van {{candidateName}} ({{vacancyTitle}}) goedgekeurd. Je krijgt hem met een van de komende salarisbetalingen.

Bedankt dat je ons team helpt groeien.

{{#if link}}[Bekijk je premies]({{link}}){{/if}}`,
    },
  },
  bonus_paid: {
    en: {
      subject: 'Your referral bonus of {{bonusAmount}} has been paid',
      body: `Hi {{recipientName}},

Your referral bonus of **{{bonusAmount}}** for referring {{candidateName}} ({{vacancyTitle}}) was paid on {{paidOn}}. You will find it on your payslip.

Thanks once more! Know someone else who would fit in? [Have a look at the open vacancies]({{portalUrl}}/vacancies).`,
    },
    nl: {
      subject: 'Je aanbrengpremie van {{bonusAmount}} is uitbetaald',
      body: `Hoi {{recipientName}},

Je aanbrengpremie van **{{bonusAmount}}** voor het aandragen van {{candidateName}} ({{vacancyTitle}}) is op {{paidOn}} uitbetaald. Je vindt hem terug op je loonstrook.

Nogmaals bedankt! Ken je nog iemand die bij ons past? [Bekijk de openstaande vacatures]({{portalUrl}}/vacancies).`,
    },
  },
  approvals_waiting: {
    en: {
      subject: 'Referral bonuses are waiting for your approval ({{count}})',
      body: `Hi {{recipientName}},

Referral bonuses are waiting for your approval:

- Waiting: **{{count}}**
- Longest wait in days: **{{oldestWaitingDays}}**

A prompt decision keeps the programme's promise: colleagues hear quickly that their referral paid off.

{{#if link}}[Open the approval queue]({{link}}){{/if}}`,
    },
    nl: {
      subject: 'Aanbrengpremies wachten op je goedkeuring ({{count}})',
      body: `Hoi {{recipientName}},

Er wachten aanbrengpremies op je goedkeuring:

- Wachtend: **{{count}}**
- Langste wachttijd in dagen: **{{oldestWaitingDays}}**

Een snelle beslissing houdt de belofte van het programma waar: collega's horen snel dat hun aanmelding iets heeft opgeleverd.

{{#if link}}[Open de goedkeuringen]({{link}}){{/if}}`,
    },
  },
  stale_candidates: {
    en: {
      subject: 'Candidates waiting for a next step ({{count}})',
      body: `Hi {{recipientName}},

These referred candidates have not moved for a while. A short update keeps the colleagues who referred them in the loop:

{{#each candidates}}
- **{{candidateName}}**, {{vacancyTitle}}: no step for {{waitingDays}} days
{{/each}}

{{#if link}}[Open the pipeline]({{link}}){{/if}}`,
    },
    nl: {
      subject: 'Kandidaten wachten op een volgende stap ({{count}})',
      body: `Hoi {{recipientName}},

Deze aangedragen kandidaten staan al een tijdje stil. Met een korte update houd je de collega's die ze aandroegen op de hoogte:

{{#each candidates}}
- **{{candidateName}}**, {{vacancyTitle}}: al {{waitingDays}} dagen geen stap
{{/each}}

{{#if link}}[Open het wervingsproces]({{link}}){{/if}}`,
    },
  },
  programme_updated: {
    en: {
      subject: 'New referral programme rules (version {{version}})',
      body: `Hi {{recipientName}},

We have published version {{version}} of the referral programme rules.{{#if changeSummary}}

**What changed:** {{changeSummary}}{{/if}}

Please read the new rules and accept them in the portal, so your next referrals count under the current terms.

{{#if link}}[Read the rules]({{link}}){{/if}}`,
    },
    nl: {
      subject: 'Nieuwe regels voor het aanbrengprogramma (versie {{version}})',
      body: `Hoi {{recipientName}},

We hebben versie {{version}} van de regels van het aanbrengprogramma gepubliceerd.{{#if changeSummary}}

**Wat er verandert:** {{changeSummary}}{{/if}}

Lees de nieuwe regels en accepteer ze in het portaal, zodat je volgende aanmeldingen onder de actuele voorwaarden vallen.

{{#if link}}[Lees de regels]({{link}}){{/if}}`,
    },
  },
};
