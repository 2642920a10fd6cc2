/** Loads spravka-files.js (docx and ECharts) the first time a справка is downloaded. */
import { ru } from '../../core/messages/ru';
import { lazyScript } from '../lazy-script';
import type { SpravkaKit } from './spravka-kit';

/** The bundle's file name: scripts/build-excel.mjs builds it under this name. */
export const SPRAVKA_SCRIPT = 'spravka-files.js';
export const SPRAVKA_GLOBAL = '__okoSpravkaFiles';

declare global {
  interface Window {
    [SPRAVKA_GLOBAL]?: SpravkaKit;
  }
}

export const loadSpravkaKit: () => Promise<SpravkaKit> = lazyScript(
  SPRAVKA_SCRIPT,
  () => window[SPRAVKA_GLOBAL],
  ru.excel.summary.kitFailed,
  ru.excel.legacy.spravka,
);
