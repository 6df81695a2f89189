import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** One built file's size, raw and gzipped (level 9, as stores and CDNs serve it). */
export interface FileSize {
  role: 'injected' | 'service worker' | 'popup';
  file: string;
  raw: number;
  gzip: number;
}

interface Manifest {
  content_scripts?: { js?: string[]; css?: string[] }[];
  background?: { service_worker?: string };
  action?: { default_popup?: string };
}

/** Sizes of what the built extension injects into sign-in pages, its service worker, and its popup. */
export function builtSizes(dir: string): FileSize[] {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;
  const size = (role: FileSize['role'], file: string): FileSize => {
    const bytes = readFileSync(join(dir, file));
    return { role, file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  };
  const injected = (manifest.content_scripts ?? []).flatMap((script) => [...(script.js ?? []), ...(script.css ?? [])]);
  const popupHtml = manifest.action?.default_popup;
  const popupFiles = popupHtml
    ? [
        popupHtml,
        ...[...readFileSync(join(dir, popupHtml), 'utf8').matchAll(/(?:src|href)="\/?([^"]+\.(?:js|css))"/g)].map((match) => match[1]!),
      ]
    : [];
  return [
    ...injected.map((file) => size('injected', file)),
    ...(manifest.background?.service_worker ? [size('service worker', manifest.background.service_worker)] : []),
    ...popupFiles.map((file) => size('popup', file)),
  ];
}
