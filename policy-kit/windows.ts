// The Windows half of the deployment kit: ADMX/ADML for Group Policy, a .reg example, Intune rows and script.
// Pure functions of the schema (public/managed_schema.json), the extension ids and the example policy.

/** A node of the managed-storage schema (JSON Schema as Chrome's managed_schema takes it). */
export interface SchemaNode {
  readonly type: 'object' | 'string' | 'boolean' | 'array' | 'integer';
  readonly title?: string;
  readonly description?: string;
  readonly enum?: readonly string[];
  readonly properties?: Readonly<Record<string, SchemaNode>>;
  readonly items?: SchemaNode;
}

/** The two browsers the kit is for: where each keeps extension policy in the registry, and its display name. */
export const browsers = {
  chrome: { name: 'Google Chrome', root: 'SOFTWARE\\Policies\\Google\\Chrome' },
  edge: { name: 'Microsoft Edge', root: 'SOFTWARE\\Policies\\Microsoft\\Edge' },
} as const;

/** One of {@link browsers}. */
export type KitBrowser = keyof typeof browsers;

/** Escape text for an XML attribute or element. */
export const xml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');

/** Chromium's registry key for an extension's policy (components/policy/core/common/policy_loader_win.cc). */
export const policyKey = (browser: KitBrowser, id: string): string => `${browsers[browser].root}\\3rdparty\\extensions\\${id}\\policy`;

const stringId = (...parts: string[]) => parts.join('_').replace(/[^A-Za-z0-9_]/g, '_');

/** One ADMX element (and its ADML presentation control) for a leaf field, written under `key`. */
function element(id: string, name: string, node: SchemaNode, key: string): { admx: string; adml: string } {
  const label = xml(node.title ?? name);
  if (node.type === 'array') {
    return { admx: `<list id="${id}" key="${xml(key)}\\${name}" valuePrefix="" />`, adml: `<listBox refId="${id}">${label}</listBox>` };
  }
  if (node.type === 'boolean') {
    return {
      admx: `<boolean id="${id}" valueName="${name}"><trueValue><decimal value="1" /></trueValue><falseValue><decimal value="0" /></falseValue></boolean>`,
      adml: `<checkBox refId="${id}">${label}</checkBox>`,
    };
  }
  if (node.enum) {
    const items = node.enum.map(
      (value) => `<item displayName="$(string.${stringId(id, value)})"><value><string>${xml(value)}</string></value></item>`,
    );
    return {
      admx: `<enum id="${id}" valueName="${name}">${items.join('')}</enum>`,
      adml: `<dropdownList refId="${id}">${label}</dropdownList>`,
    };
  }
  return {
    admx: `<text id="${id}" valueName="${name}" maxLength="1023" />`,
    adml: `<textBox refId="${id}"><label>${label}</label></textBox>`,
  };
}

/** The ADML strings for enum items, for every leaf under a field. */
function enumStrings(id: string, node: SchemaNode): string[] {
  if (node.type === 'object')
    return Object.entries(node.properties ?? {}).flatMap(([member, child]) => enumStrings(stringId(id, member), child));
  return (node.enum ?? []).map((value) => `<string id="${stringId(id, value)}">${xml(value)}</string>`);
}

/**
 * The ADMX and ADML for one browser: one policy per schema field, writing Chromium's extension policy key as its
 * registry reader expects (text as REG_SZ, booleans as REG_DWORD 1/0, lists as numbered values in a subkey, objects
 * as a subkey of their members), the way Chrome's own extension templates and CyberDrain's Check ship theirs.
 */
export function admxFor(browser: KitBrowser, id: string, schema: SchemaNode): { admx: string; adml: string } {
  const key = policyKey(browser, id);
  const policies: string[] = [];
  const strings: string[] = [
    `<string id="SignInAssistant">Sign-in Assistant for Microsoft 365 (${browsers[browser].name})</string>`,
    `<string id="SUPPORTED_BROWSER">${browsers[browser].name} with the Sign-in Assistant extension (id ${xml(id)})</string>`,
  ];
  const presentations: string[] = [];
  for (const [name, node] of Object.entries(schema.properties ?? {})) {
    strings.push(
      `<string id="${name}">${xml(node.title ?? name)}</string>`,
      `<string id="${name}_Explain">${xml(node.description ?? '')}</string>`,
    );
    strings.push(...enumStrings(name, node));
    const head = `<policy name="${name}" class="Machine" displayName="$(string.${name})" explainText="$(string.${name}_Explain)"`;
    const parents = '<parentCategory ref="SignInAssistant" /><supportedOn ref="SUPPORTED_BROWSER" />';
    if (node.type === 'boolean') {
      policies.push(
        `${head} key="${xml(key)}" valueName="${name}">${parents}<enabledValue><decimal value="1" /></enabledValue><disabledValue><decimal value="0" /></disabledValue></policy>`,
      );
      continue;
    }
    const members: [string, string, SchemaNode, string][] =
      node.type === 'object'
        ? Object.entries(node.properties ?? {}).map(([member, child]) => [stringId(name, member), member, child, `${key}\\${name}`])
        : [[name, name, node, key]];
    const parts = members.map(([elementId, valueName, child, at]) => element(elementId, valueName, child, at));
    const policyAt = node.type === 'object' ? `${key}\\${name}` : key;
    policies.push(
      `${head} key="${xml(policyAt)}" presentation="$(presentation.${name})">${parents}<elements>${parts.map((part) => part.admx).join('')}</elements></policy>`,
    );
    presentations.push(`<presentation id="${name}">${parts.map((part) => part.adml).join('')}</presentation>`);
  }
  const namespace = `SignInAssistant.Policies.${browser === 'chrome' ? 'Chrome' : 'Edge'}`;
  const admx = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<policyDefinitions xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" revision="1.0" schemaVersion="1.0" xmlns="http://schemas.microsoft.com/GroupPolicy/2006/07/PolicyDefinitions">',
    `  <policyNamespaces><target prefix="signinassistant" namespace="${namespace}" /></policyNamespaces>`,
    '  <resources minRequiredRevision="1.0" />',
    '  <supportedOn><definitions><definition name="SUPPORTED_BROWSER" displayName="$(string.SUPPORTED_BROWSER)" /></definitions></supportedOn>',
    '  <categories><category name="SignInAssistant" displayName="$(string.SignInAssistant)" /></categories>',
    '  <policies>',
    ...policies.map((policy) => `    ${policy}`),
    '  </policies>',
    '</policyDefinitions>',
    '',
  ].join('\n');
  const adml = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<policyDefinitionResources xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" revision="1.0" schemaVersion="1.0" xmlns="http://schemas.microsoft.com/GroupPolicy/2006/07/PolicyDefinitions">',
    `  <displayName>Sign-in Assistant for Microsoft 365 (${browsers[browser].name})</displayName>`,
    '  <description>Policy for the Sign-in Assistant extension, generated from its managed_schema.json.</description>',
    '  <resources>',
    '    <stringTable>',
    ...strings.map((entry) => `      ${entry}`),
    '    </stringTable>',
    '    <presentationTable>',
    ...presentations.map((entry) => `      ${entry}`),
    '    </presentationTable>',
    '  </resources>',
    '</policyDefinitionResources>',
    '',
  ].join('\n');
  return { admx, adml };
}

const regText = (text: string) => `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

/** Registry sections for a policy object under `key`, as Chromium reads them (components/policy/core/common/registry_dict.cc). */
function regSections(key: string, value: Record<string, unknown>): string[] {
  const lines: string[] = [];
  const below: string[] = [];
  for (const [name, entry] of Object.entries(value)) {
    if (typeof entry === 'boolean') lines.push(`${regText(name)}=dword:0000000${entry ? 1 : 0}`);
    else if (Array.isArray(entry))
      below.push(
        `[HKEY_LOCAL_MACHINE\\${key}\\${name}]`,
        ...entry.map((item, index) => `${regText(String(index + 1))}=${regText(String(item))}`),
        '',
      );
    else if (typeof entry === 'object' && entry !== null) below.push(...regSections(`${key}\\${name}`, entry as Record<string, unknown>));
    else lines.push(`${regText(name)}=${regText(String(entry))}`);
  }
  return [`[HKEY_LOCAL_MACHINE\\${key}]`, ...lines, '', ...below];
}

/** A .reg file that sets the example policy for one browser (it adds to what is there; the script below replaces). */
export function regFile(browser: KitBrowser, id: string, example: Record<string, unknown>): string {
  return ['Windows Registry Editor Version 5.00', '', ...regSections(policyKey(browser, id), example)].join('\r\n');
}

/**
 * A PowerShell script that writes the example policy for one browser, replacing the extension's policy: for Intune's
 * platform scripts (run as SYSTEM, 64-bit), the way Microsoft advises for settings ADMX ingestion may not write.
 */
export function intuneScript(browser: KitBrowser, id: string, example: Record<string, unknown>): string {
  return [
    `# Sign-in Assistant for Microsoft 365: ${browsers[browser].name} policy for the extension, written as Chromium reads it.`,
    '# Intune: Devices > Scripts > Add > Windows 10 and later; run as SYSTEM (logged-on credentials: No), 64-bit: Yes.',
    `$key = 'HKLM:\\${policyKey(browser, id)}'`,
    "$policy = @'",
    JSON.stringify(example, null, 2),
    "'@ | ConvertFrom-Json",
    '',
    'function Write-Policy([string]$path, $object) {',
    '  New-Item -Path $path -Force | Out-Null',
    '  foreach ($field in $object.PSObject.Properties) {',
    '    $value = $field.Value',
    '    if ($value -is [bool]) { New-ItemProperty -Path $path -Name $field.Name -PropertyType DWord -Value ([int]$value) -Force | Out-Null }',
    '    elseif ($value -is [array]) {',
    '      $list = New-Item -Path (Join-Path $path $field.Name) -Force',
    '      $n = 1',
    '      foreach ($entry in $value) { New-ItemProperty -Path $list.PSPath -Name "$n" -PropertyType String -Value "$entry" -Force | Out-Null; $n++ }',
    '    }',
    '    elseif ($value -is [System.Management.Automation.PSCustomObject]) { Write-Policy (Join-Path $path $field.Name) $value }',
    '    else { New-ItemProperty -Path $path -Name $field.Name -PropertyType String -Value "$value" -Force | Out-Null }',
    '  }',
    '}',
    '',
    'Remove-Item -Path $key -Recurse -Force -ErrorAction SilentlyContinue',
    'Write-Policy $key $policy',
    '',
  ].join('\r\n');
}

/** One Intune custom OMA-URI row. */
export interface OmaUriRow {
  readonly name: string;
  readonly omaUri: string;
  readonly dataType: 'String';
  readonly value: string;
}

/**
 * Intune custom OMA-URI rows for Chrome (ADMX ingestion, then one row per field with the example's value), following
 * Microsoft Learn's "Win32 and Desktop Bridge app ADMX policy Ingestion" and "Understanding ADMX policies". Edge is
 * left out: ingestion refuses policies that write below Software\Policies\Microsoft (use the script for Edge).
 */
export function intuneOmaUri(id: string, schema: SchemaNode, example: Record<string, unknown>): OmaUriRow[] {
  const app = 'SignInAssistant';
  const rows: OmaUriRow[] = [
    {
      name: 'Sign-in Assistant ADMX (Chrome)',
      omaUri: `./Device/Vendor/MSFT/Policy/ConfigOperations/ADMXInstall/${app}/Policy/${app}Chrome`,
      dataType: 'String',
      value: admxFor('chrome', id, schema).admx,
    },
  ];
  for (const [name, node] of Object.entries(schema.properties ?? {})) {
    const value = example[name];
    if (value === undefined) continue;
    const data = (elementId: string, entry: unknown) =>
      `<data id="${elementId}" value="${xml(Array.isArray(entry) ? entry.map(String).join('\uF000') : String(entry))}"/>`.replace(
        /\uF000/g,
        '&#xF000;',
      );
    let body: string;
    if (node.type === 'boolean') body = value ? '<enabled/>' : '<disabled/>';
    else if (node.type === 'object')
      body = `<enabled/>${Object.entries(value as Record<string, unknown>)
        .map(([member, entry]) => data(stringId(name, member), entry))
        .join('')}`;
    else body = `<enabled/>${data(name, value)}`;
    rows.push({
      name: `Sign-in Assistant: ${name}`,
      omaUri: `./Device/Vendor/MSFT/Policy/Config/${app}~Policy~SignInAssistant/${name}`,
      dataType: 'String',
      value: body,
    });
  }
  return rows;
}
