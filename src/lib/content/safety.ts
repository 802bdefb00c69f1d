/**
 * Content is untrusted as far as the site is concerned: an editor's Markdown must not
 * be able to run script in a citizen's browser, load another site into a page, or
 * break the Content-Security-Policy. These checks reject (never silently strip)
 * anything that could, and tell the editor which line to fix and why.
 *
 * Bodies are read on the syntax tree of the parser that renders them (Sätteri): what it
 * treats as code is code, whatever a line looks like. Inside its raw HTML nodes, tags are
 * read the way a browser does (see links.ts): names in any case, attributes split by
 * spaces or `/`, tags spanning lines, character references decoded, tabs and newlines
 * inside URLs ignored. The allow-list is body-policy.ts, which the build enforces too.
 */
import type { Problem } from './problems.ts';
import { markdownToMdast, mdxToMdast } from 'satteri';
import { classifyLink, urlScheme, UNSAFE_SCHEMES } from './links.ts';
import { scanTags, type BodyTag } from './html-tags.ts';
import { ALLOWED_SCHEMES, ALLOWED_TAGS, isAllowedAttribute, jsxProblem, MDX_COMPONENTS as COMPONENT_ATTRIBUTES, URL_ATTRIBUTE_NAMES } from './body-policy.ts';

/**
 * Hosts whose embedded players an editor may use in an <iframe>. Empty: none. (Allowing
 * one also needs the build's allow-list, body-policy.ts, and check-page.ts to accept it.)
 */
export const ALLOWED_IFRAME_HOSTS: readonly string[] = [];

/** Components MDX files may use; they are supplied by the site, never imported. */
export const MDX_COMPONENTS = Object.keys(COMPONENT_ATTRIBUTES);

/** One unsafe construct, located by its 1-based line in the body. */
export interface Finding {
  line: number;
  message: string;
  expected: string;
}

const USE_MARKDOWN = '只使用 Markdown 写法（标题、列表、表格、链接、图片都有对应写法）';

/** Elements that run code, load other documents, submit data or restyle the page. */
const FORBIDDEN_TAGS: Record<string, string> = {
  script: '<script> 脚本',
  noscript: '<noscript> 标签',
  style: '<style> 样式表（本站安全策略不允许内联样式）',
  iframe: '<iframe> 内嵌网页',
  frame: '<frame> 框架',
  frameset: '<frameset> 框架',
  object: '<object> 插件',
  embed: '<embed> 插件',
  applet: '<applet> 插件',
  portal: '<portal> 内嵌网页',
  base: '<base> 标签（会改变本页所有链接的地址）',
  meta: '<meta> 标签（可用于自动跳转）',
  link: '<link> 标签（会加载外部资源）',
  form: '<form> 表单',
  input: '<input> 表单控件',
  button: '<button> 按钮',
  textarea: '<textarea> 表单控件',
  select: '<select> 表单控件',
  svg: '<svg> 内嵌矢量图（其中可以含有脚本）',
  math: '<math> 标签',
  template: '<template> 标签',
};

function iframeFinding(tag: BodyTag): Finding | undefined {
  const src = tag.attrs.find((a) => a.name.toLowerCase() === 'src')?.value;
  if (tag.attrs.some((a) => a.name.toLowerCase() === 'srcdoc')) {
    return { line: tag.line, message: '正文中的 <iframe> 使用了 srcdoc 属性（可以内嵌任意网页和脚本），出于安全原因不允许', expected: '删除 iframe，改用普通链接' };
  }
  if (!src) return { line: tag.line, message: '正文中含有没有来源地址的 <iframe>', expected: '删除 iframe，改用普通链接' };
  let host: string | undefined;
  let https = false;
  try {
    const u = new URL(src.trim());
    host = u.host.toLowerCase();
    https = u.protocol === 'https:';
  } catch {
    host = undefined;
  }
  if (host && https && ALLOWED_IFRAME_HOSTS.includes(host)) return undefined;
  const allowed = ALLOWED_IFRAME_HOSTS.length ? `允许的来源：${ALLOWED_IFRAME_HOSTS.join('、')}（须为 https）` : '本站目前不允许嵌入任何外部网页';
  return {
    line: tag.line,
    message: `正文中嵌入了来自「${host ?? src}」的 <iframe>，该来源不在允许列表中（${allowed}）`,
    expected: '删除 iframe，改用普通链接，如 [观看视频](https://…)',
  };
}

function tagFindings(tag: BodyTag, isMdx: boolean): Finding[] {
  const out: Finding[] = [];
  const lower = tag.name.toLowerCase();
  const line = tag.line;
  const isComponent = /^[A-Z]/.test(tag.name) || tag.name.includes('.');
  if (lower === 'iframe') {
    const f = iframeFinding(tag);
    if (f) out.push(f);
  } else if (FORBIDDEN_TAGS[lower]) {
    out.push({
      line,
      message: `正文中含有 ${FORBIDDEN_TAGS[lower]}，出于安全原因不允许`,
      expected: lower === 'script' ? '删除脚本；需要交互功能请联系技术人员' : USE_MARKDOWN,
    });
  } else if (isComponent) {
    const known = MDX_COMPONENTS.includes(tag.name);
    if (!isMdx && known) {
      out.push({ line, message: `组件 <${tag.name}> 只能在 .mdx 文件中使用，在 .md 文件中它不会显示`, expected: '把文件扩展名改为 .mdx，或改用 Markdown 写法' });
    } else if (isMdx && !known) {
      out.push({ line, message: `MDX 组件 <${tag.name}> 不是本站提供的组件`, expected: `只能使用 ${MDX_COMPONENTS.map((c) => `<${c}>`).join('、')}` });
    }
  }
  for (const attr of tag.attrs) {
    const name = attr.name.toLowerCase();
    // Browsers read <img/src=x/onerror=…> as one src value; refuse it anyway, as
    // other HTML parsers (and future editors' tools) may not agree.
    const hidden = attr.value !== undefined && !/^["'{]/.test(attr.value) ? /[/\s](on[a-z]+)\s*=/i.exec(attr.value) : null;
    if (hidden) {
      out.push({ line, message: `正文中的 <${tag.name}> 含有事件属性 ${hidden[1]}（会执行脚本），出于安全原因不允许`, expected: `删除 ${hidden[1]}=… 属性` });
    }
    if (/^on[a-z]/.test(name)) {
      out.push({ line, message: `正文中的 <${tag.name}> 含有事件属性 ${attr.name}（会执行脚本），出于安全原因不允许`, expected: `删除 ${attr.name}=… 属性` });
    } else if (name === 'style') {
      out.push({ line, message: `正文中的 <${tag.name}> 含有 style 属性（内联样式），本站的内容安全策略会阻止它`, expected: '删除 style 属性；强调文字用 **加粗**，提示框用 Callout 组件' });
    } else if (name === 'srcdoc' && lower !== 'iframe') {
      out.push({ line, message: `正文中的 <${tag.name}> 含有 srcdoc 属性，出于安全原因不允许`, expected: '删除该属性' });
    } else if (name === 'http-equiv') {
      // Reported with the <meta> tag itself.
    } else if (attr.value !== undefined && (name === 'href' || name === 'src' || name === 'action' || name === 'formaction' || name === 'xlink:href' || name === 'poster' || name === 'background' || name === 'data' || name === 'srcset')) {
      const scheme = urlScheme(attr.value);
      if (scheme && isUnsafeScheme(scheme)) out.push(unsafeUrl(line, scheme, `<${tag.name}> 的 ${attr.name} 属性`));
    }
  }
  return out;
}

function isUnsafeScheme(scheme: string): boolean {
  return (UNSAFE_SCHEMES as readonly string[]).includes(scheme);
}

function unsafeUrl(line: number, scheme: string, where: string): Finding {
  const why = scheme === 'data' ? '可以把整个网页或脚本藏在地址里' : '点击或加载时会执行脚本';
  return { line, message: `正文中${where}使用了 ${scheme}: 地址（${why}），出于安全原因不允许`, expected: '以 https:// 或 / 开头的链接；文件请作为附件上传' };
}

interface TreeNode {
  type: string;
  value?: string;
  url?: string;
  name?: string | null;
  attributes?: Array<{ type: string; name?: string; value?: unknown }>;
  children?: TreeNode[];
  position?: { start: { line: number } };
}

/** Parse options: what Astro's default Sätteri processor renders with (GFM on). */
const TREE_OPTIONS = { features: { gfm: true, smartPunctuation: true } };

/**
 * Everything in a body that could run script, break the CSP or run code at build time,
 * read on the syntax tree of the parser that renders it (Sätteri, the processor of both
 * Markdown and @astrojs/mdx): what the parser treats as code is code, what it treats as
 * HTML or JSX is checked against the allow-list of body-policy.ts.
 * @param body Markdown after the front matter.
 * @param isMdx MDX: ESM, `{expressions}` and attribute expressions are refused, JSX only
 *   for the site's components (and allowed HTML elements) with literal attributes.
 */
export function findUnsafeMarkup(body: string, isMdx: boolean): Finding[] {
  const findings: Finding[] = [];
  // Fast path: nothing that could be markup, an entity, a URL scheme or an MDX construct.
  if (!isMdx && !/[<&:]/.test(body)) return findings;
  let tree: TreeNode;
  try {
    tree = (isMdx ? mdxToMdast(body, TREE_OPTIONS) : markdownToMdast(body, TREE_OPTIONS)) as unknown as TreeNode;
  } catch (error) {
    const message = (error as Error).message;
    const m = /^(\d+):(\d+): ([^\n]*)/.exec(message);
    return [{
      line: m ? Number(m[1]) : 1,
      message: `MDX 写法有误，无法解析${m ? `（第 ${m[2]} 列）` : ''}：${(m ? m[3]! : message.split('\n')[0]!).replace(/\s*\([^)]*\)$/, '')}`,
      expected: '花括号 { } 和尖括号 < 在 MDX 中有特殊含义；要显示它们本身请写成 \\{ \\} 和 &lt;；组件写成 <Callout title="温馨提示">…</Callout>',
    }];
  }
  const visit = (node: TreeNode) => {
    const line = node.position?.start.line ?? 1;
    switch (node.type) {
      case 'html':
        findings.push(...htmlFindings(node.value ?? '', line));
        break;
      case 'link':
      case 'image':
      case 'definition': {
        const target = classifyLink(node.url ?? '');
        if (target.type === 'unsafe') findings.push(unsafeUrl(line, target.scheme, node.type === 'image' ? '的图片' : '的链接'));
        break;
      }
      case 'mdxjsEsm':
        findings.push({ line, message: 'MDX 文件中不允许 import 或 export 语句', expected: `删除这一段；站点提供的组件 ${MDX_COMPONENTS.join('、')} 无需导入即可使用` });
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        findings.push({ line, message: 'MDX 正文中含有 { } 表达式，内容文件里不允许写代码（反斜杠 \\\\ 后面的花括号也会被当作代码）', expected: '删除花括号；要显示花括号本身请写成 \\{ \\}；组件属性请用引号，如 title="温馨提示"' });
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const forbidden = node.name ? FORBIDDEN_TAGS[node.name.toLowerCase()] : undefined;
        const problem = forbidden ? { message: `正文中含有 ${forbidden}，出于安全原因不允许`, expected: USE_MARKDOWN } : jsxProblem({ name: node.name ?? null, attributes: node.attributes ?? [] });
        if (problem) findings.push({ line, ...problem });
        break;
      }
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(tree);
  return findings.sort((a, b) => a.line - b.line);
}

/** Findings in one raw HTML node of a Markdown body, which starts on body line `start`. */
function htmlFindings(html: string, start: number): Finding[] {
  const out: Finding[] = [];
  const comment = html.indexOf('<!--');
  if (comment >= 0) {
    out.push({
      line: start + countLines(html.slice(0, comment)),
      message: '正文中含有 HTML 注释 <!-- -->：注释里的文字虽然不显示，但会原样出现在网页源代码中，任何人都能看到',
      expected: '删除注释；不公开的内容不要写进要发布的文件',
    });
  }
  for (const tag of scanTags(html)) {
    const line = start + tag.line - 1;
    const found = tagFindings({ ...tag, line }, false);
    out.push(...found);
    if (found.length > 0) continue;
    const lower = tag.name.toLowerCase();
    if (/^[A-Z]/.test(tag.name) || tag.name.includes('.')) continue;
    if (!ALLOWED_TAGS.includes(lower)) {
      out.push({ line, message: `正文中含有 <${lower}> 标签，本站不支持，发布时会被去掉`, expected: USE_MARKDOWN });
      continue;
    }
    for (const attr of tag.attrs) {
      const name = attr.name.toLowerCase();
      if (!isAllowedAttribute(lower, name)) {
        out.push({ line, message: `正文中的 <${lower}> 含有属性 ${attr.name}，本站不支持，发布时会被去掉`, expected: `删除 ${attr.name}=… 属性` });
      } else if (attr.value !== undefined && URL_ATTRIBUTE_NAMES.includes(name)) {
        const scheme = urlScheme(attr.value);
        if (scheme && !ALLOWED_SCHEMES.includes(scheme)) out.push({ line, message: `正文中 <${lower}> 的 ${attr.name} 属性使用了 ${scheme}: 地址，本站不支持`, expected: '以 https:// 或 / 开头的链接' });
      }
    }
  }
  return out;
}

function countLines(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/** Problems for a file's body; `bodyLine` is the file line on which the body starts. */
export function checkBodySafety(file: string, body: string, bodyLine: number): Problem[] {
  return findUnsafeMarkup(body, file.endsWith('.mdx')).map((f) => ({
    severity: 'error',
    file,
    line: f.line + bodyLine - 1,
    field: '正文',
    message: f.message,
    expected: f.expected,
  }));
}
