// Kept apart from the DTO classes: the web imports these values, and importing a file with validator
// decorators would pull class-validator (and its Reflect metadata) into the browser bundle.
export const VACANCY_SORTS = ['relevance', 'newest', 'title', 'bonus'] as const;
export type VacancySort = (typeof VACANCY_SORTS)[number];
