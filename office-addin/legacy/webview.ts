/**
 * Internet Explorer 11, the webview of Excel 2016 and 2019: the inline first script of the page
 * (legacy/boot.js) marks it; the user agent is the fallback where that script did not run.
 */

declare global {
  interface Window {
    /** Set by boot.js: this page runs in Internet Explorer 11. */
    okoLegacy?: boolean;
    /** Defined by boot.js: the bundle has shown its own content; the «did not start» note goes. */
    okoStart?: () => void;
  }
}

export function isLegacyWebview(): boolean {
  if (typeof window === 'undefined') return false;
  if (typeof window.okoLegacy === 'boolean') return window.okoLegacy;
  return typeof navigator !== 'undefined' && /Trident\/|MSIE /.test(navigator.userAgent);
}

/** Tells the page's first script that the bundle started (no-op where that script is absent). */
export function markStarted(): void {
  if (typeof window !== 'undefined' && typeof window.okoStart === 'function') window.okoStart();
}
