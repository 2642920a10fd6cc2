/** The day a command runs for: `--today` (years 1900–2100 only, a typo like 0000 is refused) or the computer's date. */
import { iso } from '../core/grid/dates';
import { ru } from '../core/messages/ru';
import { CliFailure } from './failure';

const MIN_YEAR = 1900;
const MAX_YEAR = 2100;

export function commandToday(given: string | null): string {
  if (given === null) {
    // The CLI may read the clock, core may not.
    const now = new Date();
    return iso(now.getFullYear(), now.getMonth() + 1, now.getDate());
  }
  const year = Number(given.slice(0, 4));
  if (!(year >= MIN_YEAR && year <= MAX_YEAR)) throw new CliFailure(ru.limits.todayYear(given));
  return given;
}
