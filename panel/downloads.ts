/** Files made in the panel, offered as downloads: object URLs, revoked when no longer shown. */
import type { MadeFile } from './bridge';
import type { DownloadLink } from './panel-state';

const TYPES: Readonly<Record<string, string>> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  zip: 'application/zip',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

export function linkOf(file: MadeFile): DownloadLink {
  const type = TYPES[(/\.([a-z]+)$/i.exec(file.name)?.[1] ?? '').toLowerCase()] ?? 'application/octet-stream';
  // slice(): a copy over a plain ArrayBuffer, which is what a Blob takes.
  return { name: file.name, title: file.title, url: URL.createObjectURL(new Blob([file.bytes.slice()], { type })) };
}

export function revoke(links: readonly DownloadLink[]): void {
  for (const link of links) URL.revokeObjectURL(link.url);
}

/** An `<a download>`: the browser saves the file under its name rather than opening it. */
export function anchorOf(link: DownloadLink, cls: string, text: string): HTMLAnchorElement {
  const a = document.createElement('a');
  a.className = cls;
  a.href = link.url;
  a.download = link.name;
  a.textContent = text;
  return a;
}

/** Starts one download, as if the person clicked its link. */
export function startDownload(link: DownloadLink): void {
  const a = anchorOf(link, '', link.name);
  document.body.append(a);
  a.click();
  a.remove();
}
