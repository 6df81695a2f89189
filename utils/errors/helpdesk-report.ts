import { forEachShownText } from '@/utils/steps/dom';
import { readPageConfig } from '@/utils/steps/page-config';
import { cloudLabels } from '@/utils/portals/clouds';
import type { Portal } from '@/utils/portals/types';

/** The identifiers an IT desk needs to find a failed sign-in in its logs. */
export interface ErrorDetails {
  readonly requestId?: string;
  readonly correlationId?: string;
  readonly timestamp?: string;
}

const guid = '([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})';
const shownPatterns = {
  requestId: new RegExp(`Request Id:?\\s*${guid}`, 'i'),
  correlationId: new RegExp(`Correlation Id:?\\s*${guid}`, 'i'),
  timestamp: /Timestamp:?\s*(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z)/i,
} as const;

/** Read request id, correlation id and timestamp from the shown error details, falling back to `$Config`. */
export function readErrorDetails(document: Document): ErrorDetails {
  let shown = '';
  forEachShownText(document, (text) => {
    shown += `${text} `;
  });
  const found: Record<string, string> = {};
  for (const [name, pattern] of Object.entries(shownPatterns)) {
    const match = pattern.exec(shown);
    if (match) found[name] = match[1]!;
  }
  const config = readPageConfig(document);
  return {
    requestId: found.requestId ?? config.sessionId,
    correlationId: found.correlationId ?? config.correlationId,
    timestamp: found.timestamp,
  };
}

/**
 * The text "Copy details for your helpdesk" puts on the clipboard: the code, the ids, the time, the cloud, and
 * the page's origin and path. Never the query string, the username, or anything typed.
 */
export function helpdeskReport(input: {
  code?: string;
  details: ErrorDetails;
  portal: Portal;
  url: URL;
  copiedAt: Date;
}): string {
  const { code, details, portal, url, copiedAt } = input;
  const lines = [
    `Sign-in problem${code ? `: AADSTS${code}` : ''}`,
    `Request Id: ${details.requestId ?? 'not shown'}`,
    `Correlation Id: ${details.correlationId ?? 'not shown'}`,
    `Timestamp: ${details.timestamp ?? `not shown (copied at ${copiedAt.toISOString()})`}`,
    `Cloud: ${cloudLabels[portal.cloud].name} (${portal.name})`,
    `Page: ${url.origin}${url.pathname}`,
  ];
  return lines.join('\n');
}
