/**
 * Generate a complete, valid content directory of `n` items: site.yaml, columns.yaml and
 * series and the working-day calendar copied from a source content dir, items of every type in realistic proportions
 * spread over eight years up to the as-of date, relations (interpretations, repealed
 * documents with their replacements, links in the text), attachments hardlinked to a
 * few shared files. Deterministic: the same options give byte-identical files.
 */
import { cpSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync, copyFileSync } from 'node:fs';
import path from 'node:path';
import { COLLECTION_DIRS, KIND_DEFINITIONS } from '../kinds/index.ts';
import type { CorpusItem } from '../kinds/define.ts';
import { columnsAccepting, parseCatalogue } from '../lib/columns.ts';
import { itemUrl } from '../lib/urls.ts';
import { makeBlobs } from './blobs.ts';
import { CITIES, TOPICS } from './bank.ts';
import type { PlannedItem, Validity } from './model.ts';
import { Rng } from './rng.ts';
import { Filler } from './text.ts';
import { TYPES, TYPE_BY_KEY, type TypeSpec, type WriteContext } from './text-generators/index.ts';
import { frontMatter } from './yaml.ts';
import { planArticle, planChanges, supersedeOlderVersions, fillWithNews } from './planning/article.ts';
import { addDays, hashSeed, type PlanContext } from './planning/context.ts';
import { planInterpretations } from './planning/interpretation.ts';
import { namePlan, planPlanTopic } from './planning/plan.ts';
import { namePolicy, reviseNormatives } from './planning/policy.ts';
import { planReleases } from './planning/release.ts';
import { planReportTables } from './planning/report.ts';

export interface GenerateOptions {
  /** Number of items (Markdown files). At least 100. */
  n: number;
  seed: number;
  /** Output content directory; replaced if it holds a previous corpus (or is empty). */
  out: string;
  /** Newest publication date; items spread over the eight calendar years up to it. */
  asOf?: string;
  /** Content dir to copy site.yaml, columns.yaml and series/ from (default: ./content). */
  source?: string;
}

export interface CorpusStats {
  n: number;
  seed: number;
  asOf: string;
  /** Items per type key. */
  byType: Record<string, number>;
  /** Items per column. */
  byColumn: Record<string, number>;
  drafts: number;
  notPublic: number;
  repealed: number;
  attachments: number;
  /** Data releases are generated only when the source has content/series/*.yaml. */
  releases: number;
  bodyChars: { min: number; median: number; max: number };
}

export const MARKER = '.corpus.json';
const DAY = 86400000;

export function generateCorpus(options: GenerateOptions): CorpusStats {
  const { n, seed } = options;
  if (!Number.isInteger(n) || n < 100) throw new Error(`--n 应为不小于 100 的整数（收到 ${n}）`);
  const asOf = options.asOf ?? '2026-11-22';
  const source = path.resolve(options.source ?? 'content');
  const out = path.resolve(options.out);
  const rng = new Rng(seed);
  const plan = rng.fork('plan');
  const asOfYear = Number(asOf.slice(0, 4));
  const firstYear = asOfYear - 7;
  const start = `${firstYear}-01-01`;

  const catalogue = parseCatalogue(readFileSync(path.join(source, 'columns.yaml'), 'utf8')).catalogue;
  for (const t of TYPES) {
    if (!t.column) continue;
    const col = catalogue.byId.get(t.column);
    if (!col || !col.accepts.includes(t.kind)) {
      throw new Error(`栏目清单中没有接收“${t.kind}”的栏目「${t.column}」：请更新 src/corpus/text-generators/`);
    }
  }

  // ——— Dates ———
  const yearWeights = Array.from({ length: 8 }, (_, i) => {
    const y = firstYear + i;
    const coverage = y === asOfYear ? (Date.parse(asOf) - Date.parse(`${y}-01-01`)) / (365 * DAY) : 1;
    return (1 + 0.06 * i) * Math.max(0, coverage);
  });
  /** A working day in [from, to] (weighted by year within the default range). */
  const randomDate = (r: Rng, from = start, to = asOf): string => {
    let d: string;
    if (from === start && to === asOf) {
      const y = firstYear + r.weighted(yearWeights);
      const last = y === asOfYear ? asOf : `${y}-12-31`;
      const span = (Date.parse(last) - Date.parse(`${y}-01-01`)) / DAY;
      d = addDays(`${y}-01-01`, r.int(0, span));
    } else {
      d = addDays(from, r.int(0, (Date.parse(to) - Date.parse(from)) / DAY));
    }
    const wd = new Date(`${d}T00:00:00Z`).getUTCDay();
    if (wd === 6) d = addDays(d, d < addDays(to, -2) ? 2 : -1);
    else if (wd === 0) d = addDays(d, d < addDays(to, -1) ? 1 : -2);
    return d < from ? from : d > to ? to : d;
  };

  const items: PlannedItem[] = [];
  const newItem = (type: TypeSpec, published: string, extra: PlannedItem['extra'] = {}): PlannedItem => {
    const item: PlannedItem = {
      type: type.key,
      kind: type.kind,
      column: type.column,
      published,
      serial: 0,
      slug: '',
      ext: '.md',
      validity: '有效',
      interpretations: [],
      topic: plan.pick(TOPICS),
      city: plan.pick(CITIES),
      extra,
      order: plan.next(),
    };
    items.push(item);
    return item;
  };

  // ——— Counts ———
  const yearlyCount = Math.min(8, Math.max(1, Math.round(n / 125)));
  for (const type of TYPES) {
    if (type.key === 'news' || type.key === 'interpretation') continue;
    if (type.yearly) {
      const { month, days } = type.yearly;
      let made = 0;
      for (let y = asOfYear; y >= firstYear && made < yearlyCount; y--) {
        const d = randomDate(
          plan,
          `${y}-${String(month).padStart(2, '0')}-${String(days[0]).padStart(2, '0')}`,
          `${y}-${String(month).padStart(2, '0')}-${String(Math.min(days[1], 28)).padStart(2, '0')}`,
        );
        if (d > asOf) continue;
        newItem(type, d);
        made++;
      }
      continue;
    }
    const count = Math.max(type.min, Math.round(n * type.share));
    for (let i = 0; i < count; i++) {
      const d = type.range ? randomDate(plan, type.range[0], type.range[1] < asOf ? type.range[1] : asOf) : randomDate(plan);
      newItem(type, d);
    }
  }

  // Columns no type fills (parents that also take items, columns added to the catalogue
  // later) get a few items of the first kind they accept that can be generated freely.
  const filled = new Set([...items.map((i) => i.column), ...TYPES.map((t) => t.column)]);
  const generic: TypeSpec = { ...TYPE_BY_KEY.get('air-article')!, key: 'generic', prefix: 'xinxi', column: '', share: 0, min: 1 };
  const byKind: Partial<Record<string, TypeSpec>> = { article: generic, policy: TYPE_BY_KEY.get('policy')!, plan: TYPE_BY_KEY.get('plan')! };
  for (const c of catalogue.columns) {
    if (c.status !== 'active' || filled.has(c.id)) continue;
    const spec = c.accepts.map((k) => byKind[k]).find(Boolean);
    if (!spec) continue;
    for (let i = 0; i < Math.max(1, Math.round(n * 0.001)); i++) newItem(spec, randomDate(plan)).column = c.id;
  }

  // ——— Kind-specific planning (src/corpus/planning/), in a fixed order ———
  const c: PlanContext = { rng: plan, seed, asOf, start, items, randomDate, newItem };
  for (const item of items) {
    if (item.kind === 'plan') planPlanTopic(item, c);
    else planArticle(item, c);
  }
  supersedeOlderVersions(c);
  planChanges(c);
  for (const item of items) {
    if (item.kind === 'policy') namePolicy(item, c);
    else if (item.kind === 'plan') namePlan(item, c);
  }
  reviseNormatives(c);
  planInterpretations(c);
  planReleases(c, source, n);
  // Kinds that make their own sample items (`corpus` in src/kinds/<kind>/kind.ts): planned
  // now so news fills exactly the rest of the `n` items; written after the others.
  const made = makeKindItems(catalogue, rng.fork('kinds'), n, start, asOf);
  fillWithNews(c, n - made.length);
  planReportTables(c);

  // ——— Serials (索引号), slugs and 文号, in order of publication ———
  const typeIndex = new Map(TYPES.map((t, i) => [t.key, i]));
  items.sort((a, b) => a.published.localeCompare(b.published) || (typeIndex.get(a.type) ?? 99) - (typeIndex.get(b.type) ?? 99) || a.order - b.order);
  const serials = new Map<string, number>();
  const docSerials = new Map<string, number>();
  for (const item of items) {
    const y = item.published.slice(0, 4);
    const s = (serials.get(y) ?? 0) + 1;
    serials.set(y, s);
    item.serial = s;
    const spec = TYPE_BY_KEY.get(item.type) ?? generic;
    if (!item.slug) item.slug = item.kind === 'report' ? `annual-report-${Number(y) - 1}` : `${spec.prefix}-${y}-${String(s).padStart(5, '0')}`;
    const prefix = spec.docPrefix?.(item, plan);
    if (prefix) {
      const key = `${prefix}|${y}`;
      const k = (docSerials.get(key) ?? 0) + 1;
      docSerials.set(key, k);
      item.docPrefix = prefix;
      item.docNumber = `${prefix}〔${y}〕${k}号`;
    }
  }
  // Only proposals' 文号 prefix decides their wording; everything else is numbered now.

  // ——— Write ———
  const tmp = `${out}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  for (const f of ['site.yaml', 'columns.yaml']) copyFileSync(path.join(source, f), path.join(tmp, f));
  const seriesDir = path.join(source, 'series');
  const hasSeries = existsSync(seriesDir) && readdirSync(seriesDir).some((f) => /\.ya?ml$/.test(f));
  if (existsSync(seriesDir)) cpSync(seriesDir, path.join(tmp, 'series'), { recursive: true });
  const calendarDir = path.join(source, 'calendar');
  if (existsSync(calendarDir)) cpSync(calendarDir, path.join(tmp, 'calendar'), { recursive: true });

  const blobDir = path.join(tmp, '.blobs');
  mkdirSync(blobDir);
  for (const [name, bytes] of makeBlobs()) writeFileSync(path.join(blobDir, name), bytes);

  const published = items
    .filter((i) => (i.kind === 'policy' || i.kind === 'plan') && !i.draft && !i.disclosure)
    .sort((a, b) => a.published.localeCompare(b.published));
  const earlierThan = (date: string) => {
    let lo = 0;
    let hi = published.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (published[mid]!.published < date) lo = mid + 1;
      else hi = mid;
    }
    return published.slice(Math.max(0, lo - 60), lo);
  };

  const stats: CorpusStats = {
    n,
    seed,
    asOf,
    byType: {},
    byColumn: {},
    drafts: 0,
    notPublic: 0,
    repealed: 0,
    attachments: 0,
    releases: 0,
    bodyChars: { min: 0, median: 0, max: 0 },
  };
  const lengths: number[] = [];
  const madeDirs = new Set<string>();
  for (const item of items) {
    const spec = TYPE_BY_KEY.get(item.type) ?? generic;
    const r = new Rng(hashSeed(seed, item.slug));
    const f = new Filler(r, { year: Number(item.published.slice(0, 4)), month: Number(item.published.slice(5, 7)), city: item.city, topic: item.topic });
    const w: WriteContext = {
      rng: r,
      f,
      item,
      earlierPolicies: () => earlierThan(item.published),
      link: (target, text) => `[${text ?? `《${target.docName ?? target.title}》`}](${itemUrl(target.slug)})`,
    };
    const written = spec.write(w);
    const body = written.body.render(3000);
    lengths.push(body.length);
    const attachments = written.attachments ?? [];
    const fields: Array<[string, unknown]> = [
      ['title', written.title.slice(0, 200)],
      ['indexNumber', `11990000MB1234560X/${item.published.slice(0, 4)}-${String(item.serial).padStart(5, '0')}`],
      ['column', item.column],
      ['publisher', written.publisher],
      ['written', item.written],
      ['published', item.published],
      ['decided', item.decided],
      ['approved', typeof item.extra.approved === 'string' ? item.extra.approved : undefined],
      ['docNumber', item.docNumber],
      ['keywords', [...new Set(written.keywords)].slice(0, 6)],
      ['validity', item.validity === '有效' ? undefined : (item.validity satisfies Validity)],
      ['replacedBy', item.replacedBy?.slug],
      ['validityChanged', item.validityChanged],
      ['changed', item.changed],
      ['updated', item.updated],
      ['summary', written.summary],
      ['category', written.category ?? item.category],
      ['needsInterpretation', item.needsInterpretation && item.type !== 'normative' ? true : undefined],
      ...(written.fields ?? []),
      ['attachments', attachments.map((a) => ({ file: a.rel, title: a.title }))],
      ['draft', item.draft ? true : undefined],
      ['disclosure', item.disclosure],
    ];
    const dir = item.kind === 'report' ? path.join(tmp, COLLECTION_DIRS.report) : path.join(tmp, COLLECTION_DIRS[item.kind], item.published.slice(0, 4));
    if (!madeDirs.has(dir)) {
      mkdirSync(path.join(dir, 'files'), { recursive: true });
      madeDirs.add(dir);
    }
    writeFileSync(path.join(dir, `${item.slug}${item.ext}`), `${frontMatter(fields)}${body}`);
    const images = (written.fields ?? []).find(([k]) => k === 'images')?.[1] as Array<{ src: string }> | undefined;
    for (const file of written.files ?? []) writeFileSync(path.join(dir, file.rel), file.text);
    if (item.kind === 'release') stats.releases++;
    for (const a of [...attachments, ...(images ?? []).map((i) => ({ rel: i.src, blob: 'yitu.png' }))]) {
      linkOrCopy(path.join(blobDir, a.blob), path.join(dir, a.rel));
      stats.attachments++;
    }
    stats.byType[item.type] = (stats.byType[item.type] ?? 0) + 1;
    stats.byColumn[item.column] = (stats.byColumn[item.column] ?? 0) + 1;
    if (item.draft) stats.drafts++;
    if (item.disclosure) stats.notPublic++;
    if (item.validity === '废止') stats.repealed++;
  }
  // The kinds' own items, numbered after the year's other items.
  for (const { kind, item } of made) {
    const y = item.data.published.slice(0, 4);
    const serial = (serials.get(y) ?? 0) + 1;
    serials.set(y, serial);
    const { title, ...rest } = item.data;
    const fields: Array<[string, unknown]> = [
      ['title', title],
      ['indexNumber', `11990000MB1234560X/${y}-${String(serial).padStart(5, '0')}`],
      ...Object.entries(rest),
    ];
    const dir = path.join(tmp, COLLECTION_DIRS[kind as keyof typeof COLLECTION_DIRS], y);
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, `${item.slug}.md`), `${frontMatter(fields)}${item.body}`);
    // Their attachments are the shared blobs (a PDF, or a CSV list). Their bodies are short
    // notices with the facts in front matter, so they stay out of `bodyChars` (the text generators').
    const attachments = (rest.attachments ?? []) as Array<{ file: string }>;
    for (const a of attachments) {
      mkdirSync(path.dirname(path.join(dir, a.file)), { recursive: true });
      linkOrCopy(path.join(blobDir, a.file.endsWith('.csv') ? 'list.csv' : 'small.pdf'), path.join(dir, a.file));
      stats.attachments++;
    }
    stats.byType[kind] = (stats.byType[kind] ?? 0) + 1;
    stats.byColumn[item.data.column] = (stats.byColumn[item.data.column] ?? 0) + 1;
  }
  lengths.sort((a, b) => a - b);
  stats.bodyChars = { min: lengths[0] ?? 0, median: lengths[Math.floor(lengths.length / 2)] ?? 0, max: lengths.at(-1) ?? 0 };
  writeFileSync(path.join(tmp, MARKER), `${JSON.stringify({ generator: 'scripts/gen-corpus.ts', seriesFound: hasSeries, ...stats }, null, 2)}\n`);

  // Swap into place; refuse to delete a folder that is not a previous corpus.
  if (existsSync(out)) {
    const isCorpus = existsSync(path.join(out, MARKER));
    const isEmpty = statSync(out).isDirectory() && readdirSync(out).length === 0;
    if (!isCorpus && !isEmpty) {
      rmSync(tmp, { recursive: true, force: true });
      throw new Error(`${out} 已存在且不是生成的语料目录（没有 ${MARKER}），不会覆盖`);
    }
    rmSync(out, { recursive: true, force: true });
  }
  mkdirSync(path.dirname(out), { recursive: true });
  renameSync(tmp, out);
  return stats;
}

/** Every kind's sample items (its declaration's `corpus`), each with its kind. */
function makeKindItems(
  catalogue: ReturnType<typeof parseCatalogue>['catalogue'],
  rng: Rng,
  n: number,
  from: string,
  to: string,
): Array<{ kind: string; item: CorpusItem }> {
  const out: Array<{ kind: string; item: CorpusItem }> = [];
  const taken = new Set<string>();
  for (const k of KIND_DEFINITIONS) {
    if (!k.corpus) continue;
    const columns = columnsAccepting(catalogue, k.id).map((c) => c.id);
    if (columns.length === 0) continue;
    const r = rng.fork(k.id);
    const items = k.corpus.make({
      count: Math.max(1, Math.round(n * k.corpus.share)),
      from,
      to,
      random: () => r.next(),
      columns,
      cities: CITIES.map((c) => c.name),
      taken,
    });
    for (const item of items) {
      if (taken.has(item.slug)) throw new Error(`“${k.id}”的语料生成器给出了重复的文件名 ${item.slug}`);
      taken.add(item.slug);
      out.push({ kind: item.kind ?? k.id, item });
    }
  }
  return out;
}

function linkOrCopy(from: string, to: string): void {
  try {
    linkSync(from, to);
  } catch {
    copyFileSync(from, to);
  }
}

/** What `npm run gen:corpus` prints about a generated corpus (after its first line). */
export function describeCorpus(stats: CorpusStats): string[] {
  return [
    `  附件 ${stats.attachments} 个（硬链接到少数共享文件），废止 ${stats.repealed}，草稿 ${stats.drafts}，不主动公开 ${stats.notPublic}`,
    `  正文长度：最短 ${stats.bodyChars.min}，中位 ${stats.bodyChars.median}，最长 ${stats.bodyChars.max} 字符`,
    `  数据发布：${stats.releases === 0 ? '未生成（content/series/ 下没有数据系列定义）' : stats.releases}`,
    `  各类：${Object.entries(stats.byType)
      .sort((a, b) => b[1] - a[1])
      .map(([k, v]) => `${k} ${v}`)
      .join('，')}`,
  ];
}
