/**
 * The kinds' reference for developers (docs/content-model.md, between the `kinds:start`
 * and `kinds:end` markers), written from the declarations so it cannot drift:
 * `npm run docs:kinds` rewrites it, and a unit test fails when it is stale.
 */
import { BASE_FIELDS } from './define.ts';
import { KIND_DEFINITIONS, KIND_LABELS, type Kind } from './index.ts';

export const DOCS_START = '<!-- kinds:start (written by npm run docs:kinds from src/kinds/; do not edit by hand) -->';
export const DOCS_END = '<!-- kinds:end -->';

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** The reference in Markdown: one section per kind with its folder, fields, links and hooks. */
export function kindsReference(): string {
  const out: string[] = [];
  for (const k of KIND_DEFINITIONS) {
    out.push(`### \`${k.id}\` ${k.label} (${k.labelEn})`, '');
    out.push(`${k.description} Folder \`content/${k.dir}/\`; declared in \`src/kinds/${k.id}/\`.`, '');
    const own = Object.entries(k.fields).filter(([key]) => !(key in BASE_FIELDS));
    if (own.length) {
      out.push('| field | 中文名 | expected |', '| --- | --- | --- |');
      for (const [key, f] of own) out.push(`| \`${key}\` | ${cell(f.label)}${f.date ? '（日期）' : ''} | ${cell(f.expected)} |`);
      out.push('');
    } else out.push('No fields beyond the shared ones.', '');
    const extras: string[] = [];
    for (const l of k.links ?? []) extras.push(`\`${l.field}\` links to ${l.targets.map((t) => `${KIND_LABELS[t as Kind] ?? t} (\`${t}\`)`).join(' or ')}`);
    for (const f of k.facets ?? []) extras.push(`search filter \`${f.key}\` (${f.label})`);
    for (const a of k.audit ?? []) extras.push(`audit list \`${a.key}\` (${a.title})`);
    if (k.status) extras.push('a status for the as-of date, shown in lists');
    if (k.listing) extras.push('its own column order and groups');
    if (k.check) extras.push('rules across its items');
    if (k.meta) extras.push('rows in the metadata table');
    if (k.scaffold) extras.push('`npm run new` scaffold');
    if (k.corpus) extras.push(`corpus share ${k.corpus.share}`);
    if (extras.length) out.push(`Also: ${extras.join('; ')}.`, '');
  }
  return out.join('\n').trimEnd();
}

/** `text` with the part between the markers replaced by the current reference. */
export function withKindsReference(text: string): string {
  const start = text.indexOf(DOCS_START);
  const end = text.indexOf(DOCS_END);
  if (start < 0 || end < start) throw new Error(`docs/content-model.md 缺少标记 ${DOCS_START} … ${DOCS_END}`);
  return `${text.slice(0, start + DOCS_START.length)}\n\n${kindsReference()}\n\n${text.slice(end)}`;
}
