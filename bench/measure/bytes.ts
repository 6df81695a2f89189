import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** One built file's size, raw and gzipped (level 9, as stores and CDNs serve it). */
export interface FileSize {
  /** `injected`: every page of its hosts gets it; `card`: imported only when the person opens the panel's card. */
  role: 'injected' | 'card' | 'service worker' | 'popup';
  file: string;
  raw: number;
  gzip: number;
}

interface Manifest {
  content_scripts?: { js?: string[]; css?: string[] }[];
  web_accessible_resources?: { resources: string[] }[];
  background?: { service_worker?: string };
  action?: { default_popup?: string };
}

/** Sizes of what the built extension injects into sign-in pages, the card's script, its service worker, and its popup. */
export function builtSizes(dir: string): FileSize[] {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;
  const size = (role: FileSize['role'], file: string): FileSize => {
    const bytes = readFileSync(join(dir, file));
    return { role, file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  };
  const injected = (manifest.content_scripts ?? []).flatMap((script) => [...(script.js ?? []), ...(script.css ?? [])]);
  const card = (manifest.web_accessible_resources ?? []).flatMap((resource) => resource.resources);
  const popupHtml = manifest.action?.default_popup;
  const popupFiles = popupHtml
    ? [
        popupHtml,
        ...[...readFileSync(join(dir, popupHtml), 'utf8').matchAll(/(?:src|href)="\/?([^"]+\.(?:js|css))"/g)].map((match) => match[1]!),
      ]
    : [];
  return [
    ...injected.map((file) => size('injected', file)),
    ...card.map((file) => size('card', file)),
    ...(manifest.background?.service_worker ? [size('service worker', manifest.background.service_worker)] : []),
    ...popupFiles.map((file) => size('popup', file)),
  ];
}
