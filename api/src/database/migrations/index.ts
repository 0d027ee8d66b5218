import { Foundation1764057600000 } from './1764057600000-foundation';

/** Every migration, oldest first. A new migration is added here in the same commit as its entity change. */
export const MIGRATIONS = [Foundation1764057600000];
