/// <reference types="office-js" />
/**
 * A ribbon command has no pane to speak in: its outcome is shown in a small Office dialog
 * (message.html), and the command waits until the person closes it.
 */
import { PAGES } from '../ids';
import { besidePage } from '../page-url';

/** Longest a dialog is left open before the command finishes anyway. */
const DIALOG_LIFETIME_MS = 120_000;

export function showMessage(text: string): Promise<void> {
  if (!Office.context.requirements.isSetSupported('DialogApi', '1.1')) return Promise.resolve();
  const url = `${besidePage(window.location.href, PAGES.message)}?m=${encodeURIComponent(text)}`;
  return new Promise((resolve) => {
    Office.context.ui.displayDialogAsync(url, { height: 30, width: 40, displayInIframe: true }, (result) => {
      if (result.status !== Office.AsyncResultStatus.Succeeded) {
        resolve();
        return;
      }
      const dialog = result.value;
      const done = (): void => {
        clearTimeout(timer);
        dialog.close();
        resolve();
      };
      const timer = setTimeout(done, DIALOG_LIFETIME_MS);
      dialog.addEventHandler(Office.EventType.DialogMessageReceived, done);
      dialog.addEventHandler(Office.EventType.DialogEventReceived, () => {
        clearTimeout(timer);
        resolve();
      });
    });
  });
}
