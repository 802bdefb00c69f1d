/**
 * Judge every legal clock of ./rules.ts against the published content, as of a day.
 * Pure: the calendar, series and items come in, a list of findings goes out (each one
 * late, missing, unjudgeable or mismatched item or period, with its dates). Items on time
 * produce nothing. The audit, its exports and `npm run check` all read this list.
 */
import { addDays, daysBetween, type IsoDate } from '../dates.ts';
import { isPublishable, type Item } from '../items.ts';
import { BUDGET_CATEGORIES, DECISION_CATEGORIES } from '../../kinds/article/kind.ts';
import type { Series } from '../schemas/series.ts';
import { addWorkdays, isMissing, missingYearMessage, workdaysBetween, type WorkCalendar } from '../workdays.ts';
import { nextPeriod, periodEnd, periodKind, periodKindFor, periodLabel } from '../series/period.ts';
import { DEADLINE_RULES, DEADLINE_RULE_IDS, type DeadlineRuleId, type DeadlineStatus } from './rules.ts';

export interface DeadlineFinding {
  rule: DeadlineRuleId;
  severity: 'error' | 'warning';
  status: DeadlineStatus;
  /** The item concerned; null for a period or report that was never published. */
  slug: string | null;
  /** Item title, or what is missing (e.g. 设区市环境空气质量月报 2026年4月). */
  title: string;
  /** Project-relative file: the item, or the series definition / column a missing one belongs to. */
  file: string;
  /** The front-matter field the finding is about (published, year, active.penalties …). */
  field: string;
  start: IsoDate | null;
  due: IsoDate | null;
  published: IsoDate | null;
  /** How late: in `unit`s after the due date (for a missing one: up to the as-of day). */
  late: number | null;
  unit: '工作日' | '日' | null;
  /** For the year filter: the year of the due date (of the report year for figures). */
  year: number;
  /** The whole finding in one Chinese sentence. */
  message: string;
  /** Report figures: the report's number and the site's count. */
  reported?: number;
  counted?: number;
}

export interface DeadlineInput {
  /** Items as loaded; only publishable ones are judged. */
  items: readonly Item[];
  series: ReadonlyMap<string, Series>;
  calendar: WorkCalendar;
  asOf: IsoDate;
  /** 三同步 grace in working days (site.yaml rules.interpretationGraceDays). */
  interpretationGraceDays?: number | undefined;
  /**
   * Whether the portal publishes annual reports at all (a column accepts them; default
   * true): then a year without its report is missing even before the first report.
   */
  expectAnnualReports?: boolean | undefined;
}

export interface DeadlineReport {
  findings: DeadlineFinding[];
  counts: Record<DeadlineRuleId, number>;
  errors: number;
  warnings: number;
  /** Years present among the findings, newest first (for the filter). */
  years: number[];
}

const DECISION = new Set<string>(DECISION_CATEGORIES);
const BUDGET = new Set<string>(BUDGET_CATEGORIES);
const PENALTY = '行政处罚决定书';

function finding(rule: DeadlineRuleId, f: Omit<DeadlineFinding, 'rule' | 'severity'> & { severity?: 'error' | 'warning' }): DeadlineFinding {
  return { rule, severity: f.severity ?? DEADLINE_RULES[rule].severity, ...f };
}

/**
 * A working-day clock: `n` working days after `start`, the item published on `published`.
 * Returns a finding when late or when the calendar lacks a needed year; undefined on time.
 */
function workdayClock(
  rule: DeadlineRuleId,
  cal: WorkCalendar,
  item: Item,
  start: IsoDate,
  n: number,
  startLabel: string,
  shown: { date: IsoDate; field: 'published' | 'updated' } = { date: item.data.published, field: 'published' },
): DeadlineFinding | undefined {
  const published = shown.date;
  const actual = shown.field === 'updated' ? '实际更新' : '实际发布';
  const base = { slug: item.slug, title: item.data.title, file: item.file, field: shown.field, start, published, unit: '工作日' as const };
  const name = `「${DEADLINE_RULES[rule].name}」（${DEADLINE_RULES[rule].basis}）`;
  const due = addWorkdays(cal, start, n);
  if (isMissing(due)) {
    return finding(rule, {
      ...base,
      status: 'unknown',
      severity: 'warning',
      due: null,
      late: null,
      year: due.missingYear,
      message: `${missingYearMessage(due.missingYear)}，不能计算${startLabel} ${start} 之后第 ${n} 个工作日（${name}）`,
    });
  }
  if (published <= due) return undefined;
  const late = workdaysBetween(cal, due, published);
  if (isMissing(late)) {
    return finding(rule, {
      ...base,
      status: 'unknown',
      severity: 'warning',
      due,
      late: null,
      year: late.missingYear,
      message: `${missingYearMessage(late.missingYear)}，按${name}最迟应在 ${due} 发布，${actual} ${published}，晚了多少个工作日无法计算`,
    });
  }
  if (late === 0) return undefined; // published on a day off right after the due date: no working day lost
  return finding(rule, {
    ...base,
    status: 'late',
    due,
    late,
    year: Number(due.slice(0, 4)),
    message: `按${name}最迟应在 ${due} 发布（${startLabel} ${start} 之后第 ${n} 个工作日），${actual} ${published}，晚 ${late} 个工作日`,
  });
}

export function judgeDeadlines(input: DeadlineInput): DeadlineReport {
  const { calendar: cal, asOf } = input;
  const grace = input.interpretationGraceDays ?? 3;
  const items = input.items.filter((i) => isPublishable(i, asOf));
  const out: DeadlineFinding[] = [];
  const bySlug = new Map<string, Item>();
  for (const i of items) if (!bySlug.has(i.slug)) bySlug.set(i.slug, i);

  for (const item of items) {
    const d = item.data;
    // 双公示: 7 working days from the decision.
    const article = item.kind === 'article' ? item.data : undefined;
    if (article?.category && DECISION.has(article.category) && article.decided) {
      const f = workdayClock('dual-publicity', cal, item, article.decided, 7, '决定日期');
      if (f) out.push(f);
    }
    // 主动公开: 20 working days from 成文日期 (only where the item states one) and, for a
    // changed item, from 变更日期 to the day the changed version was published (更新日期).
    if (item.kind !== 'report' && item.kind !== 'release') {
      if (d.written && d.written < d.published) {
        const f = workdayClock('active-disclosure', cal, item, d.written, 20, '成文日期');
        if (f) out.push(f);
      }
      if (d.changed) {
        const shown = d.updated ? { date: d.updated, field: 'updated' as const } : { date: d.published, field: 'published' as const };
        if (d.changed < shown.date) {
          const f = workdayClock('active-disclosure', cal, item, d.changed, 20, '变更日期', shown);
          if (f) out.push(f);
        }
      }
    }
    // 预决算: 20 days from 批复.
    if (article?.category && BUDGET.has(article.category) && article.approved) {
      const approved = article.approved;
      const due = addDays(approved, 20);
      if (d.published > due) {
        const late = daysBetween(due, d.published);
        out.push(
          finding('budget', {
            status: 'late',
            slug: item.slug,
            title: d.title,
            file: item.file,
            field: 'published',
            start: approved,
            due,
            published: d.published,
            late,
            unit: '日',
            year: Number(due.slice(0, 4)),
            message: `按「预决算公开」（《预算法》第十四条）应在批复日期 ${approved} 之后 20 日内、即最迟 ${due} 公开，实际发布 ${d.published}，晚 ${late} 日`,
          }),
        );
      }
    }
    // 三同步: an interpretation on the day of its policy.
    if (item.kind === 'interpretation') {
      const policy = bySlug.get(item.data.interprets);
      if (policy && (policy.kind === 'policy' || policy.kind === 'plan') && d.published > policy.data.published) {
        const start = policy.data.published;
        const base = {
          slug: item.slug,
          title: d.title,
          file: item.file,
          field: 'published',
          start,
          due: start,
          published: d.published,
          unit: '工作日' as const,
          year: Number(start.slice(0, 4)),
        };
        const late = workdaysBetween(cal, start, d.published);
        if (isMissing(late)) {
          out.push(
            finding('interpretation-sync', {
              ...base,
              status: 'unknown',
              severity: 'warning',
              late: null,
              year: late.missingYear,
              message: `${missingYearMessage(late.missingYear)}，解读晚于政策文件「${policy.data.title}」（${start}）多少个工作日无法计算`,
            }),
          );
        } else if (late > 0) {
          const severity = late <= grace ? 'warning' : 'error';
          out.push(
            finding('interpretation-sync', {
              ...base,
              status: 'late',
              severity,
              late,
              message: `政策解读应与政策文件「${policy.data.title}」同日（${start}）发布，实际发布 ${d.published}，晚 ${late} 个工作日（${severity === 'warning' ? `在 ${grace} 个工作日的宽限内，为警告` : `超过 ${grace} 个工作日的宽限`}）`,
            }),
          );
        }
      }
    }
  }

  out.push(...judgeAnnualReports(items, asOf, input.expectAnnualReports ?? true));
  out.push(...judgeReleaseCalendars(items, input.series, asOf));
  out.push(...judgeReportFigures(items));

  const order = new Map(DEADLINE_RULE_IDS.map((r, i) => [r, i]));
  out.sort(
    (a, b) =>
      (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1) ||
      order.get(a.rule)! - order.get(b.rule)! ||
      (b.due ?? '').localeCompare(a.due ?? '') ||
      a.title.localeCompare(b.title),
  );
  const counts = Object.fromEntries(DEADLINE_RULE_IDS.map((r) => [r, 0])) as Record<DeadlineRuleId, number>;
  for (const f of out) counts[f.rule]++;
  const errors = out.filter((f) => f.severity === 'error').length;
  return { findings: out, counts, errors, warnings: out.length - errors, years: [...new Set(out.map((f) => f.year))].sort((a, b) => b - a) };
}

/** 年报: report for year Y by 31 January Y+1, from the first report's year on (none yet: last year's). */
function judgeAnnualReports(items: readonly Item[], asOf: IsoDate, expected: boolean): DeadlineFinding[] {
  const reports = items.filter((i): i is Extract<Item, { kind: 'report' }> => i.kind === 'report');
  if (!expected && reports.length === 0) return [];
  const asOfYear = Number(asOf.slice(0, 4));
  const first = reports.length ? Math.min(...reports.map((r) => r.data.year)) : asOfYear - 1;
  const out: DeadlineFinding[] = [];
  for (let y = first; y < asOfYear; y++) {
    const due = `${y + 1}-01-31`;
    const report = reports.filter((r) => r.data.year === y).sort((a, b) => a.data.published.localeCompare(b.data.published))[0];
    const name = '「政府信息公开工作年度报告」（《政府信息公开条例》第四十九条）';
    if (report) {
      if (report.data.published > due) {
        const late = daysBetween(due, report.data.published);
        out.push(
          finding('annual-report', {
            status: 'late',
            slug: report.slug,
            title: report.data.title,
            file: report.file,
            field: 'published',
            start: `${y}-12-31`,
            due,
            published: report.data.published,
            late,
            unit: '日',
            year: y + 1,
            message: `按${name}，${y} 年度报告最迟应在 ${due} 公布，实际发布 ${report.data.published}，晚 ${late} 日`,
          }),
        );
      }
    } else if (asOf > due) {
      const late = daysBetween(due, asOf);
      out.push(
        finding('annual-report', {
          status: 'missing',
          slug: null,
          title: `${y} 年政府信息公开工作年度报告`,
          file: 'content/reports/',
          field: 'year',
          start: `${y}-12-31`,
          due,
          published: null,
          late,
          unit: '日',
          year: y + 1,
          message: `按${name}，${y} 年度报告最迟应在 ${due} 公布，截至 ${asOf} 仍未发布（已过 ${late} 日）`,
        }),
      );
    }
  }
  return out;
}

/** Every period of every series with a release calendar: missing or late. */
function judgeReleaseCalendars(items: readonly Item[], series: ReadonlyMap<string, Series>, asOf: IsoDate): DeadlineFinding[] {
  const releases = new Map<string, Map<string, Extract<Item, { kind: 'release' }>>>();
  for (const i of items) {
    if (i.kind !== 'release') continue;
    let m = releases.get(i.data.series);
    if (!m) releases.set(i.data.series, (m = new Map()));
    const prev = m.get(i.data.period);
    if (!prev || i.data.published < prev.data.published) m.set(i.data.period, i);
  }
  const out: DeadlineFinding[] = [];
  for (const s of [...series.values()].sort((a, b) => a.id.localeCompare(b.id))) {
    if (s.dueDays === undefined) continue;
    const kind = periodKindFor(s.frequency);
    const own = releases.get(s.id) ?? new Map();
    const periods = [...own.keys()].filter((p) => periodKind(p) === kind).sort();
    const first = s.since && periodKind(s.since) === kind ? s.since : periods[0];
    if (!kind || !first) continue;
    for (let p = first, guard = 0; guard < 5000; p = nextPeriod(p), guard++) {
      const end = periodEnd(p);
      const due = addDays(end, s.dueDays);
      if (due >= asOf) break;
      const label = `${s.name} ${periodLabel(p, false)}`;
      const rel = own.get(p);
      const rule = `「数据发布时限」（每期结束后 ${s.dueDays} 日内）`;
      if (!rel) {
        const late = daysBetween(due, asOf);
        out.push(
          finding('release-calendar', {
            status: 'missing',
            slug: null,
            title: label,
            file: s.file,
            field: 'period',
            start: end,
            due,
            published: null,
            late,
            unit: '日',
            year: Number(due.slice(0, 4)),
            message: `${label}按${rule}最迟应在 ${due} 发布，截至 ${asOf} 仍未发布（已过 ${late} 日）`,
          }),
        );
      } else if (rel.data.published > due) {
        const late = daysBetween(due, rel.data.published);
        out.push(
          finding('release-calendar', {
            status: 'late',
            slug: rel.slug,
            title: rel.data.title,
            file: rel.file,
            field: 'published',
            start: end,
            due,
            published: rel.data.published,
            late,
            unit: '日',
            year: Number(due.slice(0, 4)),
            message: `${label}按${rule}最迟应在 ${due} 发布，实际发布 ${rel.data.published}，晚 ${late} 日`,
          }),
        );
      }
    }
  }
  return out;
}

/** 表二 figures the site can count, for each published annual report. */
function judgeReportFigures(items: readonly Item[]): DeadlineFinding[] {
  const out: DeadlineFinding[] = [];
  const normative = items.filter((i) => i.kind === 'policy' && i.data.category === '行政规范性文件');
  const decisions = items.filter(
    (i): i is Extract<Item, { kind: 'article' }> => i.kind === 'article' && !!i.data.decided && !!i.data.category && DECISION.has(i.data.category),
  );
  for (const report of items) {
    if (report.kind !== 'report') continue;
    const y = report.data.year;
    const end = `${y}-12-31`;
    const inYear = (d: string | undefined) => !!d && d.slice(0, 4) === String(y);
    const gone = (i: Item) => i.data.validity !== '有效' && !!i.data.validityChanged && i.data.validityChanged <= end;
    const figures: Array<[string, string, number, number]> = [
      [
        'active.normativeDocuments.made',
        '行政规范性文件 本年制发件数',
        report.data.active.normativeDocuments.made,
        normative.filter((i) => inYear(i.data.published)).length,
      ],
      [
        'active.normativeDocuments.repealed',
        '行政规范性文件 本年废止件数',
        report.data.active.normativeDocuments.repealed,
        normative.filter((i) => i.data.validity !== '有效' && inYear(i.data.validityChanged)).length,
      ],
      [
        'active.normativeDocuments.current',
        '行政规范性文件 现行有效件数',
        report.data.active.normativeDocuments.current,
        normative.filter((i) => i.data.published <= end && !gone(i)).length,
      ],
      [
        'active.licensing',
        '行政许可 本年处理决定数量',
        report.data.active.licensing,
        decisions.filter((i) => i.data.category !== PENALTY && inYear(i.data.decided)).length,
      ],
      [
        'active.penalties',
        '行政处罚 本年处理决定数量',
        report.data.active.penalties,
        decisions.filter((i) => i.data.category === PENALTY && inYear(i.data.decided)).length,
      ],
    ];
    for (const [field, label, reported, counted] of figures) {
      if (reported === counted) continue;
      out.push(
        finding('report-figures', {
          status: 'mismatch',
          slug: report.slug,
          title: report.data.title,
          file: report.file,
          field,
          start: null,
          due: null,
          published: report.data.published,
          late: null,
          unit: null,
          year: y,
          reported,
          counted,
          message: `表二「${label}」报告填写 ${reported}，本站 ${y} 年实际公开 ${counted}，相差 ${Math.abs(reported - counted)}`,
        }),
      );
    }
  }
  return out;
}
