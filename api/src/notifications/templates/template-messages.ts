import type { Locale } from '@referrals/contracts';

/**
 * What a template check says, in the editor's language. The messages name placeholders as the author
 * writes them (`{{name}}`), which is why they are put into words here and not by the web's translations,
 * whose own `{{…}}` interpolation would eat them.
 */
export interface TemplateMessages {
  line(line: number, message: string): string;
  partial(): string;
  unsupported(): string;
  unescaped(name: string): string;
  extraWords(name: string, example: string): string;
  blockNotAvailable(opened: string): string;
  blockArity(helper: string, example: string): string;
  blockParams(helper: string): string;
  notBetweenBraces(described: string, example: string): string;
  dataVariable(original: string): string;
  notSingleName(original: string, example: string): string;
  onlyOutsideList(name: string, list: string, items: readonly string[]): string;
  notInList(name: string, list: string, items: readonly string[]): string;
  listAsValue(name: string): string;
  onlyInList(name: string, list: string): string;
  unknown(name: string, guess: string | null, available: readonly string[]): string;
  notAList(name: string, lists: readonly string[]): string;
  unclosedBlock(): string;
  endsInside(): string;
  badlyWritten(near: string): string;
  emptyOrUnfinished(near: string): string;
  invalidBraces(near: string): string;
  mismatchedBlock(closing: string, opened: string): string;
  cannotRender(reason: string): string;
}

const list = (names: readonly string[]) => names.join(', ');

export const TEMPLATE_MESSAGES: Record<Locale, TemplateMessages> = {
  en: {
    line: (line, message) => `Line ${line}: ${message}`,
    partial: () => '{{> …}} (a partial) is not available in mail templates.',
    unsupported: () => 'this {{…}} form is not available in mail templates; use {{name}}, {{#if}}, {{#unless}} or {{#each}}.',
    unescaped: (name) => `{{{${name}}}} and {{& ${name}}} would insert a value without escaping it; write {{${name}}} instead.`,
    extraWords: (name, example) =>
      `{{${name} …}} has extra words; a placeholder is a single name like {{${example}}}, and only #if, #unless and #each are available as helpers.`,
    blockNotAvailable: (opened) => `${opened} is not available; blocks can be {{#if name}}, {{#unless name}} and {{#each list}}.`,
    blockArity: (helper, example) => `{{#${helper}}} needs exactly one placeholder, e.g. {{#${helper} ${example}}}.`,
    blockParams: (helper) => `{{#${helper} … as |…|}} is not available; inside {{#each}} use the item's names directly.`,
    notBetweenBraces: (described, example) => `${described} cannot go between braces; only placeholders like {{${example}}} can.`,
    dataVariable: (original) => `{{${original}}} is not available in mail templates.`,
    notSingleName: (original, example) => `{{${original}}} is not a placeholder; write placeholders as a single name, e.g. {{${example}}}.`,
    onlyOutsideList: (name, listName, items) =>
      `{{${name}}} can only be used outside {{#each ${listName}}}. Available inside it: ${list(items)}.`,
    notInList: (name, listName, items) => `{{${name}}} is not available inside {{#each ${listName}}}. Available there: ${list(items)}.`,
    listAsValue: (name) => `{{${name}}} is a list; repeat its items with {{#each ${name}}}…{{/each}}.`,
    onlyInList: (name, listName) => `{{${name}}} is only available inside {{#each ${listName}}}…{{/each}}.`,
    unknown: (name, guess, available) =>
      `{{${name}}} is not a placeholder of this mail.${guess ? ` Did you mean {{${guess}}}?` : ''} Available: ${list(available)}.`,
    notAList: (name, lists) =>
      `{{#each ${name}}}: ${name} is not a list.${lists.length > 0 ? ` The list of this mail is ${list(lists)}.` : ' This mail has no lists.'}`,
    unclosedBlock: () => 'a block is not closed: every {{#if}}, {{#unless}} and {{#each}} needs its {{/if}}, {{/unless}} or {{/each}}.',
    endsInside: () => 'the template ends inside "{{"; close it with "}}".',
    badlyWritten: (near) => `"${near}" is not written correctly; a placeholder has two braces on each side, like {{name}}.`,
    emptyOrUnfinished: (near) => `"${near}" has an empty or unfinished {{…}}; a placeholder looks like {{name}}.`,
    invalidBraces: (near) => `the braces in "${near}" are not valid; a placeholder looks like {{name}}, a block like {{#if name}}…{{/if}}.`,
    mismatchedBlock: (closing, opened) => `{{/${closing}}} does not close {{#${opened}}}; close the innermost block first.`,
    cannotRender: (reason) => `The template cannot be rendered: ${reason}`,
  },
  nl: {
    line: (line, message) => `Regel ${line}: ${message}`,
    partial: () => '{{> …}} (een partial) kan niet in mailsjablonen.',
    unsupported: () => 'deze vorm van {{…}} kan niet in mailsjablonen; gebruik {{naam}}, {{#if}}, {{#unless}} of {{#each}}.',
    unescaped: (name) => `{{{${name}}}} en {{& ${name}}} zouden een waarde onbeveiligd invoegen; schrijf {{${name}}}.`,
    extraWords: (name, example) =>
      `{{${name} …}} bevat extra woorden; een invulveld is één naam, zoals {{${example}}}, en alleen #if, #unless en #each zijn beschikbaar als hulpfunctie.`,
    blockNotAvailable: (opened) => `${opened} kan niet; blokken zijn {{#if naam}}, {{#unless naam}} en {{#each lijst}}.`,
    blockArity: (helper, example) => `{{#${helper}}} heeft precies één invulveld nodig, bijvoorbeeld {{#${helper} ${example}}}.`,
    blockParams: (helper) => `{{#${helper} … as |…|}} kan niet; gebruik binnen {{#each}} direct de namen van het item.`,
    notBetweenBraces: (described, example) => `${described} kan niet tussen accolades; alleen invulvelden zoals {{${example}}}.`,
    dataVariable: (original) => `{{${original}}} kan niet in mailsjablonen.`,
    notSingleName: (original, example) => `{{${original}}} is geen invulveld; schrijf een invulveld als één naam, bijvoorbeeld {{${example}}}.`,
    onlyOutsideList: (name, listName, items) =>
      `{{${name}}} kan alleen buiten {{#each ${listName}}}. Binnen het blok beschikbaar: ${list(items)}.`,
    notInList: (name, listName, items) => `{{${name}}} is niet beschikbaar binnen {{#each ${listName}}}. Daar beschikbaar: ${list(items)}.`,
    listAsValue: (name) => `{{${name}}} is een lijst; herhaal de items met {{#each ${name}}}…{{/each}}.`,
    onlyInList: (name, listName) => `{{${name}}} is alleen beschikbaar binnen {{#each ${listName}}}…{{/each}}.`,
    unknown: (name, guess, available) =>
      `{{${name}}} is geen invulveld van deze mail.${guess ? ` Bedoel je {{${guess}}}?` : ''} Beschikbaar: ${list(available)}.`,
    notAList: (name, lists) =>
      `{{#each ${name}}}: ${name} is geen lijst.${lists.length > 0 ? ` De lijst van deze mail is ${list(lists)}.` : ' Deze mail heeft geen lijsten.'}`,
    unclosedBlock: () => 'een blok is niet gesloten: elke {{#if}}, {{#unless}} en {{#each}} heeft een {{/if}}, {{/unless}} of {{/each}} nodig.',
    endsInside: () => 'het sjabloon eindigt binnen "{{"; sluit af met "}}".',
    badlyWritten: (near) => `"${near}" is niet goed geschreven; een invulveld heeft twee accolades aan elke kant, zoals {{naam}}.`,
    emptyOrUnfinished: (near) => `"${near}" bevat een lege of onafgemaakte {{…}}; een invulveld ziet eruit als {{naam}}.`,
    invalidBraces: (near) => `de accolades in "${near}" kloppen niet; een invulveld ziet eruit als {{naam}}, een blok als {{#if naam}}…{{/if}}.`,
    mismatchedBlock: (closing, opened) => `{{/${closing}}} sluit {{#${opened}}} niet af; sluit eerst het binnenste blok.`,
    cannotRender: (reason) => `Het sjabloon kan niet worden weergegeven: ${reason}`,
  },
};
