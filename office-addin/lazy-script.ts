/**
 * Loads a bundle that ships beside the pane's page (checklist-files.js, spravka-files.js) on first
 * use: the pane opens fast, nothing comes from elsewhere, a failed load can be tried again. Two
 * features using one bundle (the file kit of «Чек-листы», «ВПР» and «Импорт из Word») load it once.
 */
import { isLegacyWebview } from './legacy/webview';

/** The script element's load by file name, while loading or loaded. */
const scripts = new Map<string, Promise<void>>();

function loadScript(file: string): Promise<void> {
  let loading = scripts.get(file);
  if (!loading) {
    loading = new Promise<void>((resolve, reject) => {
      const script = document.createElement('script');
      // A relative src loads from beside the page (no URL object: Internet Explorer 11 has none).
      script.src = file;
      script.onload = () => resolve();
      script.onerror = () => reject(new Error(file));
      document.getElementsByTagName('head')[0]?.appendChild(script);
    });
    scripts.set(file, loading);
  }
  return loading;
}

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
  return () => {
    if (isLegacyWebview()) return Promise.reject(new Error(legacy));
    const ready = pick();
    if (ready) return Promise.resolve(ready);
    return loadScript(file).then(
      () => {
        const got = pick();
        if (got) return got;
        scripts.delete(file);
        throw new Error(failure);
      },
      () => {
        // A later click tries again (a dropped connection, a pane reloaded meanwhile).
        scripts.delete(file);
        throw new Error(failure);
      },
    );
  };
}
