/*
 * Runs first in taskpane.html and message.html, inline, in ECMAScript 5 (Excel 2016 and 2019 show
 * add-ins in Internet Explorer 11). It marks that webview for the pane's bundle, shows there what
 * works and what to do with `oko` instead, and, in any webview, replaces a pane that did not start
 * with a Russian message instead of leaving it blank. The build replaces OKO_BOOT_MESSAGES with
 * the texts from the catalog (core/messages/excel.ts, ru.excel.legacy).
 */
(function () {
  var messages = OKO_BOOT_MESSAGES;
  var legacy = /Trident\/|MSIE /.test(navigator.userAgent);
  var shown = {};
  window.okoLegacy = legacy;

  function show(kind, text) {
    if (!text || shown[kind] || !document.body) return;
    var note = document.createElement('p');
    note.className = 'status oko-boot-' + kind + (kind === 'failed' ? ' error' : '');
    note.setAttribute('role', 'alert');
    note.appendChild(document.createTextNode(text));
    document.body.insertBefore(note, document.body.firstChild);
    shown[kind] = note;
  }

  function failed() {
    if (!window.okoStarted) show('failed', messages.failed);
  }

  // A bundle that does not parse or throws before it starts reports here.
  window.addEventListener('error', failed);
  document.addEventListener('DOMContentLoaded', function () {
    if (legacy) show('legacy', messages.banner);
    // Office.js and the bundle normally start in a second or two; a pane still empty by then failed.
    setTimeout(failed, messages.waitMs);
  });
  // The bundle calls this once it shows something itself: the failure note, if any, goes.
  window.okoStart = function () {
    window.okoStarted = true;
    var note = shown.failed;
    if (note && note.parentNode) note.parentNode.removeChild(note);
    shown.failed = null;
  };
})();
