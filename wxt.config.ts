import { defineConfig } from 'wxt';
import { signInMatchPatterns } from './utils/portals';

// The manifest is derived: the content script's hosts come from the portal catalog, set here at build time so
// the catalog itself need not ride along in the script injected into sign-in pages.
export default defineConfig({
  hooks: {
    'entrypoints:resolved': (_wxt, entrypoints) => {
      for (const entrypoint of entrypoints) {
        if (entrypoint.type === 'content-script' && entrypoint.name === 'sign-in') {
          entrypoint.options.matches = signInMatchPatterns;
        }
      }
    },
  },
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/auto-icons'],
  autoIcons: { baseIconPath: 'assets/icon.svg', sizes: [16, 32, 48, 96, 128] },
  imports: false,
  manifest: {
    name: 'Sign-in Assistant for Microsoft 365',
    description:
      'Says which Microsoft sign-in portal and cloud you are on, and where to reset a password or get help.',
    // storage: remember where the person dismissed the panel or a warning, and each domain's cloud for 7 days.
    permissions: ['storage'],
    // The cloud lookup: Microsoft's discovery document, on a host the content script already runs on, so the
    // install prompt asks for nothing new. Only the typed domain is sent (see README).
    host_permissions: ['https://login.microsoftonline.com/*'],
    // Enterprise policy: expected cloud, organization domains, lookup off.
    storage: { managed_schema: 'managed_schema.json' },
    action: { default_title: 'Sign-in Assistant' },
  },
});
