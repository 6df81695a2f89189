const maxInput = 320; // the longest address RFC 5321 allows
const label = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

/**
 * The domain part of what someone typed in the account field, normalized (lower case, Unicode to punycode,
 * no trailing dot), or `undefined` when it is not an email address. Nothing before the `@` is kept.
 */
export function domainOfAccount(typed: string): string | undefined {
  if (typed.length > maxInput) return undefined;
  const at = typed.lastIndexOf('@');
  if (at <= 0) return undefined;
  const raw = typed.slice(at + 1).trim();
  if (raw === '' || /[\s/\\?#@:%]/.test(raw)) return undefined;
  let host: string;
  try {
    host = new URL(`https://${raw}/`).hostname.replace(/\.$/, '');
  } catch {
    return undefined;
  }
  const labels = host.split('.');
  if (labels.length < 2 || !labels.every((part) => label.test(part)) || /^\d+$/.test(labels.at(-1)!)) return undefined;
  return host;
}
