import {
  COMMON_NOTIFICATION_PLACEHOLDERS,
  NOTIFICATION_LIST_PLACEHOLDERS,
  NOTIFICATION_PLACEHOLDERS,
  type NotificationEvent,
} from '@referrals/contracts';

/** Lists and the names of their items (see the contracts); inside `{{#each}}` only the item's names exist. */
export const LIST_ITEM_PLACEHOLDERS = NOTIFICATION_LIST_PLACEHOLDERS;

/** What a template of one event may refer to. */
export interface TemplateScope {
  /** Names usable at the top level, lists included. */
  readonly names: readonly string[];
  /** The list placeholders of the event, each with its item names. */
  readonly lists: Readonly<Record<string, readonly string[]>>;
}

export function templateScopeOf(event: NotificationEvent): TemplateScope {
  const own = NOTIFICATION_PLACEHOLDERS[event];
  const lists = Object.fromEntries(Object.entries(LIST_ITEM_PLACEHOLDERS).filter(([list]) => own.includes(list)));
  const itemOnly = new Set(Object.values(lists).flat());
  const names = [...own.filter((name) => !itemOnly.has(name)), ...COMMON_NOTIFICATION_PLACEHOLDERS];
  return { names, lists };
}

/** Every placeholder of the event as the editor offers it: top-level names and list items. */
export function placeholdersOf(event: NotificationEvent): string[] {
  return [...new Set([...NOTIFICATION_PLACEHOLDERS[event], ...COMMON_NOTIFICATION_PLACEHOLDERS])];
}
