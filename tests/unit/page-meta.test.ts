/** 网页元数据 for the national monitoring tools: names, order and values, written by hand. */
import { describe, expect, it } from 'vitest';
import { articleMeta, columnMeta, siteMeta } from '../../src/lib/page-meta.ts';

describe('page metadata', () => {
  it('names the site on every page', () => {
    expect(siteMeta({ name: '江南省生态环境厅', url: 'https://sthjt.jiangnan.example.gov.cn', websiteId: '9900000012' })).toEqual([
      ['SiteName', '江南省生态环境厅'],
      ['SiteDomain', 'sthjt.jiangnan.example.gov.cn'],
      ['SiteIDCode', '9900000012'],
    ]);
    expect(siteMeta({ name: '某局', url: 'https://x.example.gov.cn/' })).toEqual([
      ['SiteName', '某局'],
      ['SiteDomain', 'x.example.gov.cn'],
    ]);
  });

  it('describes a column by its name, description, the names along its chain and its first-level column', () => {
    expect(columnMeta([{ name: '政策文件', description: '本机关制发的文件。' }, { name: '行政规范性文件' }])).toEqual([
      ['ColumnName', '行政规范性文件'],
      ['ColumnDescription', '行政规范性文件'],
      ['ColumnKeywords', '政策文件,行政规范性文件'],
      ['ColumnType', '政策文件'],
    ]);
    expect(columnMeta([])).toEqual([]);
  });

  it('describes an article after its column, leaving out what it lacks', () => {
    const chain = [{ name: '政策解读' }];
    expect(
      articleMeta(
        chain,
        { title: '《办法》解读', published: '2026-03-02', publisher: '江南省生态环境厅', keywords: ['排污', '许可'], author: '法规处' },
        'https://s.example.gov.cn/items/a/',
      ),
    ).toEqual([
      ['ColumnName', '政策解读'],
      ['ColumnDescription', '政策解读'],
      ['ColumnKeywords', '政策解读'],
      ['ColumnType', '政策解读'],
      ['ArticleTitle', '《办法》解读'],
      ['PubDate', '2026-03-02'],
      ['ContentSource', '江南省生态环境厅'],
      ['Keywords', '排污,许可'],
      ['Author', '法规处'],
      ['Description', '《办法》解读'],
      ['Url', 'https://s.example.gov.cn/items/a/'],
    ]);
    const plain = articleMeta(chain, { title: 't', published: '2026-01-01', publisher: 'p', keywords: [], summary: '摘要' }, 'u');
    expect(plain.find(([n]) => n === 'Keywords')).toBeUndefined();
    expect(plain.find(([n]) => n === 'Author')).toEqual(['Author', 'p']);
    expect(plain.find(([n]) => n === 'Description')).toEqual(['Description', '摘要']);
  });
});
