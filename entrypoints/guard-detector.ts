import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { findSignals, reachableShadowRoots, type SignalId } from '@/utils/lookalike';

// The guard's second stage, run by the service worker in an extension world of a page the tripwire found suspect:
// the page can neither watch it nor bend the DOM functions it calls. Once the page has loaded its files, it reads
// the page's structure (closed shadow roots included) and answers the signals it found, nothing else.
export default defineUnlistedScript(async (): Promise<SignalId[]> => {
  if (document.readyState !== 'complete') await new Promise((resolve) => addEventListener('load', resolve, { once: true }));
  const resources = performance.getEntriesByType('resource').map((entry) => entry.name);
  const shadowRoots = reachableShadowRoots(document, (element) => chrome.dom.openOrClosedShadowRoot(element as HTMLElement) ?? null);
  return findSignals({ document, resources, shadowRoots, location: { hostname: location.hostname, pathname: location.pathname } });
});
