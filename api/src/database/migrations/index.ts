import { Foundation1764057600000 } from './1764057600000-foundation';
import { Vacancies1764144000000 } from './1764144000000-vacancies';
import { Referrals1764230400000 } from './1764230400000-referrals';
import { Pipeline1764316800000 } from './1764316800000-pipeline';
import { BonusLifecycle1764403200000 } from './1764403200000-bonus-lifecycle';
import { Notifications1764489600000 } from './1764489600000-notifications';
import { ListIndexes1764662411000 } from './1764662411000-list-indexes';
import { BonusTotalsIndex1764748800000 } from './1764748800000-bonus-totals-index';

/** Every migration, oldest first. A new migration is added here in the same commit as its entity change. */
export const MIGRATIONS = [Foundation1764057600000, Vacancies1764144000000, Referrals1764230400000, Pipeline1764316800000, BonusLifecycle1764403200000, Notifications1764489600000, ListIndexes1764662411000, BonusTotalsIndex1764748800000];
