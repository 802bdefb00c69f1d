/**
 * The local backend of `npm run edit`: Decap CMS's proxy API (the JSON protocol of
 * decap-server's local file-system mode, `POST /api/v1 {action, params}`), implemented
 * against the working tree's content folder. Every path goes through
 * `contentRelative` (src/lib/editor/paths.ts) and is then resolved inside the content
 * folder with symlinks followed, so nothing outside content/ is read or written.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, realpathSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { contentRelative, EditorPathError, type PathUse } from '../lib/editor/paths.ts';

export class BackendError extends Error {
  readonly status: number;
  constructor(message: string, status = 422) {
    super(message);
    this.status = status;
  }
}

interface MediaFile {
  id: string;
  content: string;
  encoding: 'base64';
  path: string;
  name: string;
}

const sha = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');

export class LocalBackend {
  readonly contentDir: string;
  /** Repository paths of the entries saved last (for the check panel). */
  lastSaved: string[] = [];

  constructor(contentDir: string) {
    this.contentDir = realpathSync(path.resolve(contentDir));
  }

  /** Absolute path of a repository path, inside the content folder even through symlinks. */
  resolve(repoPath: unknown, use: PathUse): string {
    const rel = contentRelative(repoPath, use);
    const abs = path.join(this.contentDir, ...rel.split('/'));
    // The deepest existing ancestor must really be inside the content folder.
    let probe = abs;
    while (!existsSync(probe)) probe = path.dirname(probe);
    const real = realpathSync(probe);
    if (real !== this.contentDir && !real.startsWith(this.contentDir + path.sep)) {
      throw new EditorPathError(`「${String(repoPath)}」指向 content/ 文件夹以外的位置`);
    }
    return abs;
  }

  /** Repository path (`content/…`) of an absolute path inside the content folder. */
  repoPath(abs: string): string {
    return ['content', ...path.relative(this.contentDir, abs).split(path.sep)].join('/');
  }

  private readMedia(abs: string): MediaFile {
    const data = readFileSync(abs);
    return { id: sha(data), content: data.toString('base64'), encoding: 'base64', path: this.repoPath(abs), name: path.basename(abs) };
  }

  private listFiles(dir: string, extension: string, depth: number): string[] {
    if (!existsSync(dir) || !statSync(dir).isDirectory()) return [];
    const out: string[] = [];
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (e.name.startsWith('.')) continue;
      const full = path.join(dir, e.name);
      if (e.isDirectory()) {
        if (depth > 1 && e.name !== 'files') out.push(...this.listFiles(full, extension, depth - 1));
      } else if (e.isFile() && e.name.endsWith(`.${extension}`)) out.push(full);
    }
    return out.sort();
  }

  private entry(abs: string, label?: unknown) {
    const data = readFileSync(abs, 'utf8');
    return { data, file: { path: this.repoPath(abs), id: sha(data), ...(typeof label === 'string' ? { label } : {}) } };
  }

  private write(abs: string, data: Buffer | string): void {
    mkdirSync(path.dirname(abs), { recursive: true });
    writeFileSync(abs, data);
  }

  /** One request of the proxy protocol. */
  handle(action: unknown, params: Record<string, unknown>): unknown {
    switch (action) {
      case 'info':
        return { repo: path.basename(path.dirname(this.contentDir)), publish_modes: ['simple'], type: 'local_fs' };
      case 'entriesByFolder': {
        const dir = this.resolve(params.folder, 'read');
        const extension = typeof params.extension === 'string' ? params.extension : 'md';
        const depth = Math.min(Math.max(Number(params.depth) || 1, 1), 5);
        return this.listFiles(dir, extension, depth).map((f) => this.entry(f));
      }
      case 'entriesByFiles': {
        const files = Array.isArray(params.files) ? (params.files as Array<{ path?: unknown; label?: unknown }>) : [];
        return files
          .map((f) => ({ abs: this.resolve(f.path, 'read'), label: f.label }))
          .filter((f) => existsSync(f.abs))
          .map((f) => this.entry(f.abs, f.label));
      }
      case 'getEntry': {
        const abs = this.resolve(params.path, 'read');
        if (!existsSync(abs)) throw new BackendError(`找不到文件 ${String(params.path)}`, 404);
        return this.entry(abs);
      }
      case 'persistEntry': {
        const dataFiles = Array.isArray(params.dataFiles) ? (params.dataFiles as Array<{ path?: unknown; raw?: unknown }>) : [];
        const assets = Array.isArray(params.assets) ? (params.assets as Array<{ path?: unknown; content?: unknown; encoding?: unknown }>) : [];
        if (dataFiles.length === 0) throw new BackendError('没有要保存的内容');
        // Check every path before writing anything, so a refused save writes nothing.
        const entries = dataFiles.map((f) => {
          if (typeof f.raw !== 'string') throw new BackendError('保存的内容不是文字');
          return { abs: this.resolve(f.path, 'entry'), raw: f.raw };
        });
        const media = assets.map((a) => ({ abs: this.resolve(a.path, 'media'), data: decode(a.content, a.encoding) }));
        for (const m of media) this.write(m.abs, m.data);
        for (const e of entries) this.write(e.abs, e.raw);
        this.lastSaved = entries.map((e) => this.repoPath(e.abs));
        return { message: 'entry persisted' };
      }
      case 'getMedia': {
        const dir = this.resolve(params.mediaFolder, 'read');
        if (!existsSync(dir) || !statSync(dir).isDirectory()) return [];
        return readdirSync(dir, { withFileTypes: true })
          .filter((e) => e.isFile() && !e.name.startsWith('.'))
          .map((e) => this.readMedia(path.join(dir, e.name)));
      }
      case 'getMediaFile': {
        const abs = this.resolve(params.path, 'read');
        if (!existsSync(abs) || !statSync(abs).isFile()) throw new BackendError(`找不到文件 ${String(params.path)}`, 404);
        return this.readMedia(abs);
      }
      case 'persistMedia': {
        const asset = (params.asset ?? {}) as { path?: unknown; content?: unknown; encoding?: unknown };
        const abs = this.resolve(asset.path, 'media');
        this.write(abs, decode(asset.content, asset.encoding));
        return this.readMedia(abs);
      }
      case 'deleteFile':
      case 'deleteFiles': {
        const paths = action === 'deleteFile' ? [params.path] : Array.isArray(params.paths) ? params.paths : [];
        const targets = paths.map((p) => this.resolve(p, typeof p === 'string' && p.endsWith('.md') ? 'entry' : 'media'));
        for (const t of targets) rmSync(t, { force: true });
        return { message: `deleted ${targets.length} file(s)` };
      }
      case 'getDeployPreview':
        return null;
      default:
        throw new BackendError(`本地编辑器不支持操作「${String(action)}」（审核流程请使用 Gitea/GitLab，见 docs/deploy/editor.md）`, 422);
    }
  }
}

function decode(content: unknown, encoding: unknown): Buffer {
  if (typeof content !== 'string') throw new BackendError('上传的文件没有内容');
  if (encoding !== 'base64') throw new BackendError(`不支持的编码 ${String(encoding)}`);
  return Buffer.from(content, 'base64');
}
