/**
 * Loads a bundle that ships beside the pane's page (checklist-files.js, spravka-files.js) on first
 * use: the pane opens fast, nothing comes from elsewhere, a failed load can be tried again.
 */

/** `pick` finds what the script left on `window`; `failure` is the Russian message if it did not. */
export function lazyScript<T>(file: string, pick: () => T | undefined, failure: string): () => Promise<T> {
  let loading: Promise<T> | null = null;
  return () => {
    loading ??= new Promise<T>((resolve, reject) => {
      const failed = (): void => {
        // A later click tries again (a dropped connection, a pane reloaded meanwhile).
        loading = null;
        reject(new Error(failure));
      };
      const script = document.createElement('script');
      script.src = new URL(file, document.baseURI).href;
      script.onload = () => {
        const got = pick();
        if (got) resolve(got);
        else failed();
      };
      script.onerror = failed;
      document.head.append(script);
    });
    return loading;
  };
}
