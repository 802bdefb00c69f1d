/**
 * Content is untrusted as far as the site is concerned: an editor's Markdown must not
 * be able to run script in a citizen's browser. These checks reject (never silently
 * strip) anything that could, and tell the editor which line to fix.
 */
import type { Problem } from './problems.ts';

/** Hosts whose embedded players an editor may use in an <iframe>. Empty: none. */
export const ALLOWED_IFRAME_HOSTS: readonly string[] = [];

/** Components MDX files may use; they are supplied by the site, never imported. */
export const MDX_COMPONENTS = ['Callout', 'Figure'] as const;

interface Finding {
  line: number;
  message: string;
  expected: string;
}

/** Strip fenced code blocks and inline code, keeping line numbers: code is shown, not run. */
function withoutCode(body: string): string {
  let inFence = false;
  return body
    .split('\n')
    .map((l) => {
      if (/^\s*(```|~~~)/.test(l)) {
        inFence = !inFence;
        return '';
      }
      return inFence ? '' : l.replace(/`[^`]*`/g, '``');
    })
    .join('\n');
}

export function findUnsafeMarkup(body: string, isMdx: boolean): Finding[] {
  const findings: Finding[] = [];
  const lines = withoutCode(body).split('\n');
  lines.forEach((text, i) => {
    const line = i + 1;
    if (/<\s*script\b/i.test(text)) {
      findings.push({ line, message: '正文中含有 <script> 脚本，出于安全原因不允许', expected: '删除脚本；需要交互功能请联系技术人员' });
    }
    const handler = /<[^>]*\s(on[a-z]+)\s*=/i.exec(text);
    if (handler) {
      findings.push({ line, message: `正文中的 HTML 含有事件属性 ${handler[1]}，出于安全原因不允许`, expected: '删除该属性' });
    }
    if (/(?:href|src|action|formaction)\s*=\s*["']?\s*(?:javascript|vbscript|data:text\/html)/i.test(text) || /\]\(\s*(?:javascript|vbscript):/i.test(text)) {
      findings.push({ line, message: '正文中含有 javascript: 链接，出于安全原因不允许', expected: '以 https:// 或 / 开头的链接' });
    }
    for (const m of text.matchAll(/<\s*iframe\b[^>]*?src\s*=\s*["']([^"']*)["']/gi)) {
      const host = safeHost(m[1]!);
      if (!host || !ALLOWED_IFRAME_HOSTS.includes(host)) {
        findings.push({ line, message: `正文中嵌入了来自「${host ?? m[1]}」的 iframe，该来源不在允许列表中`, expected: '删除 iframe，改用普通链接' });
      }
    }
    if (/<\s*iframe\b(?![^>]*\ssrc\s*=)/i.test(text)) {
      findings.push({ line, message: '正文中含有没有来源的 iframe', expected: '删除 iframe' });
    }
    const tag = /<\s*(object|embed|applet|base|meta|link|form|style)\b/i.exec(text);
    if (tag) {
      findings.push({ line, message: `正文中含有 <${tag[1]!.toLowerCase()}> 标签，出于安全原因不允许`, expected: '只使用 Markdown 写法；表格、列表、链接都有对应写法' });
    }
    if (isMdx) {
      if (/^\s*(import|export)\s/.test(text)) {
        findings.push({ line, message: 'MDX 文件中不允许 import 或 export 语句', expected: `直接使用站点提供的组件：${MDX_COMPONENTS.join('、')}` });
      }
      for (const m of text.matchAll(/<([A-Z][A-Za-z0-9.]*)/g)) {
        if (!(MDX_COMPONENTS as readonly string[]).includes(m[1]!)) {
          findings.push({ line, message: `MDX 组件 <${m[1]}> 不是本站提供的组件`, expected: `${MDX_COMPONENTS.join('、')} 之一` });
        }
      }
      if (/\{[^}]*\}/.test(text) && !/^\s*</.test(text)) {
        findings.push({ line, message: 'MDX 正文中含有 { } 表达式，不允许在内容中写代码', expected: '删除花括号，或写成 \\{ \\}' });
      }
    }
  });
  return findings;
}

function safeHost(url: string): string | undefined {
  try {
    return new URL(url, 'https://invalid.local').host;
  } catch {
    return undefined;
  }
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
