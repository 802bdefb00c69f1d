/**
 * What a rendered body (Markdown or MDX) may contain: one allow-list, used twice.
 * - `npm run check` (safety.ts) reports every tag, attribute or URL outside it, with its
 *   line, so nothing an editor wrote is ever dropped silently;
 * - the build renders every body through the Sätteri plugin `bodyGuardPlugin` and every
 *   Markdown body's HTML through `sanitizeBodyHtml` (body-sanitize.ts, sanitize-html),
 *   so whatever slipped past the check (or a build run without it) still cannot put a script, a frame, a form, a `<base>`, a `<meta>`,
 *   an event handler, a `style` attribute or a `javascript:`/`data:` URL on a page, and
 *   an MDX body cannot run code on the build machine.
 */

/** Components MDX files may use; they are supplied by the site, never imported. */
export const MDX_COMPONENTS: Readonly<Record<string, readonly string[]>> = {
  Callout: ['title'],
  Figure: ['caption'],
};

/** HTML elements a body may contain (Markdown renders to these; editors may write them). */
export const ALLOWED_TAGS: readonly string[] = [
  'a', 'abbr', 'b', 'blockquote', 'br', 'caption', 'cite', 'code', 'col', 'colgroup', 'dd', 'del', 'details', 'dfn',
  'div', 'dl', 'dt', 'em', 'figcaption', 'figure', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'i', 'img', 'ins', 'kbd',
  'li', 'mark', 'ol', 'p', 'pre', 'q', 'rp', 'rt', 'ruby', 's', 'samp', 'section', 'small', 'span', 'strong', 'sub',
  'summary', 'sup', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'time', 'tr', 'u', 'ul', 'var',
];

/** Attributes allowed on every allowed element. */
export const GLOBAL_ATTRIBUTES = ['title', 'lang', 'dir', 'class'];

/** Attributes allowed on particular elements (besides the global ones). */
export const ALLOWED_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = {
  a: ['href', 'id', 'aria-describedby', 'aria-label', 'data-footnote-ref', 'data-footnote-backref'],
  img: ['src', 'alt', 'width', 'height'],
  td: ['colspan', 'rowspan'],
  th: ['colspan', 'rowspan', 'scope'],
  col: ['span'],
  colgroup: ['span'],
  ol: ['start', 'reversed', 'type'],
  li: ['value', 'id'],
  time: ['datetime'],
  details: ['open'],
  blockquote: ['cite'],
  q: ['cite'],
  del: ['cite', 'datetime'],
  ins: ['cite', 'datetime'],
  h1: ['id'], h2: ['id'], h3: ['id'], h4: ['id'], h5: ['id'], h6: ['id'],
  section: ['data-footnotes'],
};

/** Attributes holding a URL; only these schemes (or a relative URL) are allowed in them. */
export const URL_ATTRIBUTE_NAMES = ['href', 'src', 'cite'];
export const ALLOWED_SCHEMES = ['http', 'https', 'mailto', 'tel'];

/** Whether `attr` (lower-case) is allowed on `tag` (lower-case). */
export function isAllowedAttribute(tag: string, attr: string): boolean {
  return GLOBAL_ATTRIBUTES.includes(attr) || (ALLOWED_ATTRIBUTES[tag]?.includes(attr) ?? false);
}

/** GFM table alignment (`| ---: |`) as a class: the CSP allows no style attributes. */
export function alignClass(style: string): string | undefined {
  const m = /^\s*text-align\s*:\s*(left|right|center)\s*;?\s*$/i.exec(style);
  return m ? `align-${m[1]!.toLowerCase()}` : undefined;
}

/** Thrown by the build when an MDX body holds something the content check refuses. */
export class UnsafeBodyError extends Error {}

interface JsxAttr {
  type: string;
  name?: string;
  value?: unknown;
}
interface JsxNode {
  name: string | null;
  attributes?: JsxAttr[];
}

/**
 * What is wrong with an MDX JSX element, or undefined when it is an allowed component
 * (or an allowed HTML element) with literal, allowed attributes.
 */
export function jsxProblem(node: JsxNode): { message: string; expected: string } | undefined {
  const components = Object.keys(MDX_COMPONENTS);
  const listed = components.map((c) => `<${c}>`).join('、');
  const name = node.name;
  if (!name) return { message: 'MDX 正文中含有空标签 <>…</>（片段）', expected: `只用 Markdown 写法，或本站组件 ${listed}` };
  const isComponent = /^[A-Z]/.test(name) || /[.:]/.test(name);
  let allowedAttrs: readonly string[] | undefined;
  if (isComponent) {
    allowedAttrs = MDX_COMPONENTS[name];
    if (!allowedAttrs) return { message: `MDX 组件 <${name}> 不是本站提供的组件`, expected: `只能使用 ${listed}` };
  } else if (!ALLOWED_TAGS.includes(name)) {
    return { message: `正文中含有 <${name}> 标签，本站不允许`, expected: '只使用 Markdown 写法（标题、列表、表格、链接、图片都有对应写法）' };
  }
  // Code first: an expression is the reason to stop, whatever else is wrong.
  for (const attr of node.attributes ?? []) {
    if (attr.type !== 'mdxJsxAttribute' || !attr.name) {
      return { message: `<${name}> 含有 { } 展开表达式，内容文件里不允许写代码`, expected: '删除花括号部分，属性写成 名称="文字"' };
    }
    if (attr.value !== null && attr.value !== undefined && typeof attr.value !== 'string') {
      return { message: `<${name}> 的属性 ${attr.name} 的值是 { } 表达式，内容文件里不允许写代码`, expected: `属性值用引号，如 ${attr.name}="温馨提示"` };
    }
  }
  for (const attr of node.attributes as Array<JsxAttr & { name: string }>) {
    const lower = attr.name.toLowerCase();
    const ok = isComponent ? allowedAttrs!.includes(attr.name) : isAllowedAttribute(name, lower);
    if (!ok) {
      const allowed = isComponent ? (allowedAttrs!.length ? allowedAttrs!.join('、') : '无') : '见编辑指南';
      return { message: `<${name}> 不能有属性 ${attr.name}`, expected: `删除该属性；可用的属性：${allowed}` };
    }
    if (typeof attr.value === 'string' && URL_ATTRIBUTE_NAMES.includes(lower)) {
      const scheme = /^\s*([A-Za-z][A-Za-z0-9+.-]*):/.exec(attr.value.replace(/[\t\n\r]/g, ''))?.[1]?.toLowerCase();
      if (scheme && !ALLOWED_SCHEMES.includes(scheme)) return { message: `<${name}> 的 ${attr.name} 使用了 ${scheme}: 地址，出于安全原因不允许`, expected: '以 https:// 或 / 开头的链接' };
    }
  }
  return undefined;
}

interface Positioned {
  position?: { start?: { line?: number } } | undefined;
}
function where(node: Positioned, ctx: { fileURL: URL | undefined }): string {
  const file = ctx.fileURL ? decodeURIComponent(ctx.fileURL.pathname) : '（未知文件）';
  const line = node.position?.start?.line;
  return line ? `${file}:${line}` : file;
}

/**
 * A Sätteri hast plugin for the build (Markdown and MDX): refuses, by stopping the build,
 * every MDX construct that would run code (ESM, `{expressions}`, attribute expressions,
 * components outside the allow-list), and turns table alignment into a class.
 */
export function bodyGuardPlugin() {
  const refuse = (what: string) => (node: Positioned, ctx: { fileURL: URL | undefined }) => {
    throw new UnsafeBodyError(`${where(node, ctx)}  正文中含有${what}，内容文件里不允许写代码，已停止构建（npm run check 会指出具体位置）`);
  };
  const jsx = {
    filter: [] as string[],
    visit(node: JsxNode & Positioned, ctx: { fileURL: URL | undefined }) {
      const p = jsxProblem(node);
      if (p) throw new UnsafeBodyError(`${where(node, ctx)}  ${p.message}，已停止构建`);
    },
  };
  return {
    name: 'portal-body-guard',
    mdxjsEsm: refuse(' import/export 语句'),
    mdxFlowExpression: refuse(' { } 表达式'),
    mdxTextExpression: refuse(' { } 表达式'),
    mdxJsxFlowElement: jsx,
    mdxJsxTextElement: jsx,
    element: {
      filter: ['td', 'th'],
      visit(node: { properties?: Record<string, unknown> }, ctx: { setProperty: (node: never, key: string, value: unknown) => void }) {
        const style = node.properties?.style;
        if (typeof style !== 'string') return;
        const cls = alignClass(style);
        ctx.setProperty(node as never, 'style', null);
        if (cls) {
          const prev = node.properties?.className;
          ctx.setProperty(node as never, 'className', [...(Array.isArray(prev) ? prev : []), cls]);
        }
      },
    },
  };
}

