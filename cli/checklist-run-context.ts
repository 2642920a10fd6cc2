/** What core cannot know by itself: the moment of a run and who runs it, as this machine says. */
import { userInfo } from 'node:os';
import type { CollectContext } from '../core/checklists/collect';
import { localIso } from '../xlsx/local-time';

export { localIso };

/** The login of whoever runs the command; '' where the system does not say. */
export function whoRuns(): string {
  try {
    return userInfo().username;
  } catch {
    return process.env['USER'] ?? process.env['USERNAME'] ?? '';
  }
}

export function runContext(now = new Date()): CollectContext {
  return { now: localIso(now), who: whoRuns() };
}
