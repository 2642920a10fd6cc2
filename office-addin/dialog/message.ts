/// <reference types="office-js" />
/** The message dialog of a ribbon command: shows one text, «Закрыть» tells the command. */
import { ru } from '../../core/messages/ru';

void Office.onReady(() => {
  const text = document.getElementById('oko-message');
  const close = document.getElementById('oko-close');
  if (text) text.textContent = new URLSearchParams(window.location.search).get('m') ?? '';
  if (close) {
    close.textContent = ru.excel.close;
    close.addEventListener('click', () => Office.context.ui.messageParent('close'));
  }
});
