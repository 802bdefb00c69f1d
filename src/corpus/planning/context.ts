/**
 * What the planning steps of the corpus generator share. Every step draws from one
 * generator (`rng`) in a fixed order — generate.ts calls them in sequence — so the same
 * options give the same corpus, byte for byte.
 */
import type { Rng } from '../rng.ts';
import type { PlannedItem } from '../model.ts';
import type { TypeSpec } from '../text-generators/index.ts';

export interface PlanContext {
  /** The planning generator. */
  rng: Rng;
  seed: number;
  asOf: string;
  /** First day of the corpus's eight years. */
  start: string;
  /** Every item planned so far (newItem adds to it). */
  items: PlannedItem[];
  /** A working day in [from, to] (weighted by year within the default range). */
  randomDate: (r: Rng, from?: string, to?: string) => string;
  /** Plan a new item of `type` published on `published`. */
  newItem: (type: TypeSpec, published: string, extra?: PlannedItem['extra']) => PlannedItem;
}

const DAY = 86400000;

export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
}

/** Hash of a seed and a label: each item's text has its own generator, independent of the others. */
export function hashSeed(seed: number, label: string): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < label.length; i++) h = Math.imul(h ^ label.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}
