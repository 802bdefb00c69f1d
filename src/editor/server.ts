/**
 * The `npm run edit` server, on 127.0.0.1 only:
 *   /admin/                 the editor page (src/editor/admin/) with Decap CMS from node_modules
 *   /admin/config.json      the configuration generated from the schemas and columns.yaml
 *   /admin/preview.css      the portal's own page styles, for the editor's preview
 *   POST /api/v1            Decap's proxy API against the content folder (backend.ts)
 *   POST /api/editor/validate   one field, checked as `npm run check` checks it
 *   GET  /api/editor/next-index 索引号 as `npm run new` assigns it
 *   GET  /api/editor/next-slug  the default 文件名 as `npm run new` gives it (类型-日期-序号)
 *   GET  /api/editor/check      the content check of what was saved last
 * Nothing here is part of the public site: `dist/` never contains the editor.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkContent, loadCatalogueFile, loadSite } from '../lib/content/check.ts';
import { readSourceFiles } from '../lib/content/files.ts';
import { formatProblem, isError, sortProblems } from '../lib/content/problems.ts';
import { todayInChina, isIsoDate } from '../lib/dates.ts';
import { editorConfig, SLUG_FIELD } from '../lib/editor/config.ts';
import { EditorPathError } from '../lib/editor/paths.ts';
import { isKind, validateField, validateSlug } from '../lib/editor/validate.ts';
import { generateSlug } from '../lib/new-item/model.ts';
import { indexNumbersIn, nextIndexNumber } from '../lib/index-number.ts';
import { COLLECTION_DIRS, KINDS, type Kind } from '../kinds/index.ts';
import { BackendError, LocalBackend } from './backend.ts';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ADMIN_DIR = path.join(HERE, 'admin');
/** The portal's stylesheets in cascade order (BaseLayout imports the same files). */
const STYLES = ['tokens.css', 'base.css', 'layout.css', 'components.css', 'modes.css'];

/**
 * Scripts the editor page loads from installed packages (no CDN): Decap CMS's bundle and
 * its lazily loaded chunks, and js-yaml (the portal's own front-matter reader) for the
 * editor's front-matter format.
 */
export function vendorFile(root: string, name: string): string | undefined {
  if (/(^|\.)decap-cms\.js$/.test(name)) return path.join(root, 'node_modules', 'decap-cms', 'dist', name);
  if (name === 'js-yaml.min.js') return path.join(root, 'node_modules', 'js-yaml', 'dist', name);
  return undefined;
}

export interface EditorServerOptions {
  /** Project root (where package.json is). */
  root: string;
  /** Content folder; defaults to `<root>/content`. */
  contentDir?: string;
  port: number;
  host?: string;
  /** Date the content check judges against (default: today in China, following the calendar while the editor runs). */
  asOf?: string;
}

export interface EditorServer {
  url: string;
  server: Server;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
};

function send(res: ServerResponse, status: number, body: string | Buffer, type = 'application/json; charset=utf-8'): void {
  res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' });
  res.end(body);
}
const json = (res: ServerResponse, status: number, value: unknown) => send(res, status, JSON.stringify(value));

async function readBody(req: IncomingMessage, limit = 60 * 1024 * 1024): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new BackendError('上传的文件太大（超过 60 MB）', 413);
    chunks.push(chunk as Buffer);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new BackendError('请求不是合法的 JSON', 400);
  }
}

function kindOfCollection(name: unknown): Kind | undefined {
  return KINDS.find((k) => COLLECTION_DIRS[k] === name);
}

export async function startEditorServer(options: EditorServerOptions): Promise<EditorServer> {
  const root = path.resolve(options.root);
  const contentDir = path.resolve(options.contentDir ?? path.join(root, 'content'));
  const host = options.host ?? '127.0.0.1';
  const backend = new LocalBackend(contentDir);
  const asOf = () => options.asOf ?? todayInChina();
  /** 索引号 handed out in this session but perhaps not saved yet: never handed out twice. */
  const handedOut: string[] = [];
  let origin = '';

  const catalogue = () => loadCatalogueFile(root, contentDir).catalogue;
  /** Default 文件名 handed out in this session: never handed out twice. */
  const slugsHandedOut: string[] = [];
  /** Every item's file name (all collections: the address /items/<slug>/ is shared), with its file. */
  const slugsTaken = () => new Map(readSourceFiles(root, contentDir).map((f) => [f.slug, f.file] as [string, string]));

  const handler = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    // Only this machine's own pages may call the API (no DNS rebinding, no other sites).
    const hostHeader = req.headers.host ?? '';
    if (!/^(127\.0\.0\.1|localhost)(:\d+)?$/.test(hostHeader)) return send(res, 403, '只接受本机访问', 'text/plain; charset=utf-8');
    if (req.method === 'POST' && req.headers.origin && req.headers.origin !== origin && req.headers.origin !== origin.replace('127.0.0.1', 'localhost')) {
      return json(res, 403, { error: '只接受本编辑器页面的请求' });
    }
    const p = url.pathname;
    if (p === '/' || p === '/admin') {
      res.writeHead(302, { Location: '/admin/' }).end();
      return;
    }
    if (req.method === 'GET' && p === '/admin/config.json') {
      const site = loadSite(root, contentDir).site;
      return json(
        res,
        200,
        editorConfig({ catalogue: catalogue(), backend: { name: 'proxy', proxy_url: `${origin}/api/v1`, branch: 'main' }, siteUrl: site?.url }),
      );
    }
    if (req.method === 'GET' && p === '/admin/preview.css') {
      const css = STYLES.map((f) => readFileSync(path.join(root, 'src', 'styles', f), 'utf8')).join('\n');
      return send(res, 200, css, TYPES['.css']);
    }
    if (req.method === 'GET' && p.startsWith('/admin/')) {
      const name = p.slice('/admin/'.length) || 'index.html';
      if (!/^[\w.-]+$/.test(name)) return send(res, 404, 'Not found', 'text/plain');
      // Decap CMS's bundle and its lazily loaded chunks come from the installed package.
      const file = vendorFile(root, name) ?? path.join(ADMIN_DIR, name);
      if (!existsSync(file)) return send(res, 404, 'Not found', 'text/plain');
      return send(res, 200, readFileSync(file), TYPES[path.extname(file)] ?? 'application/octet-stream');
    }
    if (req.method === 'POST' && p === '/api/v1') {
      const body = (await readBody(req)) as { action?: unknown; params?: Record<string, unknown> };
      return json(res, 200, backend.handle(body.action, body.params ?? {}));
    }
    if (req.method === 'POST' && p === '/api/editor/validate') {
      const body = (await readBody(req, 1024 * 1024)) as { kind?: unknown; field?: unknown; value?: unknown };
      if (!isKind(body.kind) || typeof body.field !== 'string') throw new BackendError('缺少 kind 或 field', 400);
      if (body.field === SLUG_FIELD) return json(res, 200, { problems: validateSlug(body.value, slugsTaken()) });
      return json(res, 200, { problems: validateField(body.kind, body.field, body.value, catalogue()) });
    }
    if (req.method === 'GET' && p === '/api/editor/next-index') {
      const kind =
        kindOfCollection(url.searchParams.get('collection')) ?? (isKind(url.searchParams.get('kind')) ? (url.searchParams.get('kind') as Kind) : undefined);
      if (!kind) throw new BackendError('缺少 collection', 400);
      const site = loadSite(root, contentDir).site;
      if (!site) throw new BackendError('content/site.yaml 有错误，无法分配索引号（请运行 npm run check）');
      const date = url.searchParams.get('date');
      const year = Number((date && isIsoDate(date) ? date : todayInChina()).slice(0, 4));
      const taken = [...readSourceFiles(root, contentDir).flatMap((s) => indexNumbersIn(s.text)), ...handedOut];
      const indexNumber = nextIndexNumber(site.orgCode, year, taken, kind);
      handedOut.push(indexNumber);
      return json(res, 200, { indexNumber });
    }
    if (req.method === 'GET' && p === '/api/editor/next-slug') {
      const kind = kindOfCollection(url.searchParams.get('collection'));
      if (!kind) throw new BackendError('缺少 collection', 400);
      const taken = slugsTaken();
      for (const s of slugsHandedOut) if (!taken.has(s)) taken.set(s, '本次编辑中另一条新建的信息');
      const slug = generateSlug(kind, todayInChina(), taken);
      slugsHandedOut.push(slug);
      return json(res, 200, { slug });
    }
    if (req.method === 'GET' && p === '/api/editor/check') {
      const result = checkContent({ root, contentDir, asOf: asOf() });
      const saved = new Set(
        backend.lastSaved.map((f) =>
          path
            .relative(root, path.join(contentDir, ...f.split('/').slice(1)))
            .split(path.sep)
            .join('/'),
        ),
      );
      const mine = sortProblems(result.problems.filter((x) => saved.has(x.file)));
      const errors = result.problems.filter(isError).length;
      return json(res, 200, {
        files: backend.lastSaved,
        problems: mine.map((x) => ({ ...x, text: formatProblem(x) })),
        totals: { files: result.fileCount, errors, warnings: result.problems.length - errors },
        asOf: asOf(),
      });
    }
    return send(res, 404, 'Not found', 'text/plain');
  };

  const server = createServer((req, res) => {
    handler(req, res).catch((error: unknown) => {
      const status = error instanceof EditorPathError ? 403 : error instanceof BackendError ? error.status : 500;
      if (status === 500) console.error(error);
      if (!res.headersSent) json(res, status, { error: error instanceof Error ? error.message : String(error) });
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, host, () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  origin = `http://${host}:${port}`;
  return {
    url: `${origin}/admin/`,
    server,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
