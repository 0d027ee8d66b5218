import 'reflect-metadata';
import { LOCALES, NOTIFICATION_EVENTS } from '@referrals/contracts';
import { DEFAULT_TEMPLATES } from './default-templates';
import { templateScopeOf } from './template-scope';
import { checkTemplate } from './template-syntax';
import { templateErrors } from './template-validation';

const referral = templateScopeOf('referral_received');
const stale = templateScopeOf('stale_candidates');

describe('checkTemplate', () => {
  it('accepts every built-in template, which also renders with sample values', () => {
    for (const event of NOTIFICATION_EVENTS) {
      for (const language of LOCALES) {
        expect({ event, language, errors: templateErrors(event, language, DEFAULT_TEMPLATES[event][language]) }).toEqual({ event, language, errors: [] });
      }
    }
  });

  it('accepts placeholders, #if with else, #unless and comments', () => {
    const source = 'Hi {{recipientName}},\n{{#if vacancyTitle}}for {{vacancyTitle}}{{else}}open{{/if}}\n{{#unless link}}no link{{/unless}}{{! a note }}';
    expect(checkTemplate(source, referral)).toEqual([]);
  });

  it('names a misspelt placeholder with its line, a likely intended name and the available ones', () => {
    expect(checkTemplate('Hi,\n\nThanks for {{candidateNme}}.', referral)).toEqual([
      {
        line: 3,
        message:
          'Line 3: {{candidateNme}} is not a placeholder of this mail. Did you mean {{candidateName}}? Available: candidateName, vacancyTitle, recipientName, link, portalUrl.',
      },
    ]);
  });

  it('refuses a placeholder of another event', () => {
    expect(checkTemplate('{{bonusAmount}}', referral)[0].message).toMatch(/^Line 1: \{\{bonusAmount\}\} is not a placeholder of this mail/);
  });

  it('refuses unescaped output in both spellings', () => {
    expect(checkTemplate('a\n{{{candidateName}}}', referral)).toEqual([
      { line: 2, message: 'Line 2: {{{candidateName}}} and {{& candidateName}} would insert a value without escaping it; write {{candidateName}} instead.' },
    ]);
    expect(checkTemplate('{{& candidateName}}', referral)).toHaveLength(1);
  });

  it('refuses partials, other helpers, helper arguments and block parameters', () => {
    expect(checkTemplate('{{> footer}}', referral)[0].message).toContain('partial');
    expect(checkTemplate('{{#with link}}x{{/with}}', referral)[0].message).toBe(
      'Line 1: {{#with}} is not available; blocks can be {{#if name}}, {{#unless name}} and {{#each list}}.',
    );
    expect(checkTemplate('{{lookup candidateName "x"}}', referral)[0].message).toContain('has extra words');
    expect(checkTemplate('{{#if candidateName vacancyTitle}}x{{/if}}', referral)[0].message).toContain('needs exactly one placeholder');
    expect(checkTemplate('{{#each candidates as |c|}}{{c}}{{/each}}', stale)[0].message).toContain('as |…|');
    expect(checkTemplate('{{^link}}none{{/link}}', referral)[0].message).toContain('{{^link}} is not available');
  });

  it('refuses paths, data variables, literals and sub-expressions', () => {
    expect(checkTemplate('{{candidateName.length}}', referral)[0].message).toContain('single name');
    expect(checkTemplate('{{this}}', referral)[0].message).toContain('single name');
    expect(checkTemplate('{{constructor.constructor}}', referral)[0].message).toContain('single name');
    expect(checkTemplate('{{#each candidates}}{{../count}}{{/each}}', stale)[0].message).toContain('single name');
    expect(checkTemplate('{{#each candidates}}{{@index}}{{/each}}', stale)[0].message).toBe('Line 1: {{@index}} is not available in mail templates.');
    expect(checkTemplate('{{"text"}}', referral)[0].message).toContain('cannot go between braces');
    expect(checkTemplate('{{#if (candidateName)}}x{{/if}}', referral)[0].message).toContain('cannot go between braces');
  });

  it('keeps list items inside their #each and lists out of plain placeholders', () => {
    expect(checkTemplate('{{#each candidates}}- {{candidateName}} {{waitingDays}}\n{{/each}}', stale)).toEqual([]);
    expect(checkTemplate('{{candidateName}}', stale)[0].message).toBe('Line 1: {{candidateName}} is only available inside {{#each candidates}}…{{/each}}.');
    expect(checkTemplate('{{candidates}}', stale)[0].message).toBe('Line 1: {{candidates}} is a list; repeat its items with {{#each candidates}}…{{/each}}.');
    expect(checkTemplate('{{#each candidates}}{{count}}{{/each}}', stale)[0].message).toBe(
      'Line 1: {{count}} can only be used outside {{#each candidates}}. Available inside it: candidateName, vacancyTitle, waitingDays.',
    );
    expect(checkTemplate('{{#each candidates}}{{bonusAmount}}{{/each}}', stale)[0].message).toBe(
      'Line 1: {{bonusAmount}} is not available inside {{#each candidates}}. Available there: candidateName, vacancyTitle, waitingDays.',
    );
    expect(checkTemplate('{{#each count}}x{{/each}}', stale)[0].message).toBe('Line 1: {{#each count}}: count is not a list. The list of this mail is candidates.');
    expect(checkTemplate('{{#each candidateName}}x{{/each}}', referral)[0].message).toContain('This mail has no lists.');
  });

  it('rewords parse errors with their line', () => {
    expect(checkTemplate('Hi\n{{#if link}}open', referral)).toEqual([
      { line: 2, message: 'Line 2: a block is not closed: every {{#if}}, {{#unless}} and {{#each}} needs its {{/if}}, {{/unless}} or {{/each}}.' },
    ]);
    expect(checkTemplate('Hi\n\nDear {{recipientName}', referral)).toEqual([
      { line: 3, message: 'Line 3: "Dear {{recipientName}" is not written correctly; a placeholder has two braces on each side, like {{name}}.' },
    ]);
    expect(checkTemplate('{{#if link}}\n{{#unless vacancyTitle}}x{{/if}}{{/unless}}', referral)).toEqual([
      { line: 2, message: 'Line 2: {{/if}} does not close {{#unless}}; close the innermost block first.' },
    ]);
    expect(checkTemplate('Hi {{', referral)[0]).toEqual({ line: 1, message: expect.stringMatching(/^Line 1: /) });
    expect(checkTemplate('{{}}', referral)[0].message).toMatch(/^Line 1: /);
  });

  it('leaves text with single braces alone', () => {
    expect(checkTemplate('Prices {like} this } and { that', referral)).toEqual([]);
  });

  it('words the problems in Dutch for a Dutch editor', () => {
    expect(checkTemplate('Hoi,\n\n{{kandidaat}}', referral, 'nl')).toEqual([
      { line: 3, message: 'Regel 3: {{kandidaat}} is geen invulveld van deze mail. Beschikbaar: candidateName, vacancyTitle, recipientName, link, portalUrl.' },
    ]);
    expect(checkTemplate('{{#if link}}open', referral, 'nl')[0].message).toBe(
      'Regel 1: een blok is niet gesloten: elke {{#if}}, {{#unless}} en {{#each}} heeft een {{/if}}, {{/unless}} of {{/each}} nodig.',
    );
    expect(checkTemplate('{{{link}}}', referral, 'nl')[0].message).toBe('Regel 1: {{{link}}} en {{& link}} zouden een waarde onbeveiligd invoegen; schrijf {{link}}.');
  });
});
