/// <reference types="office-js" />
/** The message dialog of a ribbon command: shows one text, «Закрыть» tells the command. */
import { excelMessages } from '../../core/messages/excel';
import { queryParam } from '../page-url';

void Office.onReady(() => {
  const text = document.getElementById('oko-message');
  const close = document.getElementById('oko-close');
  if (text) text.textContent = queryParam(window.location.search, 'm');
  if (close) {
    close.textContent = excelMessages.excel.close;
    close.addEventListener('click', () => Office.context.ui.messageParent('close'));
  }
});
