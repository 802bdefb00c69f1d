/**
 * Turning the phrase bank into text: names (companies, people, projects), numbers in
 * the forms disclosures use (金额大写, percentages), slot filling for bank sentences,
 * and Markdown bodies grown to a target length.
 */
import type { Rng } from './rng.ts';
import {
  AIR_POLLUTANTS,
  CITIES,
  COMPANY_SUFFIXES,
  DIVISIONS,
  GIVEN_CHARS,
  INDUSTRIES,
  LAKES,
  RIVERS,
  SENTENCES,
  SUBORDINATES,
  FACILITIES,
  OUTLETS,
  SURNAMES,
  TOPICS,
  TRADE_NAMES,
  VIOLATIONS,
  WATER_POLLUTANTS,
  type Theme,
} from './bank.ts';

export type City = (typeof CITIES)[number];
export type Topic = (typeof TOPICS)[number];
export type Industry = (typeof INDUSTRIES)[number];

const UPPER_DIGITS = '零壹贰叁肆伍陆柒捌玖';
const UPPER_UNITS = ['', '拾', '佰', '仟'];

/** 金额大写 of a whole number of yuan below 一亿, e.g. 380000 → 叁拾捌万元整. */
export function amountInWords(yuan: number): string {
  const four = (n: number): string => {
    let out = '';
    let zero = false;
    for (let i = 3; i >= 0; i--) {
      const d = Math.floor(n / 10 ** i) % 10;
      if (d === 0) {
        zero = out.length > 0;
      } else {
        if (zero) out += '零';
        out += UPPER_DIGITS[d]! + UPPER_UNITS[i]!;
        zero = false;
      }
    }
    return out;
  };
  const wan = Math.floor(yuan / 10000);
  const rest = yuan % 10000;
  let s = '';
  if (wan > 0) s += `${four(wan)}万`;
  if (rest > 0) s += (wan > 0 && rest < 1000 ? '零' : '') + four(rest);
  return `${s || '零'}元整`;
}

export function groupDigits(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** `2024-03-05` → `2024年3月5日`. */
export function cnDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

export class Namer {
  private rng: Rng;
  constructor(rng: Rng) {
    this.rng = rng;
  }

  city(): City {
    return this.rng.pick(CITIES);
  }

  district(city: City = this.city()): string {
    return this.rng.pick(city.districts);
  }

  person(): string {
    const r = this.rng;
    return r.pick(SURNAMES) + r.pick(GIVEN_CHARS) + (r.chance(0.7) ? r.pick(GIVEN_CHARS) : '');
  }

  industry(): Industry {
    return this.rng.pick(INDUSTRIES);
  }

  company(city: City = this.city(), industry: Industry = this.industry()): string {
    return `${city.short}${this.rng.pick(TRADE_NAMES)}${industry.name}${this.rng.pick(COMPANY_SUFFIXES)}`;
  }

  /** 统一社会信用代码 of a company: 91 + region + 10 characters from the allowed set. */
  creditCode(): string {
    const set = '0123456789ABCDEFGHJKLMNPQRTUWXY';
    let s = `9199${String(this.rng.int(1, 12)).padStart(2, '0')}${String(this.rng.int(0, 99)).padStart(2, '0')}`;
    while (s.length < 18) s += set[this.rng.int(0, set.length - 1)];
    return s;
  }

  address(city: City): string {
    const r = this.rng;
    const road = r.pick(['工业大道', '纬三路', '经二路', '滨江路', '环湖路', '创业路', '科技大道', '临港大道', '北环路', '新华路']);
    const park = r.chance(0.5) ? `${r.pick(['经济开发区', '高新区', '工业园区', '化工园区', '临港产业园'])}` : '';
    return `江南省${city.name}${this.district(city)}${park}${road}${r.int(1, 399)}号`;
  }

  park(city: City = this.city()): string {
    return `${city.short}${this.rng.pick(['经济技术开发区', '高新技术产业开发区', '化工园区', '临港工业区', '绿色循环产业园'])}`;
  }

  topic(): Topic {
    return this.rng.pick(TOPICS);
  }

  topicOf(theme: Theme): Topic {
    const list = TOPICS.filter((t) => t.theme === theme);
    return this.rng.pick(list.length ? list : TOPICS);
  }
}

/** Values an item's text is written around, so its sentences agree with its title. */
export interface TextContext {
  year: number;
  month: number;
  city: City;
  company?: string | undefined;
  topic: Topic;
}

/** Fills `{slot}`s of bank sentences; slots not in the context get fresh random values. */
export class Filler {
  readonly namer: Namer;
  private rng: Rng;
  private ctx: TextContext;
  constructor(rng: Rng, ctx: TextContext) {
    this.rng = rng;
    this.ctx = ctx;
    this.namer = new Namer(rng);
  }

  fill(template: string, extra: Record<string, string> = {}): string {
    const r = this.rng;
    const n = this.namer;
    return template.replace(/\{([a-zA-Z0-9]+)\}/g, (_, key: string) => {
      if (key in extra) return extra[key]!;
      switch (key) {
        case 'city':
          return this.ctx.city.name;
        case 'city2':
          return n.city().name;
        case 'district':
          return n.district(this.ctx.city);
        case 'company':
          return this.ctx.company ?? n.company(this.ctx.city);
        case 'river':
          return r.pick(RIVERS);
        case 'lake':
          return r.pick(LAKES);
        case 'n':
          return String(r.skewed(2, 40, 3000));
        case 'n2':
          return String(r.skewed(2, 12, 900));
        case 'pct':
          return (r.int(700, 999) / 10).toFixed(1);
        case 'pct2':
          return (r.int(3, 95) / 10).toFixed(1);
        case 'year':
          return String(this.ctx.year);
        case 'month':
          return String(this.ctx.month);
        case 'division':
          return r.pick(DIVISIONS);
        case 'sub':
          return r.pick(SUBORDINATES);
        case 'person':
          return n.person();
        case 'topic':
          return this.ctx.topic.label;
        case 'pollutant':
          return r.pick(WATER_POLLUTANTS).name;
        case 'airPollutant':
          return r.pick(AIR_POLLUTANTS).name;
        case 'park':
          return n.park(this.ctx.city);
        case 'violation':
          return this.fill(r.pick(VIOLATIONS).text);
        case 'facility':
          return r.pick(FACILITIES);
        case 'outlet':
          return r.pick(OUTLETS);
        case 'product':
          return n.industry().product;
        case 'docno':
          return `江环发〔${this.ctx.year}〕${r.int(1, 60)}号`;
        default:
          return key;
      }
    });
  }

  private used = new Set<string>();

  /** A sentence from `list`, preferring templates not yet used in this document. */
  pickFrom(list: readonly string[], extra: Record<string, string> = {}): string {
    const fresh = list.filter((t) => !this.used.has(t));
    const t = this.rng.pick(fresh.length ? fresh : list);
    this.used.add(t);
    return this.fill(t, extra);
  }

  /**
   * A sentence on `theme`; once every template of the theme is used in this document,
   * one from the general pool, then from any theme, so long texts do not repeat sentences.
   */
  sentence(theme: Theme | 'general'): string {
    const unused = (list: readonly string[]) => list.some((t) => !this.used.has(t));
    if (unused(SENTENCES[theme])) return this.pickFrom(SENTENCES[theme]);
    if (unused(SENTENCES.general)) return this.pickFrom(SENTENCES.general);
    const others = (Object.keys(SENTENCES) as Array<Theme | 'general'>).filter((k) => unused(SENTENCES[k]));
    return this.pickFrom(SENTENCES[others.length ? this.rng.pick(others) : theme]);
  }

  /** A paragraph of 2–5 sentences, mostly on `theme`, sometimes with a general one. */
  paragraph(theme: Theme | 'general'): string {
    const k = this.rng.int(2, 5);
    const out: string[] = [];
    const used = new Set<string>();
    for (let i = 0; i < k; i++) {
      const s = this.sentence(this.rng.chance(0.7) ? theme : 'general');
      if (!used.has(s)) out.push(s);
      used.add(s);
    }
    return out.join('');
  }
}

/**
 * A Markdown document built from blocks; `grow` adds paragraphs to the block marked as
 * filler until the body reaches a target length, and `render` trims it to a maximum.
 */
export class Doc {
  private blocks: Array<{ text: string; filler: boolean }> = [];
  private fillerAt = -1;

  add(...texts: string[]): this {
    for (const text of texts) this.blocks.push({ text, filler: false });
    return this;
  }

  heading(text: string, level = 2): this {
    return this.add(`${'#'.repeat(level)} ${text}`);
  }

  /** Where filler paragraphs go: after the blocks added so far. */
  fillHere(): this {
    this.fillerAt = this.blocks.length;
    return this;
  }

  /** Length of the rendered Markdown: blocks joined by blank lines, plus the final newline. */
  length(): number {
    return this.blocks.reduce((s, b) => s + b.text.length, 0) + Math.max(0, this.blocks.length - 1) * 2 + 1;
  }

  grow(target: number, next: () => string): this {
    let at = this.fillerAt < 0 ? this.blocks.length : this.fillerAt;
    let guard = 0;
    while (this.length() < target && guard++ < 200) {
      this.blocks.splice(at, 0, { text: next(), filler: true });
      at++;
    }
    return this;
  }

  /** Markdown text of at most `max` characters: filler paragraphs go first, then whole trailing blocks. */
  render(max: number): string {
    while (this.length() > max) {
      const i = this.blocks.findLastIndex((b) => b.filler);
      if (i >= 0) this.blocks.splice(i, 1);
      else if (this.blocks.length > 1) this.blocks.pop();
      else {
        this.blocks[0]!.text = this.blocks[0]!.text.slice(0, max - 2);
      }
    }
    return `${this.blocks.map((b) => b.text).join('\n\n')}\n`;
  }
}

/** A Markdown table. Cells must not contain `|`. */
export function table(head: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}
