import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { focusedShadowRoots, judgePage, type LookalikeVerdict } from '@/utils/lookalike';

// The guard's second stage, run by the service worker in the page's own world on a page that shows a credential
// field (still no extension world): once the page has loaded its files, it judges the page's structure and
// answers the verdict, nothing else.
export default defineUnlistedScript(async (): Promise<LookalikeVerdict> => {
  if (document.readyState !== 'complete') await new Promise((resolve) => addEventListener('load', resolve, { once: true }));
  const resources = performance.getEntriesByType('resource').map((entry) => entry.name);
  return judgePage({ document, resources, shadowRoots: focusedShadowRoots(document) });
});
