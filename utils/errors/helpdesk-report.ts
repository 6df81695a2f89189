import { forEachShownText } from '@/utils/steps/dom';
import { readPageConfig } from '@/utils/steps/page-config';
import type { Translate } from '@/utils/i18n/translate';
import { cloudName } from '@/utils/portals/clouds';
import { portalName } from '@/utils/portals/words';
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
 * the page's origin and path, labelled in the person's language. Never the query string, the username, or anything typed.
 */
export function helpdeskReport(
  input: {
    code?: string;
    details: ErrorDetails;
    portal: Portal;
    url: URL;
    copiedAt: Date;
  },
  t: Translate,
): string {
  const { code, details, portal, url, copiedAt } = input;
  const notShown = t('report.notShown');
  const lines = [
    `${t('report.problem')}${code ? `: AADSTS${code}` : ''}`,
    `${t('report.requestId')}: ${details.requestId ?? notShown}`,
    `${t('report.correlationId')}: ${details.correlationId ?? notShown}`,
    `${t('report.timestamp')}: ${details.timestamp ?? t('report.notShownCopiedAt', { time: copiedAt.toISOString() })}`,
    `${t('report.cloud')}: ${cloudName(portal.cloud, t)} (${portalName(portal, t)})`,
    `${t('report.page')}: ${url.origin}${url.pathname}`,
  ];
  return lines.join('\n');
}
