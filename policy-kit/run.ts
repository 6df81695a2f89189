// npm run policy:kit [-- --chrome-id <id> --edge-id <id> --out <dir>]: the deployment kit, generated from
// public/managed_schema.json and docs/policy-example.json into .output/policy/ (see docs/enterprise.md).
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { mobileconfig } from './macos.ts';
import { admxFor, intuneOmaUri, intuneScript, regFile, type SchemaNode } from './windows.ts';

const root = join(import.meta.dirname, '..');

/** Stand-ins until the stores give the extension its ids; pass the real ones with --chrome-id and --edge-id. */
export const placeholderIds = { chrome: 'chromeextensionidchromeextension', edge: 'edgeextensionidedgeextensionided' } as const;

/** Every file of the kit, by path under the output folder, from the schema, the ids and the example policy. */
export function policyKit(
  schema: SchemaNode,
  ids: { chrome: string; edge: string },
  example: Record<string, unknown>,
): Record<string, string> {
  const chrome = admxFor('chrome', ids.chrome, schema);
  const edge = admxFor('edge', ids.edge, schema);
  return {
    'windows/admx/SignInAssistantChrome.admx': chrome.admx,
    'windows/admx/en-US/SignInAssistantChrome.adml': chrome.adml,
    'windows/admx/SignInAssistantEdge.admx': edge.admx,
    'windows/admx/en-US/SignInAssistantEdge.adml': edge.adml,
    'windows/sign-in-assistant-chrome.reg': regFile('chrome', ids.chrome, example),
    'windows/sign-in-assistant-edge.reg': regFile('edge', ids.edge, example),
    'intune/chrome-oma-uri.json': `${JSON.stringify(intuneOmaUri(ids.chrome, schema, example), null, 2)}\n`,
    'intune/chrome-policy.ps1': intuneScript('chrome', ids.chrome, example),
    'intune/edge-policy.ps1': intuneScript('edge', ids.edge, example),
    'macos/sign-in-assistant.mobileconfig': mobileconfig(ids, example),
    'linux/sign-in-assistant.json': `${JSON.stringify({ '3rdparty': { extensions: { [ids.chrome]: example } } }, null, 2)}\n`,
  };
}

/** The schema and the documented example, as the repository holds them. */
export function kitSources(): { schema: SchemaNode; example: Record<string, unknown> } {
  return {
    schema: JSON.parse(readFileSync(join(root, 'public', 'managed_schema.json'), 'utf8')) as SchemaNode,
    example: JSON.parse(readFileSync(join(root, 'docs', 'policy-example.json'), 'utf8')) as Record<string, unknown>,
  };
}

if (import.meta.main) {
  const { values } = parseArgs({ options: { 'chrome-id': { type: 'string' }, 'edge-id': { type: 'string' }, out: { type: 'string' } } });
  const valid = (id: string | undefined) => id === undefined || /^[a-p]{32}$/.test(id);
  if (!valid(values['chrome-id']) || !valid(values['edge-id'])) {
    console.error('an extension id is 32 letters a to p, as chrome://extensions and edge://extensions show it');
    process.exit(2);
  }
  const ids = { chrome: values['chrome-id'] ?? placeholderIds.chrome, edge: values['edge-id'] ?? placeholderIds.edge };
  const out = values.out ?? join(root, '.output', 'policy');
  const { schema, example } = kitSources();
  rmSync(out, { recursive: true, force: true });
  for (const [path, text] of Object.entries(policyKit(schema, ids, example))) {
    mkdirSync(join(out, path, '..'), { recursive: true });
    writeFileSync(join(out, path), text);
    console.log(join(out, path));
  }
}
