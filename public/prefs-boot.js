/* Applies saved display preferences (elderly mode, contrast, text size) to <html>
   before first paint. Kept tiny, classic and blocking on purpose. */
(function () {
  try {
    var p = JSON.parse(localStorage.getItem('portal-prefs') || '{}');
    var d = document.documentElement;
    if (p.elderly) d.setAttribute('data-elderly', '');
    if (p.contrast) d.setAttribute('data-contrast', 'high');
    if (p.scale) d.style.setProperty('--portal-text-scale', String(p.scale));
    if (p.guide) d.setAttribute('data-guide', '');
  } catch (e) { /* storage unavailable: keep defaults */ }
})();
