import { createHash } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { accessSync, constants, existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { extensionDir } from './extension-browser';

/**
 * Where Debian's Chromium reads machine-wide managed policy (needs root to write). The name carries this checkout's
 * path hash, so two checkouts testing on one machine never overwrite or remove each other's policy.
 */
export const policyFile = `/etc/chromium/policies/managed/sign-in-assistant-e2e-${createHash('sha256').update(extensionDir).digest('hex').slice(0, 12)}.json`;

/** The id Chromium gives an unpacked extension: the SHA-256 of its path, first 32 hex digits spelled a–p. */
export function unpackedExtensionId(path: string): string {
  const hex = createHash('sha256').update(path).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode('a'.charCodeAt(0) + Number.parseInt(digit, 16))).join('');
}

/** Whether this machine lets the tests write Chromium's managed policy (CI runs as root). */
export function canWritePolicy(): boolean {
  let dir = dirname(policyFile);
  while (!existsSync(dir)) dir = dirname(dir);
  try {
    accessSync(dir, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/** Set the extension's managed storage through Chromium's policy file, as an administrator would; returns the undo. */
export function setManagedPolicy(policy: Record<string, unknown>, dir: string = extensionDir): () => void {
  mkdirSync(dirname(policyFile), { recursive: true });
  const id = unpackedExtensionId(dir);
  writeFileSync(policyFile, JSON.stringify({ '3rdparty': { extensions: { [id]: policy } } }));
  return () => rmSync(policyFile, { force: true });
}
