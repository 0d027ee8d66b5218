/**
 * The placeholders of NOTIFICATION_PLACEHOLDERS that are lists, with the names each item offers: in a
 * template they are used as `{{#each candidates}}{{candidateName}}{{/each}}`, the item names only inside.
 */
export const NOTIFICATION_LIST_PLACEHOLDERS: Readonly<Record<string, readonly string[]>> = {
  candidates: ['candidateName', 'vacancyTitle', 'waitingDays'],
};
