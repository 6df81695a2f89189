import { createRequire } from 'node:module';
import { defineConfig } from 'wxt';
import { accountPageMatchPatterns, signInMatchPatterns } from './utils/portals';

/** WXT's own `browser`: Chrome's promise-based `chrome.*`, without webextension-polyfill's wrappers. */
const nativeBrowser = createRequire(import.meta.url).resolve('wxt/browser');

/**
 * `WXT_EDITION=guard` builds the organization edition into `.output/<browser>-mv3-guard`: the same sources, with
 * the look-alike guard's host permission declared (a force-installed copy then needs no prompt) and the guard on by
 * default. Without it, the ordinary edition: the guard is opt-in and asks for that permission when switched on.
 */
const guardEdition = process.env.WXT_EDITION === 'guard';

/** Whether a build bundles code that runs in web pages (content scripts and the guard's injected scripts). */
const runsInPages = (entrypoint: { type: string; name: string }) =>
  entrypoint.type === 'content-script' || entrypoint.name.startsWith('guard-') || entrypoint.name === 'panel-card';

// The manifest is derived: the content script's hosts come from the portal catalog, set here at build time so
// the catalog itself need not ride along in the script injected into sign-in pages.
export default defineConfig({
  hooks: {
    // Content scripts use Chrome's native promises: the polyfill's wrappers cost every sign-in page 1.6 ms of
    // main-thread time and 2.5 KB gzip (measured with npm run bench). The service worker and pages keep it.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.some(runsInPages)) return;
      const alias = config.resolve?.alias ?? [];
      const entries = Array.isArray(alias) ? alias : Object.entries(alias).map(([find, replacement]) => ({ find, replacement }));
      config.resolve = { ...config.resolve, alias: [{ find: /^wxt\/browser$/, replacement: nativeBrowser }, ...entries] };
    },
    'entrypoints:resolved': (_wxt, entrypoints) => {
      const matches: Record<string, string[]> = { 'sign-in': signInMatchPatterns, 'account-pages': accountPageMatchPatterns };
      for (const entrypoint of entrypoints) {
        if (entrypoint.type === 'content-script' && matches[entrypoint.name]) entrypoint.options.matches = matches[entrypoint.name]!;
      }
    },
  },
  outDirTemplate: guardEdition ? '{{browser}}-mv{{manifestVersion}}-guard' : '{{browser}}-mv{{manifestVersion}}{{modeSuffix}}',
  zip: { artifactTemplate: guardEdition ? '{{name}}-{{version}}-{{browser}}-guard.zip' : '{{name}}-{{version}}-{{browser}}.zip' },
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/auto-icons', '@wxt-dev/i18n/module'],
  autoIcons: { baseIconPath: 'assets/icon.svg', sizes: [16, 32, 48, 96, 128] },
  imports: false,
  manifest: {
    // Name and description come from locales/*.yml, so the stores list them in each language.
    name: '__MSG_extName__',
    short_name: '__MSG_extShortName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // storage: remember where the person dismissed the panel or a warning, and each domain's cloud for 7 days.
    // scripting: run the sign-in script on the organization's own sign-in hosts, once the person allows one.
    // Neither adds a line to the install prompt.
    // The organization edition also declares webNavigation: the look-alike guard follows each document a tab loads
    // (frames included) by its document id, so a newer load cancels an older one's work. The ordinary edition asks
    // for it, with all sites, only when the person switches the guard on. alarms (organization edition only): wake
    // the service worker to retry a report the organization's endpoint did not take (reportWebhook policy); without
    // it a queued report would wait for the next page event. Neither adds a prompt line beyond the guard's hosts.
    permissions: guardEdition ? ['storage', 'scripting', 'webNavigation', 'alarms'] : ['storage', 'scripting'],
    ...(guardEdition ? {} : { optional_permissions: ['webNavigation'] }),
    // The cloud lookup: Microsoft's discovery document, on a host the content script already runs on, so the
    // install prompt asks for nothing new. Only the typed domain is sent (see README).
    // The organization edition also declares what the look-alike guard needs: to look at https pages elsewhere.
    // It judges plain http pages too, which a person's switch never asks for.
    host_permissions: guardEdition
      ? ['https://login.microsoftonline.com/*', 'https://*/*', 'http://*/*']
      : ['https://login.microsoftonline.com/*'],
    // Asked at run time, nothing granted at install: one host at a time for the sign-in hosts an organization lists
    // in policy (its AD FS server, say), or all https sites when the person switches the look-alike guard on.
    optional_host_permissions: ['https://*/*'],
    // The card's script (Preact and the card, about half the panel's code) is imported by the content script only
    // when the card opens, so a sign-in page gets just the chip. Only the catalog's pages may load it, and only at
    // an address made for the session, so no site can probe for the extension by its file.
    web_accessible_resources: [
      { resources: ['panel-card.js'], matches: [...signInMatchPatterns, ...accountPageMatchPatterns].sort(), use_dynamic_url: true },
    ],
    // Enterprise policy: see docs/enterprise.md.
    storage: { managed_schema: 'managed_schema.json' },
    action: { default_title: '__MSG_extShortName__' },
  },
});
