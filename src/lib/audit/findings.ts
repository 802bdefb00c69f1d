/**
 * Problems across published items that the audit lists beside the column table. The
 * judgements are the content check's own (../content/rules.ts), so the audit and the
 * build can never disagree; this module only collects them per item.
 */
import { isPublishable, type Item } from '../items.ts';
import { fileFault, interpretsFault, kindContext, lacksInterpretation, referencedFiles, replacedByFault, type RuleContext } from '../content/rules.ts';
import { KIND_DEFINITIONS } from '../../kinds/index.ts';
import { AUDIT_TEXT } from './strings.ts';

export interface Finding {
  slug: string;
  title: string;
  /** Project-relative source file. */
  file: string;
  column: string;
  /** What is wrong, in plain Chinese. */
  message: string;
  /** What would fix it. */
  expected?: string | undefined;
}

/** The findings every site gets, whatever its kinds. */
interface SharedFindings {
  /** 需要解读但没有解读: published plans/policies that need an interpretation and have none. */
  missingInterpretations: Finding[];
  /** Published interpretations whose 解读对象 is unknown, not a plan/policy, or unpublished. */
  danglingInterpretations: Finding[];
  /** Published 废止 items without a working 替代文件 link. */
  repealedWithoutReplacement: Finding[];
  /** Published items with an attachment, image or data file that is missing or empty. */
  missingAttachments: Finding[];
}
/** The shared findings, plus one list per audit check the kinds declare (`audit` in src/kinds/). */
export type Findings = SharedFindings & Record<string, Finding[]>;

const SHARED_KEYS = ['missingInterpretations', 'danglingInterpretations', 'repealedWithoutReplacement', 'missingAttachments'] as const;
const KIND_CHECKS = KIND_DEFINITIONS.flatMap((k) => (k.audit ?? []).map((check) => ({ kind: k, check })));

/** Every list of findings, in the order the audit shows them. */
export const FINDING_KEYS: readonly string[] = [...SHARED_KEYS, ...KIND_CHECKS.map((c) => c.check.key)];

/** The heading of a list of findings. */
export function findingTitle(key: string): string {
  return (AUDIT_TEXT.findings as Record<string, string>)[key] ?? KIND_CHECKS.find((c) => c.check.key === key)?.check.title ?? key;
}

/**
 * Collect the findings. `items` may include unpublished items (drafts, future items):
 * they are looked up as reference targets but never reported themselves.
 */
export function collectFindings(
  items: readonly Item[],
  asOf: string,
  files: Pick<RuleContext, 'root' | 'sizeOf'>,
  settings: Readonly<Record<string, unknown>> = {},
): Findings {
  // First item wins for a duplicated file name, as in the content check.
  const bySlug = new Map<string, Item>();
  for (const item of items) if (!bySlug.has(item.slug)) bySlug.set(item.slug, item);
  const found = (item: Item, message: string, expected?: string): Finding => ({
    slug: item.slug,
    title: item.data.title,
    file: item.file,
    column: item.data.column,
    message,
    expected,
  });

  const published = items.filter((i) => isPublishable(i, asOf));
  const interpreted = new Set<string>();
  const findings: Findings = Object.fromEntries(FINDING_KEYS.map((k) => [k, []])) as unknown as Findings;

  for (const item of published) {
    if (item.kind === 'interpretation') {
      const fault = interpretsFault(item.data.interprets, bySlug, asOf);
      if (fault) findings.danglingInterpretations.push(found(item, fault.message, fault.expected));
      else interpreted.add(item.data.interprets);
    }
    if (item.data.validity === '废止') {
      const fault = item.data.replacedBy
        ? replacedByFault(item, bySlug, asOf)
        : { message: '有效性为“废止”但没有填写替代文件', expected: '在 replacedBy 中填写替代文件的文件名' };
      if (fault) findings.repealedWithoutReplacement.push(found(item, fault.message, fault.expected));
    }
    for (const ref of referencedFiles(item)) {
      const fault = fileFault(item, ref, files);
      if (fault && (fault.code === 'missing' || fault.code === 'empty')) {
        findings.missingAttachments.push(found(item, `${ref.label}：${fault.message}`, fault.expected));
      }
    }
  }
  for (const item of published) {
    if (lacksInterpretation(item, interpreted, asOf)) {
      findings.missingInterpretations.push(
        found(
          item,
          `这份${item.kind === 'policy' ? '政策文件' : '规划'}需要解读，但还没有任何解读指向它（“三同步”）`,
          `新建一篇政策解读，填写 interprets: ${item.slug}`,
        ),
      );
    }
  }
  // Each kind's own checks (a consultation without its feedback …).
  for (const { kind, check } of KIND_CHECKS) {
    for (const f of check.collect(kindContext(kind, items, bySlug, asOf, settings))) {
      const item = bySlug.get(f.slug);
      if (item) findings[check.key]!.push(found(item, f.message, f.expected));
    }
  }
  return findings;
}
