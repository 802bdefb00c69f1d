/* Applies saved display preferences (适老化模式, 高对比度, 文字大小, 十字光标) to <html>
   before first paint, so a returning visitor never sees the normal layout flash.
   Kept tiny, classic and blocking on purpose; src/scripts/a11y-prefs.ts writes the same
   key and sets the same attributes — keep the two in step. */
(function () {
  try {
    var p = JSON.parse(localStorage.getItem('portal-prefs') || '{}') || {};
    var d = document.documentElement;
    if (p.elderly === true) d.setAttribute('data-elderly', '');
    if (p.contrast === true) d.setAttribute('data-contrast', 'high');
    if (p.text === 1 || p.text === 2 || p.text === 3) d.setAttribute('data-text', String(p.text));
    if (p.guide === true) d.setAttribute('data-guide', '');
  } catch (e) {
    /* storage unavailable or unreadable: keep the defaults */
  }
})();
