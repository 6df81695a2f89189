import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

const outputDir = join(import.meta.dirname, '..', '..', '.output');

interface BuiltManifest {
  manifest_version: number;
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  web_accessible_resources?: unknown[];
  content_scripts: { js?: string[]; matches: string[]; all_frames?: boolean; run_at?: string; css?: string[] }[];
  icons: Record<string, string>;
  storage?: { managed_schema?: string };
}

describe.each(['chrome-mv3', 'edge-mv3'])('the built %s manifest', (target) => {
  const manifest = JSON.parse(readFileSync(join(outputDir, target, 'manifest.json'), 'utf8')) as BuiltManifest;

  test('is manifest V3 and asks for storage and scripting (no install warning), plus the one discovery host the content script already has', () => {
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.permissions).toEqual(['storage', 'scripting']);
    // Asked only when the person switches the look-alike guard on, together with all sites.
    expect(manifest.optional_permissions ?? []).toEqual(['webNavigation']);
    expect(manifest.host_permissions).toEqual(['https://login.microsoftonline.com/*']);
    expect(manifest.content_scripts.flatMap((script) => script.matches)).toContain(manifest.host_permissions![0]); // no new host in the install prompt
    // Optional: granted one host at a time from the options page, for hosts the organization's policy lists.
    expect(manifest.optional_host_permissions ?? []).toEqual(['https://*/*']);
  });

  test('is named and described in every language, within the stores’ limits', () => {
    const withLocales = manifest as BuiltManifest & { name: string; description: string; default_locale: string };
    expect(withLocales.name).toBe('__MSG_extName__');
    expect(withLocales.description).toBe('__MSG_extDescription__');
    expect(withLocales.default_locale).toBe('en');
    for (const locale of ['en', 'de', 'ja', 'ko', 'zh_CN']) {
      const messages = JSON.parse(readFileSync(join(outputDir, target, '_locales', locale, 'messages.json'), 'utf8')) as Record<
        string,
        { message: string }
      >;
      expect(messages.extName!.message.length, locale).toBeLessThanOrEqual(75);
      expect(messages.extShortName!.message.length, locale).toBeLessThanOrEqual(45);
      expect(messages.extDescription!.message.length, locale).toBeLessThanOrEqual(132);
    }
  });

  test("leaves nothing a page could probe: only the card's script is web-accessible, where the panel runs, at a per-session address; no CSS file", () => {
    const panelHosts = manifest.content_scripts.flatMap((script) => script.matches).sort();
    expect(manifest.web_accessible_resources).toEqual([{ resources: ['panel-card.js'], matches: panelHosts, use_dynamic_url: true }]);
    for (const script of manifest.content_scripts) expect(script.css ?? []).toEqual([]);
  });

  test('runs two content scripts, top frame only, after the page is interactive: sign-in hosts, and account-page hosts', () => {
    const https = (hosts: string[]) => hosts.map((host) => `https://${host}/*`);
    const byScript = Object.fromEntries(manifest.content_scripts.map((script) => [script.js?.join(), script.matches]));
    expect(byScript).toEqual({
      'content-scripts/sign-in.js': https([
        'certauth.login.microsoftonline.com',
        'certauth.login.microsoftonline.us',
        'login-us.microsoftonline.com',
        'login.chinacloudapi.cn',
        'login.live.com',
        'login.microsoft.com',
        'login.microsoftonline.com',
        'login.microsoftonline.de',
        'login.microsoftonline.us',
        'login.partner.microsoftonline.cn',
        'login.usgovcloudapi.net',
        'login.windows.net',
        'portal.office.de',
      ]),
      'content-scripts/account-pages.js': https([
        'account.activedirectory.windowsazure.cn',
        'account.live.com',
        'mysignins.azure.us',
        'mysignins.microsoft.com',
        'passwordreset.activedirectory.windowsazure.cn',
        'passwordreset.microsoftonline.com',
        'passwordreset.microsoftonline.us',
      ]),
    });
    for (const script of manifest.content_scripts) {
      expect(script.all_frames ?? false).toBe(false);
      expect(script.run_at).toBe('document_idle');
    }
  });

  test('declares its enterprise policy schema, and ships it', () => {
    expect(manifest.storage?.managed_schema).toBe('managed_schema.json');
    const schema = JSON.parse(readFileSync(join(outputDir, target, 'managed_schema.json'), 'utf8')) as { properties: object };
    expect(Object.keys(schema.properties).sort()).toEqual([
      'allowContinueOnBlock',
      'disableCloudLookup',
      'expectedCloud',
      'extraSignInHosts',
      'helpdesk',
      'hidePanel',
      'lookalikeGuard',
      'organizationDomains',
      'reportWebhook',
      'trustedSignInHosts',
    ]);
  });

  test('has icons at the sizes the stores ask for', () => {
    expect(Object.keys(manifest.icons).map(Number)).toEqual(expect.arrayContaining([16, 32, 48, 128]));
  });
});

describe.each(['chrome-mv3-guard', 'edge-mv3-guard'])('the built %s manifest (organization edition)', (target) => {
  test('adds what the guard needs (webNavigation, https and http sites) and alarms (the report channel’s retries), nothing else', () => {
    const manifest = JSON.parse(readFileSync(join(outputDir, target, 'manifest.json'), 'utf8')) as BuiltManifest;
    expect(manifest.permissions).toEqual(['storage', 'scripting', 'webNavigation', 'alarms']);
    expect(manifest.optional_permissions ?? []).toEqual([]);
    expect(manifest.host_permissions).toEqual(['https://login.microsoftonline.com/*', 'https://*/*', 'http://*/*']);
  });
});
