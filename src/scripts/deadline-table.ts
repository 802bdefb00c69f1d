/**
 * Progressive enhancement of the 公开时限 table (src/components/audit/DeadlineTable.astro):
 * reveals the rule and year filters and announces the rows shown in the live region.
 * Without this script the whole table is shown, which is complete on its own.
 */
function initDeadlineTable(): void {
  const table = document.querySelector<HTMLTableElement>('[data-deadline-table]');
  const body = table?.tBodies[0];
  const box = document.querySelector<HTMLElement>('[data-deadline-filter]');
  const rule = document.querySelector<HTMLSelectElement>('[data-deadline-rule-filter]');
  const year = document.querySelector<HTMLSelectElement>('[data-deadline-year-filter]');
  const status = document.querySelector<HTMLElement>('[data-deadline-count]');
  if (!table || !body || !box || !rule || !year) return;
  const rows = Array.from(body.rows);
  const total = rows.length;
  const apply = () => {
    let shown = 0;
    for (const row of rows) {
      const visible = (rule.value === '' || row.dataset.rule === rule.value) && (year.value === '' || row.dataset.year === year.value);
      row.hidden = !visible;
      if (visible) shown++;
    }
    const parts = [rule.selectedOptions[0]?.dataset.label, year.selectedOptions[0]?.dataset.label].filter(Boolean);
    const what = parts.length ? `“${parts.join('、')}”的` : '';
    if (status) {
      status.textContent =
        parts.length === 0 ? `显示全部 ${total} 项。` : shown === 0 ? `没有${what}问题，共 ${total} 项。` : `显示 ${shown} 项${what}问题，共 ${total} 项。`;
    }
  };
  box.hidden = false;
  rule.addEventListener('change', apply);
  year.addEventListener('change', apply);
  // Keep a choice the browser restored (back/forward navigation).
  if (rule.value !== '' || year.value !== '') apply();
}

initDeadlineTable();
