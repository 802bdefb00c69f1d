/**
 * Tables as the search reads them: each body row becomes one paragraph of 「表头：值」 pairs
 * (城市：淮安；优良天数比例（%）：92.8；PM2.5（微克/立方米）：55。), so an excerpt of a table
 * hit reads as pairs instead of a string of numbers (「132 ↑3.9 淮安 92.8 55 120」).
 *
 * Applied to the HTML before it is indexed (`transformForIndex`) and before the truth is read
 * (`bodyText`), so the index and the truth of `search:eval` hold the same text. Every word of
 * a cell is still there, in order within its row; a header is repeated for every row.
 *
 * Headers: the rows of <thead> (at the top of the table); without one, the first row. Several header rows give a column the header texts one after another
 * (2025年 PM2.5). colspan and rowspan are expanded, so a spanning cell gives each row and
 * column its value. A cell under an empty header (the corner of a table whose rows are led by
 * a row header) is shown without a label. The caption stays as a paragraph before the rows.
 *
 * Pure string work on our own Astro/Markdown output; nested tables are done innermost first.
 */

/** A table with no table inside it (attributes, content). */
const INNER_TABLE = /<table\b((?:[^>"']|"[^"]*"|'[^']*')*)>((?:(?!<table\b)[\s\S])*?)<\/table\s*>/gi;
const CAPTION = /<caption\b(?:[^>"']|"[^"]*"|'[^']*')*>([\s\S]*?)<\/caption\s*>/i;
const HEAD = /<thead\b(?:[^>"']|"[^"]*"|'[^']*')*>([\s\S]*?)<\/thead\s*>/gi;
const ROW = /<tr\b(?:[^>"']|"[^"]*"|'[^']*')*>([\s\S]*?)(?:<\/tr\s*>|(?=<tr\b)|$)/gi;
const CELL = /<(td|th)\b((?:[^>"']|"[^"]*"|'[^']*')*)>([\s\S]*?)(?:<\/\1\s*>|(?=<t[dh]\b)|$)/gi;
/** Tags that separate words (a line break or block inside a cell). */
const BREAK_TAG = /<\/?(?:br|p|div|li|ul|ol|h[1-6]|blockquote|pre|dl|dt|dd|hr)\b(?:[^>"']|"[^"]*"|'[^']*')*>/gi;
const ANY_TAG = /<\/?[a-zA-Z][\w:-]*(?:[^>"']|"[^"]*"|'[^']*')*>|<!--[\s\S]*?-->/g;

/** Label and value are joined by 「：」, pairs by 「；」 (the space after each is dropped in the readable text). */
export const PAIR = '： ';
export const PAIRS = '； ';
/** Put after a row that does not end a sentence already. */
export const ROW_END = '。';

interface Cell {
  text: string;
  colspan: number;
  rowspan: number;
}

const span = (attrs: string, name: string) => {
  const m = new RegExp(`\\s${name}\\s*=\\s*["']?(\\d+)`, 'i').exec(attrs);
  const n = m ? Number(m[1]) : 1;
  return Number.isInteger(n) && n >= 1 ? Math.min(n, 1000) : 1;
};

/**
 * The text of a cell's HTML (entities kept as written), inline tags removed, blocks and <br>
 * as spaces; a cell of no-break spaces alone (an empty corner cell, common in government
 * tables) is empty.
 */
function cellText(html: string): string {
  const text = html.replace(BREAK_TAG, ' ').replace(ANY_TAG, '').replace(/\s+/g, ' ').trim();
  return /^(?:&nbsp;|&#160;|&#xa0;|\u00a0|\s)*$/i.test(text) ? '' : text;
}

/** The rows of a table as a grid of texts (colspan and rowspan expanded), and which rows are head rows. */
function grid(inner: string): { rows: string[][]; more: boolean[][]; head: boolean[] } {
  const heads: Array<[number, number]> = [];
  for (const m of inner.matchAll(HEAD)) heads.push([m.index, m.index + m[0].length]);
  const rows: string[][] = [];
  /** Whether a position continues the cell to its left (colspan). */
  const more: boolean[][] = [];
  const head: boolean[] = [];
  /** Cells spanning down from earlier rows: column → what is left of them. */
  const carry = new Map<number, { text: string; more: boolean; left: number }>();
  for (const r of inner.matchAll(ROW)) {
    const cells: Cell[] = [...r[1]!.matchAll(CELL)].map((c) => ({
      text: cellText(c[3]!),
      colspan: span(c[2]!, 'colspan'),
      rowspan: span(c[2]!, 'rowspan'),
    }));
    const row: string[] = [];
    const rowMore: boolean[] = [];
    let col = 0;
    const fillCarried = () => {
      for (let down = carry.get(col); down; down = carry.get(col)) {
        row[col] = down.text;
        rowMore[col] = down.more;
        if (--down.left === 0) carry.delete(col);
        col++;
      }
    };
    for (const cell of cells) {
      fillCarried();
      for (let k = 0; k < cell.colspan; k++) {
        row[col] = cell.text;
        rowMore[col] = k > 0;
        if (cell.rowspan > 1) carry.set(col, { text: cell.text, more: k > 0, left: cell.rowspan - 1 });
        col++;
      }
    }
    fillCarried();
    // Spans reaching past this row's last cell.
    for (const [c, down] of [...carry].filter(([c]) => c >= col)) {
      row[c] = down.text;
      rowMore[c] = down.more;
      if (--down.left === 0) carry.delete(c);
    }
    rows.push(Array.from(row, (x) => x ?? ''));
    more.push(Array.from(rowMore, (x) => x ?? false));
    head.push(heads.some(([a, b]) => r.index >= a && r.index < b));
  }
  return { rows, more, head };
}

/** One table (its attributes and content) as paragraphs of 「表头：值」 pairs, in a <div> with the table's attributes. */
function tableAsPairs(attrs: string, inner: string): string {
  const caption = CAPTION.exec(inner);
  const { rows, more, head } = grid(caption ? inner.replace(caption[0], '') : inner);
  // Head rows are the <thead> rows at the top (a stray <thead> further down is body); without
  // them the first row is the header.
  const firstBody = head.findIndex((h) => !h);
  let headCount = firstBody < 0 ? head.length : firstBody;
  if (headCount === 0 && rows.length > 1) headCount = 1;
  const width = Math.max(0, ...rows.map((r) => r.length));
  const labels = Array.from({ length: width }, (_, j) => {
    const parts: string[] = [];
    for (const r of rows.slice(0, headCount)) {
      const t = r[j] ?? '';
      if (t && parts.at(-1) !== t) parts.push(t);
    }
    return parts.join(' ');
  });
  const out: string[] = [];
  if (caption) out.push(`<p>${cellText(caption[1]!)}</p>`);
  // A table of header rows only is shown as plain rows.
  const labelled = headCount > 0 && headCount < rows.length;
  const first = labelled ? headCount : 0;
  for (let i = first; i < rows.length; i++) {
    const r = rows[i]!;
    const pairs: string[] = [];
    r.forEach((value, j) => {
      // A value spanning several columns is said once.
      if (!value || more[i]![j]) return;
      const label = labelled ? labels[j] : '';
      pairs.push(label && label !== value ? `${label}${PAIR}${value}` : value);
    });
    // A row is a sentence: an excerpt can start at the row holding the match.
    const row = pairs.join(PAIRS);
    if (row) out.push(`<p>${row}${/[。！？.!?]$/u.test(row) ? '' : ROW_END}</p>`);
  }
  return `<div${attrs.replace(/\sclass="[^"]*"/, '')}>${out.join('')}</div>`;
}

/** `html` with every <table> written as paragraphs of 「表头：值」 pairs (see the module comment). */
export function tablesAsPairs(html: string): string {
  if (!/<table\b/i.test(html)) return html;
  let out = html;
  for (let prev = ''; prev !== out;) {
    prev = out;
    out = out.replace(INNER_TABLE, (_, attrs: string, inner: string) => tableAsPairs(attrs, inner));
  }
  return out;
}
