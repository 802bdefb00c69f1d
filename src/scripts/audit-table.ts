/**
 * Progressive enhancement of the /audit/ table (src/components/audit/AuditTable.astro):
 * reveals the status filter, makes the column headers sort buttons, and announces the
 * rows shown in the page's live region. Without this script the full table is shown in
 * its built order (worst first), which is complete on its own.
 */

type SortKind = 'text' | 'number';

function init(): void {
  const table = document.querySelector<HTMLTableElement>('[data-audit-table]');
  const body = table?.tBodies[0];
  if (!table || !body) return;
  const rows = Array.from(body.rows);
  const original = new Map(rows.map((r, i) => [r, i]));
  const status = document.querySelector<HTMLElement>('[data-audit-count]');
  const total = rows.length;
  const collator = new Intl.Collator('zh-CN');

  // The live region says how many rows are shown, prefixed by the sort order once sorted.
  let shownText = status?.textContent ?? '';
  let sortText = '';
  const announce = () => {
    if (status) status.textContent = `${sortText}${shownText}`;
  };

  // Filter by status.
  const filterBox = document.querySelector<HTMLElement>('[data-audit-filter]');
  const select = document.querySelector<HTMLSelectElement>('[data-audit-status-filter]');
  const applyFilter = () => {
    if (!select) return;
    const value = select.value;
    let shown = 0;
    for (const row of rows) {
      const visible = value === '' || row.dataset.status === value;
      row.hidden = !visible;
      if (visible) shown++;
    }
    const label = select.selectedOptions[0]?.dataset.label;
    shownText =
      value === ''
        ? `显示全部 ${total} 个栏目。`
        : shown === 0
          ? `没有状态为“${label}”的栏目，共 ${total} 个栏目。`
          : `显示 ${shown} 个状态为“${label}”的栏目，共 ${total} 个栏目。`;
    announce();
  };
  if (filterBox && select) {
    filterBox.hidden = false;
    select.addEventListener('change', applyFilter);
    // Keep a choice the browser restored (back/forward navigation).
    if (select.value !== '') applyFilter();
  }

  // Sortable headers: each becomes a button; aria-sort tells which one is in use.
  const headers = Array.from(table.tHead?.rows[0]?.cells ?? []);
  const valueOf = (row: HTMLTableRowElement, index: number, kind: SortKind): string | number => {
    const cell = row.cells[index];
    const raw = cell?.dataset.sortValue ?? cell?.textContent?.trim() ?? '';
    return kind === 'number' ? Number(raw) : raw;
  };
  const sortBy = (index: number, direction: 'ascending' | 'descending') => {
    const header = headers[index];
    if (!header) return;
    const kind = (header.dataset.sort as SortKind | undefined) ?? 'text';
    const sign = direction === 'ascending' ? 1 : -1;
    const sorted = [...rows].sort((a, b) => {
      const va = valueOf(a, index, kind);
      const vb = valueOf(b, index, kind);
      // Blank cells (no date yet) always go last, whichever the direction.
      if (va === '' && vb !== '') return 1;
      if (vb === '' && va !== '') return -1;
      const diff = typeof va === 'number' && typeof vb === 'number' ? va - vb : collator.compare(String(va), String(vb));
      return diff !== 0 ? sign * diff : original.get(a)! - original.get(b)!;
    });
    body.append(...sorted);
    for (const h of headers) if (h !== header) h.removeAttribute('aria-sort');
    header.setAttribute('aria-sort', direction);
    for (const h of headers) {
      const icon = h.querySelector('[data-sort-icon]');
      if (icon) icon.textContent = h === header ? (direction === 'ascending' ? '▲' : '▼') : '';
    }
    const name = header.querySelector('button')?.dataset.name ?? '';
    sortText = `已按“${name}”${direction === 'ascending' ? '升序' : '降序'}排列。`;
    announce();
  };
  headers.forEach((header, index) => {
    if (!header.dataset.sort) return;
    const name = header.textContent?.trim() ?? '';
    const button = document.createElement('button');
    button.type = 'button';
    button.dataset.name = name;
    button.textContent = name;
    const icon = document.createElement('span');
    icon.dataset.sortIcon = '';
    icon.setAttribute('aria-hidden', 'true');
    icon.textContent = header.getAttribute('aria-sort') === 'ascending' ? '▲' : '';
    button.append(icon);
    header.replaceChildren(button);
    button.addEventListener('click', () => {
      sortBy(index, header.getAttribute('aria-sort') === 'ascending' ? 'descending' : 'ascending');
    });
  });
}

init();
