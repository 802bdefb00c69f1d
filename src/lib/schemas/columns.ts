/**
 * Schema of the column catalogue (公开目录), content/columns.yaml: a tree of columns,
 * each with how often it must be updated and which kinds of item it accepts.
 */
import { z } from 'astro/zod';
import { KINDS } from '../../kinds/index.ts';

export const FREQUENCIES = ['realtime', 'daily', 'weekly', 'fortnightly', 'monthly', 'quarterly', 'halfyearly', 'yearly', 'irregular'] as const;
export type Frequency = (typeof FREQUENCIES)[number];

export const FREQUENCY_LABELS: Record<Frequency, string> = {
  realtime: '实时',
  daily: '每日',
  weekly: '每周',
  fortnightly: '每两周',
  monthly: '每月',
  quarterly: '每季度',
  halfyearly: '每半年',
  yearly: '每年',
  irregular: '不定期',
};

/** Which national inspection rule (国办秘函〔2019〕19号) a column falls under. */
export const NATIONAL_CATEGORIES = ['news', 'notice-policy'] as const;

export interface ColumnInput {
  id: string;
  name: string;
  description?: string | undefined;
  frequency: Frequency;
  status?: 'active' | 'archived' | undefined;
  accepts: Array<(typeof KINDS)[number]>;
  national?: (typeof NATIONAL_CATEGORIES)[number] | undefined;
  home?: boolean | undefined;
  children?: ColumnInput[] | undefined;
}

export const columnSchema: z.ZodType<ColumnInput> = z.lazy(() =>
  z.strictObject({
    /** Column id: lowercase letters, digits, hyphens; part of the URL. */
    id: z.string().regex(/^[a-z][a-z0-9-]*$/, { message: '只能包含小写字母、数字和连字符，且以字母开头' }),
    /** 栏目名称. */
    name: z.string().trim().min(1).max(40),
    /** 栏目说明. */
    description: z.string().trim().max(300).optional(),
    /** 更新频率: how often the column must be updated. */
    frequency: z.enum(FREQUENCIES),
    /** active (default) or archived (归档, no longer updated). */
    status: z.enum(['active', 'archived']).optional(),
    /** Kinds of item this column accepts (empty: a parent that only groups sub-columns). */
    accepts: z.array(z.enum(KINDS)),
    /** National inspection category, if any. */
    national: z.enum(NATIONAL_CATEGORIES).optional(),
    /** Show on the home page. */
    home: z.boolean().optional(),
    children: z.array(columnSchema).optional(),
  }),
);

export const catalogueSchema = z.strictObject({
  /**
   * 空白栏目 (no published information) on the public pages: `hide` (default) leaves them
   * out of the navigation, the 公开目录 and sub-column lists; `mark` lists them as
   * 「暂无信息」 instead of a count of 0. The audit reports them either way.
   */
  emptyColumns: z.enum(['hide', 'mark']).optional(),
  columns: z.array(columnSchema).min(1),
});

export const siteSchema = z.strictObject({
  name: z.string().min(1),
  shortName: z.string().min(1),
  orgCode: z.string().regex(/^[0-9A-HJ-NPQRTUWXY]{18}$/, { message: '应为 18 位统一社会信用代码' }),
  url: z.string().url(),
  address: z.string().optional(),
  postcode: z.string().optional(),
  phone: z.string().optional(),
  email: z.string().optional(),
  officeHours: z.string().optional(),
  websiteId: z.string().optional(),
  icp: z.string().optional(),
  publicSecurity: z.string().optional(),
  /** 网站标志: an image in public/ shown before the name in the masthead, e.g. /logo.svg. */
  logo: z
    .string()
    .regex(/^\/[^\s]*\.(svg|png|webp)$/, { message: '应为 public/ 下的图片路径，如 /logo.svg' })
    .optional(),
  /** 党政机关网站标识: the verification link and its badge image in public/ (shown in the footer). */
  govMark: z
    .strictObject({ href: z.string().url(), image: z.string().regex(/^\/[^\s]*\.(svg|png|webp)$/, { message: '应为 public/ 下的图片路径' }) })
    .optional(),
  /** 「我为政府网站找错」: the national error-report link for this site (with its 网站标识码). */
  errorReportUrl: z.string().url().optional(),
  /** 检查规则: how strictly some content rules are applied. */
  rules: z
    .strictObject({
      /**
       * A plan or policy that needs an interpretation (需要解读, “三同步”) but has none:
       * `error` (default) stops the build, `warning` only reports it.
       */
      missingInterpretation: z.enum(['error', 'warning']).optional(),
      /**
       * 政策解读 三同步: working days an interpretation may follow its policy and only be
       * a warning in the 公开时限 audit (default 3); later than that is an error.
       */
      interpretationGraceDays: z.number().int().min(0).max(60).optional(),
      /**
       * 征求意见: days after a consultation closes before a missing 意见采纳情况 is an audit
       * finding (default 30, src/kinds/consultation/process.ts).
       */
      consultationFeedbackDays: z.number().int().min(0).max(365).optional(),
    })
    .optional(),
});
export type SiteInfo = z.infer<typeof siteSchema>;
