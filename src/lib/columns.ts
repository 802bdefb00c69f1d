/**
 * The column catalogue (公开目录) as the rest of the code uses it: a flat, ordered list
 * of columns with their parents and children resolved. Built from content/columns.yaml,
 * the one source of truth for columns.
 */
import { parse as parseYaml } from 'yaml';
import { type Kind } from '../kinds/index.ts';
import { catalogueSchema, type ColumnInput, type Frequency } from './schemas/columns.ts';
import type { Problem } from './content/problems.ts';
import { zodIssuesToProblems } from './content/zod-errors.ts';

export interface Column {
  id: string;
  name: string;
  description: string;
  frequency: Frequency;
  status: 'active' | 'archived';
  accepts: Kind[];
  national: 'news' | 'notice-policy' | undefined;
  home: boolean;
  parentId: string | undefined;
  childIds: string[];
  /** 0 for first-level columns. */
  depth: number;
}

export interface Catalogue {
  /** Depth-first order, as the catalogue file lists them. */
  columns: Column[];
  byId: Map<string, Column>;
  /** What the public pages do with a column without information (columns.yaml `emptyColumns`). */
  emptyColumns?: 'hide' | 'mark' | undefined;
}

/** Flatten the tree; duplicate ids are reported, not thrown. */
export function buildCatalogue(roots: ColumnInput[], file = 'content/columns.yaml'): { catalogue: Catalogue; problems: Problem[] } {
  const columns: Column[] = [];
  const byId = new Map<string, Column>();
  const problems: Problem[] = [];
  const visit = (input: ColumnInput, parent: Column | undefined, depth: number) => {
    const column: Column = {
      id: input.id,
      name: input.name,
      description: input.description ?? '',
      frequency: input.frequency,
      // An archived parent archives its whole subtree.
      status: parent?.status === 'archived' ? 'archived' : (input.status ?? 'active'),
      accepts: input.accepts,
      national: input.national,
      home: input.home ?? false,
      parentId: parent?.id,
      childIds: [],
      depth,
    };
    if (byId.has(column.id)) {
      problems.push({
        severity: 'error',
        file,
        field: 'id',
        message: `栏目 id「${column.id}」重复`,
        expected: '每个栏目的 id 全站唯一',
      });
    } else {
      byId.set(column.id, column);
      columns.push(column);
      parent?.childIds.push(column.id);
    }
    for (const child of input.children ?? []) visit(child, column, depth + 1);
  };
  for (const root of roots) visit(root, undefined, 0);
  return { catalogue: { columns, byId }, problems };
}

/** Parse and validate the catalogue file's text. */
export function parseCatalogue(text: string, file = 'content/columns.yaml'): { catalogue: Catalogue; problems: Problem[] } {
  let raw: unknown;
  try {
    raw = parseYaml(text);
  } catch (error) {
    return {
      catalogue: { columns: [], byId: new Map() },
      problems: [{ severity: 'error', file, field: '', message: `YAML 语法错误：${(error as Error).message}`, expected: '合法的 YAML' }],
    };
  }
  const result = catalogueSchema.safeParse(raw);
  if (!result.success) {
    return { catalogue: { columns: [], byId: new Map() }, problems: zodIssuesToProblems(result.error.issues, file, text) };
  }
  const built = buildCatalogue(result.data.columns, file);
  built.catalogue.emptyColumns = result.data.emptyColumns ?? 'hide';
  return built;
}

/** The active columns that accept items of `kind`, in catalogue order. */
export function columnsAccepting(catalogue: Catalogue, kind: string): Column[] {
  return catalogue.columns.filter((c) => c.accepts.includes(kind as Kind) && c.status === 'active');
}

/**
 * Whether a column is listed on the public pages: not when it (with its sub-columns) has
 * no information and columns.yaml says to hide empty columns. `count` gives the number of
 * published items under a column, sub-columns included.
 */
export function isListed(catalogue: Catalogue, id: string, count: (id: string) => number): boolean {
  return (catalogue.emptyColumns ?? 'hide') === 'mark' || count(id) > 0;
}

/** The column and its ancestors, root first. */
export function ancestry(catalogue: Catalogue, id: string): Column[] {
  const chain: Column[] = [];
  let current = catalogue.byId.get(id);
  while (current) {
    chain.unshift(current);
    current = current.parentId ? catalogue.byId.get(current.parentId) : undefined;
  }
  return chain;
}

/** Ids of the column and all columns below it. */
export function subtreeIds(catalogue: Catalogue, id: string): string[] {
  const out: string[] = [];
  const walk = (cid: string) => {
    out.push(cid);
    for (const child of catalogue.byId.get(cid)?.childIds ?? []) walk(child);
  };
  if (catalogue.byId.has(id)) walk(id);
  return out;
}

export function rootColumns(catalogue: Catalogue): Column[] {
  return catalogue.columns.filter((c) => c.depth === 0);
}
