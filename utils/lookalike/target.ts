/**
 * The address of a document the guard may judge: any https page (any port, any user info: the strict host rule
 * only decides which pages are Microsoft's own), and plain http pages where `withHttp` (the organization edition,
 * which declares that permission). Blob documents are judged under their creator's origin, as Chromium lets an
 * extension in. Anything else (file:, data:, the browser's own pages) is undefined.
 */
export function guardTarget(address: string, withHttp: boolean): URL | undefined {
  try {
    const url = new URL(address.startsWith('blob:') ? address.slice(5) : address);
    if (url.protocol === 'https:' || (withHttp && url.protocol === 'http:')) return url;
  } catch {
    // not an address
  }
  return undefined;
}
