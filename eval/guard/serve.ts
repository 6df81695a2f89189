// The evaluation's local HTTPS server: each page of the set at its own host, the files beside it under the same
// host, and 404 for everything else (Chromium maps every hostname here, so no request leaves the machine).
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { makeCertificate } from '../../tests/e2e/harness/certificate.ts';
import type { EvalPage } from './pages.ts';

const contentTypes: Record<string, string> = {
  '.css': 'text/css',
  '.gif': 'image/gif',
  '.htm': 'text/html; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.ico': 'image/x-icon',
  '.jpeg': 'image/jpeg',
  '.jpg': 'image/jpeg',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.webp': 'image/webp',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
};

/**
 * A sanitized page with its inert scripts made live again (`type="text/x-devset-inert"` dropped, `data-devset-src`
 * back to `src`), for `--live-scripts`: kits that draw their form by script then show it, as they do in the wild.
 */
export function wakeInertScripts(html: string): string {
  return html.replace(/<script\b[^>]*>/gi, (tag) =>
    tag.replace(/\s+type=(["'])text\/x-devset-inert\1/i, '').replace(/\bdata-devset-src=/i, 'src='),
  );
}

/** The running server: its loopback port, the requests to hosts that are no page's (per host), and how to stop it. */
export interface EvalServer {
  port: number;
  elsewhereRequests(): Record<string, number>;
  close(): Promise<void>;
}

/**
 * Which file of the set answers `pathname` on a page's host: the page itself at its path, else the file at the same
 * place relative to the page's folder (its images and styles), never anything outside that folder; undefined for 404.
 */
export function fileFor(folder: string, page: EvalPage, pathname: string): string | undefined {
  if (pathname === page.path) return join(folder, page.file);
  const base = page.path.slice(0, page.path.lastIndexOf('/') + 1);
  if (!pathname.startsWith(base)) return undefined;
  let relative: string;
  try {
    relative = decodeURIComponent(pathname.slice(base.length));
  } catch {
    return undefined;
  }
  const pageFolder = join(folder, page.file, '..');
  const file = normalize(join(pageFolder, relative));
  return file.startsWith(pageFolder + sep) ? file : undefined;
}

/** Start the server for these pages of `folder` on a free loopback port, with a certificate made now for their hosts. */
export async function startEvalServer(
  folder: string,
  pages: readonly EvalPage[],
  options: { liveScripts?: boolean } = {},
): Promise<EvalServer> {
  const byHost = new Map(pages.map((page) => [page.host, page]));
  const elsewhere = new Map<string, number>();
  const server = createServer(await makeCertificate([...byHost.keys()]), (request, response) => {
    const host = (request.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
    const page = byHost.get(host);
    if (!page) elsewhere.set(host, (elsewhere.get(host) ?? 0) + 1);
    const pathname = new URL(request.url ?? '/', 'https://page.invalid').pathname;
    const file = page && fileFor(folder, page, pathname);
    if (!file) return void response.writeHead(404, { 'content-type': 'text/plain' }).end('not served in the evaluation');
    const isPage = file === join(folder, page.file);
    const type = isPage ? contentTypes['.html'] : (contentTypes[extname(file).toLowerCase()] ?? 'application/octet-stream');
    readFile(file).then(
      (body) =>
        response
          .writeHead(200, { 'content-type': type!, 'cache-control': 'no-store' })
          .end(isPage && options.liveScripts ? wakeInertScripts(body.toString('utf8')) : body),
      () => response.writeHead(404, { 'content-type': 'text/plain' }).end('no such file'),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    elsewhereRequests: () => Object.fromEntries([...elsewhere].sort(([, a], [, b]) => b - a)),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
