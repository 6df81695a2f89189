import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { makeCertificate } from './certificate';
import { discoveryAnswers } from './discovery-answers';
import { demoHost, servedHosts } from './hosts';
import { identifyPortal } from '@/utils/identify-portal';

const fixturesDir = join(import.meta.dirname, '..', '..', 'fixtures');
const contentTypes: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.png': 'image/png' };

/** A request the server saw: host, path with query, and the headers that could leak who is signing in. */
export interface SeenRequest {
  host: string;
  path: string;
  cookie?: string;
  referer?: string;
}

/** The local HTTPS server that answers under Microsoft's (and look-alike) hostnames with our fixtures. */
export interface FixtureServer {
  port: number;
  requests: SeenRequest[];
  close(): Promise<void>;
}

/**
 * Which fixture a URL gets: `?__fixture=family/name` picks one; `/demo/<name>` on any host is the demo page
 * `demo/<name>.html`, and the demo host's other paths its start page; otherwise sign-in hosts get the account
 * step of their page family, and every other host (entry portals such as www.office.com included: they are
 * start pages, not sign-in pages) an ordinary page, or for the demo a page saying the link would have left it.
 */
export function fixtureFor(url: URL, options: { demo?: boolean } = {}): string {
  const chosen = url.searchParams.get('__fixture');
  if (chosen) return `${chosen}.html`;
  const demoPage = /^\/demo\/([a-z0-9-]+)$/.exec(url.pathname)?.[1];
  if (demoPage) return `demo/${demoPage}.html`;
  if (url.hostname === demoHost) return 'demo/start.html';
  const portal = identifyPortal(url);
  const first: Record<string, string> = {
    'personal-msa': 'live/account.html',
    'personal-recovery': 'account-live/reset-account.html',
    'global-security-info': 'my-sign-ins/security-info.html',
    'usgov-security-info': 'my-sign-ins/security-info.html',
  };
  if (!portal || portal.role === 'entry') return options.demo ? 'demo/elsewhere.html' : 'ordinary/article.html';
  return first[portal.id] ?? (portal.role === 'recovery' ? 'sspr/account.html' : 'converged/account.html');
}

/** A test's own answer for some requests (a report endpoint, say): true if it answered, false to let the fixtures answer. */
export type ExtraHandler = (request: IncomingMessage, response: ServerResponse, url: URL) => boolean;

/**
 * Start the fixture server on a free loopback port; `demo` answers hosts outside the catalog for `npm run demo`;
 * `handle` answers first where it wants to.
 */
export async function startFixtureServer(options: { demo?: boolean; handle?: ExtraHandler } = {}): Promise<FixtureServer> {
  const requests: SeenRequest[] = [];
  const server: Server = createServer(await makeCertificate(servedHosts), (request, response) => {
    const host = (request.headers.host ?? '').replace(/:\d+$/, '');
    const url = new URL(request.url ?? '/', `https://${host}`);
    requests.push({ host, path: url.pathname + url.search, cookie: request.headers.cookie, referer: request.headers.referer });
    if (options.handle?.(request, response, url)) return;
    const discovery = /^\/([^/]+)\/v2\.0\/\.well-known\/openid-configuration$/.exec(url.pathname);
    if (discovery && host === 'login.microsoftonline.com') {
      const answer = discoveryAnswers[decodeURIComponent(discovery[1]!)] ?? discoveryAnswers['nobody.example']!;
      const send = () => response.writeHead(answer.status, { 'content-type': 'application/json' }).end(answer.body);
      if (answer.delayMs) setTimeout(send, answer.delayMs).unref();
      else send();
      return;
    }
    const file = url.pathname.startsWith('/__fixtures/') ? url.pathname.slice('/__fixtures/'.length) : fixtureFor(url, options);
    const path = normalize(join(fixturesDir, file));
    if (!path.startsWith(fixturesDir)) return void response.writeHead(403).end();
    // `?__csp=strict` serves the page under a strict Content-Security-Policy, as hardened sign-in pages may be.
    const csp =
      url.searchParams.get('__csp') === 'strict'
        ? { 'content-security-policy': "default-src 'self'; script-src 'none'; style-src 'self'" }
        : {};
    readFile(path).then(
      (body) => response.writeHead(200, { 'content-type': contentTypes[extname(path)] ?? 'text/plain', ...csp }).end(body),
      () => response.writeHead(404).end('no such page'),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
