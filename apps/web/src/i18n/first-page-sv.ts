import { accessSv } from '../features/access/i18n/sv';
import { economySv } from '../features/economy/i18n/sv';
import { goalsSv } from '../features/goals/i18n/sv';
import { overviewSv } from '../features/overview/i18n/sv';
import { toDoSv } from '../features/to-do/i18n/sv';
import { combineTranslations } from './combine-translations';
import { sharedSv } from './shared-sv';

/**
 * The Swedish strings the app starts with: the shared ones and those of the features the shell
 * and the overview show (sign-in, the to-do count, the overview with its economy and goal matrix).
 * The rest (sv.ts, about 20 KB gzipped) comes after the first page has rendered; a page other
 * than the overview waits for it as it loads (App.tsx). A string missing here would show its key
 * for a moment, until the rest arrives: i18n-first-page.test.ts reads the first page's code for
 * keys outside this set.
 */
export const firstPageSv = combineTranslations(sharedSv, accessSv, economySv, goalsSv, overviewSv, toDoSv);
