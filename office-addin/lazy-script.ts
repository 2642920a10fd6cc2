/**
 * Loads a bundle that ships beside the pane's page (checklist-files.js, spravka-files.js) on first
 * use: the pane opens fast, nothing comes from elsewhere, a failed load can be tried again.
 */
import { isLegacyWebview } from './legacy/webview';

/**
 * `pick` finds what the script left on `window`; `failure` is the Russian message if it did not.
 * In Internet Explorer 11 (Excel 2016 and 2019) the kit is never loaded: `legacy` says what to do.
 */
export function lazyScript<T>(
  file: string,
  pick: () => T | undefined,
  failure: string,
  legacy: string,
): () => Promise<T> {
  let loading: Promise<T> | null = null;
  return () => {
    if (isLegacyWebview()) return Promise.reject(new Error(legacy));
    loading ??= new Promise<T>((resolve, reject) => {
      const failed = (): void => {
        // A later click tries again (a dropped connection, a pane reloaded meanwhile).
        loading = null;
        reject(new Error(failure));
      };
      const script = document.createElement('script');
      // A relative src loads from beside the page (no URL object: Internet Explorer 11 has none).
      script.src = file;
      script.onload = () => {
        const got = pick();
        if (got) resolve(got);
        else failed();
      };
      script.onerror = failed;
      document.getElementsByTagName('head')[0]?.appendChild(script);
    });
    return loading;
  };
}
