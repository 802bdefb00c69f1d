/**
 * Display preferences of the 无障碍浏览 toolbar, kept in localStorage under one key.
 *
 * public/prefs-boot.js applies the same preferences before first paint with the same
 * attributes; keep the two in step. CSS reacts to the attributes on <html> by switching
 * design tokens (src/styles/modes.css).
 */

export const PREFS_KEY = 'portal-prefs';

/** Body-text multipliers of the 文字大小 steps: 16, 20, 24 and 30 px at the default size. */
export const TEXT_STEPS = [1, 1.25, 1.5, 1.875] as const;

export interface Prefs {
  /** 适老化模式 → `data-elderly`. */
  elderly?: boolean;
  /** 高对比度 → `data-contrast="high"`. */
  contrast?: boolean;
  /** Index into TEXT_STEPS; 0 is not stored → `data-text="1|2|3"`. */
  text?: number;
  /** 十字光标 (reading guide) → `data-guide`. */
  guide?: boolean;
}

/** The saved preferences, or none when storage is unavailable or holds something else. */
export function readPrefs(): Prefs {
  try {
    const raw: unknown = JSON.parse(localStorage.getItem(PREFS_KEY) ?? '{}');
    if (!raw || typeof raw !== 'object') return {};
    const p = raw as Record<string, unknown>;
    const prefs: Prefs = {};
    if (p.elderly === true) prefs.elderly = true;
    if (p.contrast === true) prefs.contrast = true;
    if (p.guide === true) prefs.guide = true;
    if (typeof p.text === 'number' && Number.isInteger(p.text) && p.text > 0 && p.text < TEXT_STEPS.length) prefs.text = p.text;
    return prefs;
  } catch {
    return {};
  }
}

/** Saves the preferences; an empty set removes the key. Storage errors only lose persistence. */
export function writePrefs(prefs: Prefs): void {
  try {
    const clean = Object.fromEntries(Object.entries(prefs).filter(([, v]) => v !== false && v !== 0 && v !== undefined));
    if (Object.keys(clean).length === 0) localStorage.removeItem(PREFS_KEY);
    else localStorage.setItem(PREFS_KEY, JSON.stringify(clean));
  } catch {
    /* private mode or storage full: the setting still applies to this page */
  }
}

/** Reflects the preferences on <html>, exactly as prefs-boot.js does at load. */
export function applyPrefs(prefs: Prefs, root: HTMLElement = document.documentElement): void {
  root.toggleAttribute('data-elderly', prefs.elderly === true);
  root.toggleAttribute('data-guide', prefs.guide === true);
  if (prefs.contrast) root.setAttribute('data-contrast', 'high');
  else root.removeAttribute('data-contrast');
  if (prefs.text) root.setAttribute('data-text', String(prefs.text));
  else root.removeAttribute('data-text');
}
