/**
 * Page addresses without the URL and URLSearchParams objects, which Internet Explorer 11 (the
 * webview of Excel 2016 and 2019) lacks: the add-in's pages all sit in one folder.
 */

/** The address of `page` in the same folder as `href` (query and fragment dropped). */
export function besidePage(href: string, page: string): string {
  const path = href.replace(/[?#].*$/, '');
  return path.slice(0, path.lastIndexOf('/') + 1) + page;
}

/** The decoded value of `name` in a query string such as `?m=…`; '' when absent. */
export function queryParam(search: string, name: string): string {
  for (const pair of search.replace(/^\?/, '').split('&')) {
    const at = pair.indexOf('=');
    const key = at < 0 ? pair : pair.slice(0, at);
    if (decodeQuery(key) !== name) continue;
    return at < 0 ? '' : decodeQuery(pair.slice(at + 1));
  }
  return '';
}

function decodeQuery(part: string): string {
  try {
    return decodeURIComponent(part.replace(/\+/g, ' '));
  } catch {
    return part;
  }
}
