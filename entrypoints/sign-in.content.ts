import { defineContentScript } from 'wxt/utils/define-content-script';
import { runSignInPage } from '@/content/controller';
import { signInFamilies } from '@/utils/steps/sign-in';

// Sign-in pages (matches set from the catalog in wxt.config.ts).
export default defineContentScript({
  runAt: 'document_idle',
  cssInjectionMode: 'manual',
  // WXT would also post a message into the page to find older copies of this script (it finds them with a DOM
  // event anyway): that message would tell the page an extension is here and wake its message listeners.
  noScriptStartedPostMessage: true,
  async main(ctx) {
    if (window.top !== window) return; // top-level pages only: a framed one is another site's business
    await runSignInPage(ctx, { document, location, families: signInFamilies });
  },
});
