/**
 * Generate a complete, valid content directory of `n` items: site.yaml, columns.yaml and
 * series and the working-day calendar copied from a source content dir, items of every type in realistic proportions
 * spread over eight years up to the as-of date, relations (interpretations, repealed
 * documents with their replacements, links in the text), attachments hardlinked to a
 * few shared files. Deterministic: the same options give byte-identical files.
 */
import { cpSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync, copyFileSync } from 'node:fs';
import path from 'node:path';
import { COLLECTION_DIRS } from '../lib/schemas/items.ts';
import { parseCatalogue } from '../lib/columns.ts';
import { itemUrl } from '../lib/urls.ts';
import { makeBlobs } from './blobs.ts';
import { CITIES, TOPICS } from './bank.ts';
import type { PlannedItem, Validity } from './model.ts';
import { Rng } from './rng.ts';
import { Filler } from './text.ts';
import { loadSeriesDir } from '../lib/series/load.ts';
import { releaseBody, releaseCsv, releasePeriods, releaseTitle, reportTables } from './structured.ts';
import { TYPES, TYPE_BY_KEY, type TypeSpec, type WriteContext } from './text-generators/index.ts';
import { frontMatter } from './yaml.ts';

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

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
}

/** Hash of a seed and a label: each item's text has its own generator, independent of the others. */
function hashSeed(seed: number, label: string): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < label.length; i++) h = Math.imul(h ^ label.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

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
        const d = randomDate(plan, `${y}-${String(month).padStart(2, '0')}-${String(days[0]).padStart(2, '0')}`, `${y}-${String(month).padStart(2, '0')}-${String(Math.min(days[1], 28)).padStart(2, '0')}`);
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

  // ——— Type-specific planning ———
  const docTypes = ['管理办法', '实施细则', '管理规定', '工作规程', '考核办法', '实施意见'];
  for (const item of items) {
    const r = plan;
    const y = Number(item.published.slice(0, 4));
    switch (item.type) {
      case 'penalty':
        item.extra.cityLevel = r.chance(0.3);
        item.written = addDays(item.published, -r.int(1, 6));
        // 决定日期: the decision letter's date; about 3 % are published after the 双公示 clock (7 working days).
        if (r.chance(0.03)) item.written = addDays(item.published, -r.int(12, 20));
        item.decided = item.written;
        break;
      case 'eia': {
        const stage = ['accept', 'pending', 'approval'][r.weighted([3, 3, 4])]!;
        item.extra.stage = stage;
        if (stage === 'approval') item.written = addDays(item.published, -r.int(1, 4));
        break;
      }
      case 'budget':
      case 'final':
        // 批复日期: published within 20 days of approval, about 3 % later (预算法第十四条).
        item.extra.approved = addDays(item.published, r.chance(0.03) ? -r.int(22, 40) : -r.int(5, 18));
        break;
      case 'permit':
        item.extra.batch = r.int(1, 3);
        item.decided = addDays(item.published, r.chance(0.03) ? -r.int(12, 20) : -r.int(1, 5));
        break;
      case 'proposal': {
        // Replies come out June–September; before June of the as-of year, last year's season.
        const season = `${y}-06-01` <= asOf ? y : y - 1;
        item.published = randomDate(r, `${season}-06-01`, `${season}-09-30` < asOf ? `${season}-09-30` : asOf);
        break;
      }
      case 'guide':
      case 'institution':
      case 'on-request':
      case 'rules-article':
        item.extra.variant = r.int(0, 3);
        break;
      case 'air-plan':
        item.topic = r.pick(TOPICS.filter((t) => t.theme === 'air'));
        break;
      case 'water-plan':
        item.topic = r.pick(TOPICS.filter((t) => t.theme === 'water'));
        break;
      default:
        break;
    }
  }

  // Older versions of guides and similar pages are marked 失效 (superseded) when a newer one exists.
  for (const key of ['guide', 'institution', 'on-request']) {
    const list = items.filter((i) => i.type === key).sort((a, b) => a.published.localeCompare(b.published));
    for (let i = 0; i < list.length - 1; i++) {
      list[i]!.extra.variant = 0;
      list[i + 1]!.extra.variant = 0;
      if (key === 'guide') {
        list[i]!.validity = '失效';
        list[i]!.validityChanged = list[i + 1]!.published;
      }
    }
  }

  // Policies and plans: names, categories, versions of normative documents, interpretations.
  const policyCats = ['通知', '通知', '意见', '办法', '决定', '其他'];
  for (const item of items) {
    const r = plan;
    const y = Number(item.published.slice(0, 4));
    const t = item.topic;
    if (item.kind === 'policy') {
      item.written = addDays(item.published, -r.int(2, 20));
      if (item.type === 'normative') {
        item.category = '行政规范性文件';
        item.docName = `江南省${t.label}${r.pick(docTypes)}`;
        item.title = `关于印发《${item.docName}》的通知`;
      } else if (item.type === 'notice-policy') {
        item.category = r.pick(['公告', '通告']);
        item.docName = `江南省生态环境厅关于${t.label}有关事项的${item.category}`;
        item.title = item.docName;
      } else if (item.type === 'rules-policy') {
        item.category = '办法';
        item.docName = `江南省生态环境厅${r.pick(['政府信息公开工作规程', '政策文件发布和解读办法', '政务新媒体管理办法', '政府信息主动公开基本目录管理办法'])}`;
        item.title = `关于印发《${item.docName}》的通知`;
      } else {
        const cat = r.pick(policyCats);
        item.category = cat;
        if (cat === '办法') {
          item.docName = `江南省${t.label}${r.pick(docTypes)}`;
          item.title = `关于印发《${item.docName}》的通知`;
        } else if (cat === '意见') {
          item.docName = `关于${r.pick(['加强', '推进', '深化', '全面推进'])}${t.label}的实施意见`;
          item.title = item.docName;
        } else if (cat === '决定') {
          item.docName = `关于${r.pick(['表彰', '命名', '调整'])}${y}年度${t.label}${r.pick(['先进集体和先进个人', '示范单位', '有关事项'])}的决定`;
          item.title = item.docName;
        } else {
          item.docName = `关于${r.pick(['做好', '开展', '加强', '进一步规范'])}${y}年${t.label}工作的通知`;
          item.title = item.docName;
        }
        if (r.chance(0.2)) item.needsInterpretation = true;
        if (r.chance(0.05)) {
          const changed = addDays(item.published, r.int(365, 1100));
          if (changed <= asOf) {
            item.validity = '失效';
            item.validityChanged = changed;
          }
        }
      }
    } else if (item.kind === 'plan') {
      item.written = addDays(item.published, -r.int(2, 20));
      if (item.type === 'work-plan') {
        item.category = '工作要点';
        item.docName = r.chance(0.5) ? `江南省生态环境厅${y}年政务公开工作要点` : `${y}年全省生态环境保护工作要点`;
        if (items.some((o) => o !== item && o.docName === item.docName)) item.docName = `江南省生态环境厅${y}年政务公开工作要点`;
      } else if (item.type === 'plan') {
        item.category = '工作计划';
        item.docName = `江南省${y}年${t.label}工作计划`;
      } else {
        item.category = r.pick(['专项规划', '实施方案', '实施方案']);
        item.docName = item.category === '专项规划' ? `江南省${y <= 2025 ? '“十四五”' : '“十五五”'}${t.label}规划` : `江南省${t.label}${r.pick(['实施方案', '攻坚行动方案', '三年行动方案'])}`;
        if (item.type === 'special-plan' && r.chance(0.3)) item.needsInterpretation = true;
      }
      item.title = item.docName;
    }
  }

  // Normative documents revised over time: an older version is repealed (废止) and names its replacement.
  const normatives = items.filter((i) => i.type === 'normative').sort((a, b) => a.published.localeCompare(b.published) || a.order - b.order);
  for (let i = 0; i < normatives.length; i++) {
    const old = normatives[i]!;
    if (old.replacedBy || !plan.chance(0.18)) continue;
    const later = normatives.filter((o, j) => j > i && !o.replaces && o.published > old.published);
    if (later.length === 0) continue;
    const next = later[plan.int(0, Math.min(3, later.length - 1))]!;
    const ny = next.published.slice(0, 4);
    next.topic = old.topic;
    next.docName = `${old.docName!.replace(/（\d{4}年修订）$/, '')}（${ny}年修订）`;
    next.title = `关于印发《${next.docName}》的通知`;
    next.replaces = old;
    old.replacedBy = next;
    old.validity = '废止';
    old.validityChanged = next.published;
  }

  // Interpretations: every document that needs one gets one (三同步), some get two.
  const needing = items.filter((i) => i.type === 'normative' || i.needsInterpretation);
  for (const target of needing) {
    const k = plan.chance(0.15) ? 2 : 1;
    for (let j = 0; j < k; j++) {
      let d = addDays(target.published, plan.int(0, 2));
      if (d > asOf) d = target.published;
      const form = j === 0 ? ['文字解读', '简明问答', '一图读懂'][plan.weighted([7, 2, 1])]! : plan.pick(['简明问答', '一图读懂']);
      const interp = newItem(TYPE_BY_KEY.get('interpretation')!, d, { form });
      interp.interprets = target;
      interp.topic = target.topic;
      interp.ext = plan.chance(0.1) ? '.mdx' : '.md';
      target.interpretations.push(interp);
      if (target.validity === '废止' && target.validityChanged) {
        interp.validity = '失效';
        interp.validityChanged = target.validityChanged < d ? d : target.validityChanged;
      }
    }
  }

  // Data releases of every series defined in the source, the most recent periods of each.
  const { series } = loadSeriesDir(source, source);
  const releaseType = TYPE_BY_KEY.get('release')!;
  if (series.size > 0) {
    const budget = Math.max(series.size, Math.round(n * 0.03));
    const all = [...series.values()];
    const available = all.map((s) => releasePeriods(s, 10000, asOf, start).length);
    const totalAvailable = available.reduce((a, b) => a + b, 0);
    all.forEach((s, i) => {
      const count = Math.max(1, Math.min(available[i]!, Math.round((budget * available[i]!) / Math.max(1, totalAvailable))));
      const periods = releasePeriods(s, count, asOf, start);
      // A few periods are never released (the audit's release calendar lists them as missing), a few late.
      const gaps = new Rng(hashSeed(seed, `gaps-${s.id}`));
      for (const [k, p] of periods.entries()) {
        if (k > 0 && k < periods.length - 1 && gaps.chance(0.02)) continue;
        const lateBy = s.dueDays !== undefined && gaps.chance(0.02) ? s.dueDays + gaps.int(1, 10) : 0;
        const it = newItem(releaseType, lateBy && addDays(p.published, lateBy) <= asOf ? addDays(p.published, lateBy) : p.published);
        it.column = s.column;
        it.slug = `${s.id}-${p.period.toLowerCase()}`;
        const r = new Rng(hashSeed(seed, it.slug));
        const { csv, rows } = releaseCsv(s, r, p);
        const rel = `./files/${it.slug}.csv`;
        it.pre = {
          title: releaseTitle(s, p.period),
          keywords: [s.name.replace(/(月报|周报|季报|状况)$/, ''), '数据发布', '环境质量'],
          summary: releaseBody(s, p.period, rows)[0]!.slice(0, 290),
          fields: [['series', s.id], ['period', p.period], ['data', rel]],
          body: releaseBody(s, p.period, rows),
          files: [{ rel, text: csv }],
        };
      }
    });
  }

  // News fills the rest; a few become drafts or are not disclosed proactively.
  const remaining = n - items.length;
  if (remaining < 1) throw new Error(`n=${n} 太小：固定类别已占 ${items.length} 条`);
  const newsType = TYPE_BY_KEY.get('news')!;
  for (let i = 0; i < remaining; i++) {
    const it = newItem(newsType, randomDate(plan));
    if (plan.chance(0.003)) {
      it.draft = true;
      if (plan.chance(0.5)) it.published = addDays(asOf, plan.int(1, 20));
    } else if (plan.chance(0.002)) {
      it.disclosure = plan.chance(0.5) ? '依申请公开' : '不予公开';
    }
  }

  // Annual reports: tables whose carry-over chains from year to year, with this corpus's counts.
  const reports = items.filter((i) => i.kind === 'report').sort((a, b) => a.published.localeCompare(b.published));
  let carried: ReturnType<typeof reportTables>['carriedForward'] | undefined;
  let lastYear = 0;
  for (const rep of reports) {
    const year = Number(rep.published.slice(0, 4)) - 1;
    if (year !== lastYear + 1) carried = undefined;
    lastYear = year;
    const inYear = (i: PlannedItem, d: string | undefined = i.published) => d !== undefined && d.startsWith(String(year));
    const normative = items.filter((i) => i.type === 'normative');
    const end = `${year}-12-31`;
    const t = reportTables(new Rng(hashSeed(seed, `report-${year}`)), carried, {
      penalties: items.filter((i) => i.type === 'penalty' && inYear(i, i.decided)).length,
      licensing: items.filter((i) => i.type === 'permit' && inYear(i, i.decided)).length,
      made: normative.filter((i) => inYear(i)).length,
      repealed: normative.filter((i) => i.validity === '废止' && inYear(i, i.validityChanged)).length,
      current: normative.filter((i) => i.published <= end && !(i.validity === '废止' && i.validityChanged! <= end)).length,
    });
    carried = t.carriedForward;
    rep.pre = { fields: t.fields };
  }

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

  const stats: CorpusStats = { n, seed, asOf, byType: {}, byColumn: {}, drafts: 0, notPublic: 0, repealed: 0, attachments: 0, releases: 0, bodyChars: { min: 0, median: 0, max: 0 } };
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
    `  各类：${Object.entries(stats.byType).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join('，')}`,
  ];
}
