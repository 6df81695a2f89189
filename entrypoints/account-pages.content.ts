import { defineContentScript } from 'wxt/utils/define-content-script';
import { runSignInPage } from '@/content/controller';
import { accountPageFamilies } from '@/utils/steps/account-pages';

// Password reset, account recovery and security-info pages (matches set from the catalog in wxt.config.ts): the
// same panel as on sign-in pages, with the families of these pages only, so neither script carries the other's.
export default defineContentScript({
  runAt: 'document_idle',
  cssInjectionMode: 'manual',
  noScriptStartedPostMessage: true, // as on sign-in pages: nothing is posted into the page
  async main(ctx) {
    if (window.top !== window) return;
    await runSignInPage(ctx, { document, location, families: accountPageFamilies });
  },
});
