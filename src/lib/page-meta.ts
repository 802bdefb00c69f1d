/**
 * Page metadata that the national monitoring tools read (《政府网站网页设计规范》, the
 * 政府网站发展指引's 网页元数据; GB/T 42147-2022): site identity on every page, the
 * column on list pages, and the article on item pages, as <meta name="…" content="…">.
 * Names and order follow the specification; empty values are left out.
 */
import type { SiteInfo } from './schemas/columns.ts';

export type MetaPairs = Array<[name: string, content: string]>;

export interface MetaColumn {
  name: string;
  description?: string | undefined;
}

export interface MetaArticle {
  title: string;
  /** 发布日期, YYYY-MM-DD. */
  published: string;
  publisher: string;
  keywords?: readonly string[] | undefined;
  summary?: string | undefined;
  /** 解读机构 of an interpretation, else the publisher is the author. */
  author?: string | undefined;
}

const keep = (pairs: Array<[string, string | undefined]>): MetaPairs =>
  pairs.filter((p): p is [string, string] => typeof p[1] === 'string' && p[1].trim() !== '');

/** SiteName, SiteDomain (host of the site's address), SiteIDCode (网站标识码). */
export function siteMeta(site: Pick<SiteInfo, 'name' | 'url' | 'websiteId'>): MetaPairs {
  return keep([
    ['SiteName', site.name],
    ['SiteDomain', new URL(site.url).host],
    ['SiteIDCode', site.websiteId],
  ]);
}

/**
 * ColumnName, ColumnDescription, ColumnKeywords and ColumnType of a column, given its
 * chain from the first-level column down. The type is the first-level column of the
 * 公开目录 (政策文件, 环境质量 …); the keywords are the names along the chain.
 */
export function columnMeta(chain: readonly MetaColumn[]): MetaPairs {
  const column = chain[chain.length - 1];
  if (!column) return [];
  return keep([
    ['ColumnName', column.name],
    ['ColumnDescription', column.description ?? column.name],
    ['ColumnKeywords', chain.map((c) => c.name).join(',')],
    ['ColumnType', chain[0]!.name],
  ]);
}

/** The column's pairs, then ArticleTitle, PubDate, ContentSource, Keywords, Author, Description, Url. */
export function articleMeta(chain: readonly MetaColumn[], a: MetaArticle, url: string): MetaPairs {
  return [
    ...columnMeta(chain),
    ...keep([
      ['ArticleTitle', a.title],
      ['PubDate', a.published],
      ['ContentSource', a.publisher],
      ['Keywords', a.keywords?.join(',')],
      ['Author', a.author ?? a.publisher],
      ['Description', a.summary ?? a.title],
      ['Url', url],
    ]),
  ];
}
