import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { parse as parsePlist } from 'plist';
import { describe, expect, test } from 'vitest';
import { kitSources, placeholderIds, policyKit } from '../../policy-kit/run';
import type { SchemaNode } from '../../policy-kit/windows';

const { schema, example } = kitSources();
const ids = { chrome: 'abcdefghijklmnopabcdefghijklmnop', edge: 'ponmlkjihgfedcbaponmlkjihgfedcba' };
const kit = policyKit(schema, ids, example);
const keys = Object.keys(schema.properties ?? {});
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  isArray: (name, _path, _leaf, isAttribute) => !isAttribute && ['policy', 'string', 'presentation', 'item'].includes(name),
});

/** Every element anywhere below a parsed XML node that has the attribute, with its value. */
function attributes(node: unknown, attribute: string): string[] {
  if (Array.isArray(node)) return node.flatMap((child) => attributes(child, attribute));
  if (typeof node !== 'object' || node === null) return [];
  return Object.entries(node).flatMap(([name, child]) =>
    name === attribute && typeof child === 'string' ? [child] : attributes(child, attribute),
  );
}

describe('npm run policy:kit', () => {
  test('makes every template', () => {
    expect(Object.keys(kit).sort()).toEqual([
      'intune/chrome-oma-uri.json',
      'intune/chrome-policy.ps1',
      'intune/edge-policy.ps1',
      'linux/sign-in-assistant.json',
      'macos/sign-in-assistant.mobileconfig',
      'windows/admx/SignInAssistantChrome.admx',
      'windows/admx/SignInAssistantEdge.admx',
      'windows/admx/en-US/SignInAssistantChrome.adml',
      'windows/admx/en-US/SignInAssistantEdge.adml',
      'windows/sign-in-assistant-chrome.reg',
      'windows/sign-in-assistant-edge.reg',
    ]);
    expect(keys).toContain('reportWebhook');
  });

  test('every key of the schema is in every template', () => {
    for (const [path, text] of Object.entries(kit)) for (const key of keys) expect(text, `${key} in ${path}`).toContain(key);
  });

  for (const browser of ['Chrome', 'Edge'] as const) {
    test(`the ${browser} ADMX and ADML parse, and agree with each other and with the schema`, () => {
      const admxText = kit[`windows/admx/SignInAssistant${browser}.admx`]!;
      const admlText = kit[`windows/admx/en-US/SignInAssistant${browser}.adml`]!;
      expect(XMLValidator.validate(admxText)).toBe(true);
      expect(XMLValidator.validate(admlText)).toBe(true);
      const admx = parser.parse(admxText).policyDefinitions;
      const adml = parser.parse(admlText).policyDefinitionResources.resources;
      const policies = admx.policies.policy as Record<string, unknown>[];
      expect(policies.map((policy) => policy.name)).toEqual(keys);
      const id = browser === 'Chrome' ? ids.chrome : ids.edge;
      const root = browser === 'Chrome' ? 'SOFTWARE\\Policies\\Google\\Chrome' : 'SOFTWARE\\Policies\\Microsoft\\Edge';
      for (const policy of policies)
        expect(String(policy.key)).toMatch(
          new RegExp(`^${root.replace(/\\/g, '\\\\')}\\\\3rdparty\\\\extensions\\\\${id}\\\\policy(\\\\\\w+)?$`),
        );
      // Each object's members are written as values of its subkey; each list as numbered values of a subkey.
      for (const [name, node] of Object.entries(schema.properties ?? {}) as [string, SchemaNode][]) {
        const policy = policies.find((entry) => entry.name === name)!;
        const members = node.type === 'object' ? Object.keys(node.properties ?? {}) : [name];
        const written = [...attributes(policy, 'valueName'), ...attributes(policy, 'key').map((key) => key.split('\\').at(-1)!)];
        for (const member of members) expect(written, `${name}.${member}`).toContain(member);
      }
      const strings = new Set((adml.stringTable.string as Record<string, string>[]).map((entry) => entry.id));
      for (const reference of admxText.matchAll(/\$\(string\.(\w+)\)/g)) expect(strings, reference[1]).toContain(reference[1]);
      const presentations = adml.presentationTable.presentation as Record<string, unknown>[];
      for (const reference of admxText.matchAll(/\$\(presentation\.(\w+)\)/g)) {
        const presentation = presentations.find((entry) => entry.id === reference[1]);
        expect(presentation, reference[1]).toBeDefined();
        const policy = policies.find((entry) => entry.presentation === reference[0])!;
        expect(attributes(presentation, 'refId').sort()).toEqual(attributes((policy as { elements: unknown }).elements, 'id').sort());
      }
    });
  }

  test('the .reg files are registry files Chromium reads as the example', () => {
    for (const [browser, root] of [
      ['chrome', 'SOFTWARE\\Policies\\Google\\Chrome'],
      ['edge', 'SOFTWARE\\Policies\\Microsoft\\Edge'],
    ] as const) {
      const lines = kit[`windows/sign-in-assistant-${browser}.reg`]!.split('\r\n');
      expect(lines[0]).toBe('Windows Registry Editor Version 5.00');
      for (const line of lines.slice(1).filter(Boolean))
        expect(line).toMatch(/^(\[HKEY_LOCAL_MACHINE\\[^\]]+\]|"[^"\\]*(\\.[^"\\]*)*"=(dword:[0-9a-f]{8}|"([^"\\]|\\.)*"))$/);
      const sections = lines.filter((line) => line.startsWith('['));
      expect(sections[0]).toBe(`[HKEY_LOCAL_MACHINE\\${root}\\3rdparty\\extensions\\${ids[browser]}\\policy]`);
      expect(lines).toContain('"disableCloudLookup"=dword:00000001');
      expect(sections.some((section) => section.endsWith('\\policy\\organizationDomains]'))).toBe(true);
    }
  });

  test('the macOS profile is a property list with the example for each browser’s extension domain', () => {
    expect(XMLValidator.validate(kit['macos/sign-in-assistant.mobileconfig']!)).toBe(true);
    const profile = parsePlist(kit['macos/sign-in-assistant.mobileconfig']!) as {
      PayloadType: string;
      PayloadContent: Record<string, unknown>[];
    };
    expect(profile.PayloadType).toBe('Configuration');
    expect(profile.PayloadContent.map((payload) => payload.PayloadType)).toEqual([
      `com.google.Chrome.extensions.${ids.chrome}`,
      `com.microsoft.Edge.extensions.${ids.edge}`,
    ]);
    for (const payload of profile.PayloadContent) for (const key of keys) expect(payload[key]).toEqual(example[key]);
  });

  test('the Intune rows install the Chrome ADMX and set every field; the scripts carry the example', () => {
    const rows = JSON.parse(kit['intune/chrome-oma-uri.json']!) as { omaUri: string; value: string }[];
    expect(rows[0]!.omaUri).toBe('./Device/Vendor/MSFT/Policy/ConfigOperations/ADMXInstall/SignInAssistant/Policy/SignInAssistantChrome');
    expect(rows[0]!.value).toBe(kit['windows/admx/SignInAssistantChrome.admx']);
    expect(rows.slice(1).map((row) => row.omaUri.split('/').at(-1))).toEqual(keys);
    for (const row of rows.slice(1)) expect(XMLValidator.validate(`<row>${row.value}</row>`), row.omaUri).toBe(true);
    for (const script of ['intune/chrome-policy.ps1', 'intune/edge-policy.ps1']) {
      const json = /@'\r\n([\s\S]*?)\r\n'@/.exec(kit[script]!)?.[1];
      expect(JSON.parse(json!)).toEqual(example);
    }
    expect(JSON.parse(kit['linux/sign-in-assistant.json']!)).toEqual({ '3rdparty': { extensions: { [ids.chrome]: example } } });
  });

  test('without ids, the placeholders are valid-looking ids, so the files still parse', () => {
    const draft = policyKit(schema, placeholderIds, example);
    expect(XMLValidator.validate(draft['windows/admx/SignInAssistantEdge.admx']!)).toBe(true);
    expect(draft['windows/sign-in-assistant-edge.reg']).toContain(placeholderIds.edge);
  });
});
