/**
 * Building blocks shared by every item schema. Each field documents its Chinese
 * name; `fields.ts` holds the wording used in error messages.
 */
import { z } from 'astro/zod';
import { isIsoDate, normaliseDateInput } from '../dates.ts';

/** A calendar date written `YYYY-MM-DD` that exists. */
export const isoDate = z.preprocess(normaliseDateInput, z.string().refine(isIsoDate, { message: '不是有效的日期（格式应为 YYYY-MM-DD，且该日存在）' }));

/** 索引号: 18-character unified social credit code, `/`, year, `-`, five-digit serial. */
export const INDEX_NUMBER = /^[0-9A-HJ-NPQRTUWXY]{18}\/(\d{4})-(\d{5})$/;
export const indexNumber = z.string().trim().regex(INDEX_NUMBER, { message: '格式不对' });

/** 文号, e.g. 江环规〔2024〕3号: issuer code, year in 〔〕, serial, 号. */
export const DOC_NUMBER = /^[\u4e00-\u9fa5A-Za-z]{1,20}〔(\d{4})〕\d{1,5}号$/;
export const docNumber = z
  .string()
  .trim()
  .refine((v) => DOC_NUMBER.test(v), {
    message: '格式不对（常见原因：用了 [ ] 或 ( ) 或 【 】 而不是六角括号〔〕）',
  });

/** Slug of another item: lowercase letters, digits and hyphens. */
export const SLUG = /^[a-z0-9][a-z0-9-]*$/;
export const slugRef = z.string().trim().regex(SLUG, { message: '只能包含小写字母、数字和连字符' });

/** A file path relative to the Markdown file. */
export const relativePath = z
  .string()
  .trim()
  .min(1)
  .refine((v) => !v.startsWith('/') && !/^[a-z]+:/i.test(v) && !v.split(/[\\/]/).includes('..'), {
    message: '必须是相对于本文件的路径（如 ./files/a.pdf），不能以 / 开头、不能含 ..，也不能是网址',
  });

/** A link a citizen can follow: https URL or a site-absolute path. */
export const safeUrl = z
  .string()
  .trim()
  // Browsers read `\` as `/` and drop tabs and newlines: `/\evil.example/` is another site.
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
  .refine((v) => (/^https:\/\//.test(v) || /^\/(?!\/)/.test(v)) && !/[\\\s\u0000-\u001f]/.test(v), {
    message: '链接必须以 https:// 或 / 开头，且不能含反斜杠 \\ 或空白（浏览器会把“/\\”开头的链接当作其他网站的地址）',
  });

export const attachment = z.strictObject({
  /** 附件文件: path relative to the Markdown file. */
  file: relativePath,
  /** 附件标题. */
  title: z.string().trim().min(1).max(200),
});
export type Attachment = z.infer<typeof attachment>;

export const VALIDITY = ['有效', '失效', '废止'] as const;
export const DISCLOSURE = ['主动公开', '依申请公开', '不予公开'] as const;

/** Fields every disclosed item carries (the metadata table of a disclosure page). */
export const baseItemShape = {
  /** 标题. */
  title: z.string().trim().min(1).max(200),
  /** 索引号, unique across the site. */
  indexNumber,
  /** 公开目录: id of a column in content/columns.yaml that accepts this kind. */
  column: z.string().trim().min(1),
  /** 发布机构; defaults to the site's name. */
  publisher: z.string().trim().min(1).max(100).optional(),
  /** 成文日期 (required for plans and policies; defaults to 发布日期 elsewhere). */
  written: isoDate.optional(),
  /** 发布日期; must not be after the as-of date unless the item is a draft. */
  published: isoDate,
  /** 文号, optional. */
  docNumber: docNumber.optional(),
  /** 主题词; missing is a warning, not an error. */
  keywords: z.array(z.string().trim().min(1).max(30)).max(20).optional(),
  /** 有效性: 有效 (default), 失效 (expired) or 废止 (repealed; then replacedBy is required). */
  validity: z.enum(VALIDITY).default('有效'),
  /** 替代文件: slug of the item that replaces a repealed one. */
  replacedBy: slugRef.optional(),
  /** 失效/废止日期. */
  validityChanged: isoDate.optional(),
  /** 变更日期: the day the information itself changed (条例第二十六条: 20 working days from 形成或者变更). */
  changed: isoDate.optional(),
  /** 更新日期: the day the changed version was published here (defaults to 发布日期). */
  updated: isoDate.optional(),
  /** 摘要: one or two sentences for listings, search and link previews. */
  summary: z.string().trim().min(1).max(300).optional(),
  /** 附件. */
  attachments: z.array(attachment).max(50).default([]),
  /** 草稿: drafts are never published. */
  draft: z.boolean().default(false),
  /** 公开方式: only 主动公开 items are published on the portal. */
  disclosure: z.enum(DISCLOSURE).default('主动公开'),
};

/** 相关办事: links to service guides shown beside a policy and its interpretations. */
export const service = z.strictObject({
  title: z.string().trim().min(1).max(100),
  url: safeUrl,
});

/** Rules every kind shares that involve more than one field. */
export function checkValidity(
  data: {
    validity: string;
    replacedBy?: string | undefined;
    written?: string | undefined;
    published: string;
    changed?: string | undefined;
    updated?: string | undefined;
  },
  ctx: z.RefinementCtx,
): void {
  if (data.validity === '废止' && !data.replacedBy) {
    ctx.addIssue({
      code: 'custom',
      path: ['replacedBy'],
      message: '有效性为“废止”时必须填写替代文件',
    });
  }
  if (data.written && data.written > data.published) {
    ctx.addIssue({
      code: 'custom',
      path: ['written'],
      message: `成文日期 ${data.written} 晚于发布日期 ${data.published}`,
    });
  }
  if (data.updated && data.updated < data.published) {
    ctx.addIssue({
      code: 'custom',
      path: ['updated'],
      message: `更新日期 ${data.updated} 早于发布日期 ${data.published}`,
    });
  }
  if (data.changed && data.written && data.changed < data.written) {
    ctx.addIssue({
      code: 'custom',
      path: ['changed'],
      message: `变更日期 ${data.changed} 早于成文日期 ${data.written}：信息要先形成才能变更`,
    });
  }
  const shown = data.updated ?? data.published;
  if (data.changed && data.changed > shown) {
    ctx.addIssue({
      code: 'custom',
      path: ['changed'],
      message: `变更日期 ${data.changed} 晚于${data.updated ? '更新日期' : '发布日期'} ${shown}：变更后的信息发布时才能写变更日期`,
    });
  }
}
