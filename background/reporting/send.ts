import { outcomeOf, requestTimeoutMs } from '@/utils/reporting/delivery';
import type { ReportRequest } from '@/utils/reporting/body';

/**
 * Send one report: no cookies or credentials, no referrer, no redirects followed (one is a failure), at most
 * {@link requestTimeoutMs}. Only the status is read; the body is cancelled unread, however large. Never throws.
 */
export async function sendReport(request: ReportRequest): Promise<'delivered' | 'retry' | 'drop'> {
  try {
    const response = await fetch(request.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: request.body,
      credentials: 'omit',
      redirect: 'error',
      referrerPolicy: 'no-referrer',
      cache: 'no-store',
      signal: AbortSignal.timeout(requestTimeoutMs),
    });
    void response.body?.cancel().catch(() => undefined);
    return outcomeOf(response.status);
  } catch {
    return 'retry'; // down, too slow, a redirect, a certificate error: try again later
  }
}
