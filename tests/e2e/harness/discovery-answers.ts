/**
 * How our stand-in for Microsoft's discovery endpoint answers, per domain, in the documented response shapes:
 * a success document with `cloud_instance_name` and the region scopes, the national-cloud redirection error
 * (AADSTS90038), the unknown-tenant error (AADSTS90002), and answers that must not cause a warning.
 */
export interface DiscoveryAnswer {
  status: number;
  body: string;
  delayMs?: number;
}

const success = (cloudInstance: string, scope: string, subScope?: string): DiscoveryAnswer => ({
  status: 200,
  body: JSON.stringify({
    token_endpoint: `https://login.${cloudInstance}/00000000-0000-0000-0000-000000000000/oauth2/v2.0/token`,
    issuer: `https://login.${cloudInstance}/00000000-0000-0000-0000-000000000000/v2.0`,
    tenant_region_scope: scope,
    ...(subScope ? { tenant_region_sub_scope: subScope } : {}),
    cloud_instance_name: cloudInstance,
  }),
});

const failure = (code: string, text: string): DiscoveryAnswer => ({
  status: 400,
  body: JSON.stringify({ error: 'invalid_tenant', error_description: `AADSTS${code}: ${text}`, error_codes: [Number(code)] }),
});

/** Domains the e2e tests type, and what the endpoint says about each. */
export const discoveryAnswers: Record<string, DiscoveryAnswer> = {
  'contoso.com': success('microsoftonline.com', 'NA'),
  'fabrikam.eu': success('microsoftonline.com', 'EU'),
  'agency-gcc.gov': success('microsoftonline.com', 'USGov', 'GCC'),
  'agency-high.us': success('microsoftonline.us', 'USGov', 'DODCON'),
  'contoso-cn.cn': success('partner.microsoftonline.cn', 'AS'),
  'redirected-cn.cn': failure(
    '90038',
    "Tenant 'redirected-cn.cn' belongs to the National Cloud 'AzureChinaCloud'. Current cloud instance 'AzurePublic' does not federate with 'AzureChinaCloud'.",
  ),
  'nobody.example': failure('90002', "Tenant 'nobody.example' not found."),
  // Answers long after the extension's 3 s timeout, even on a loaded machine whose timers fire late.
  'slow.example': { ...success('microsoftonline.us', 'USGov', 'DOD'), delayMs: 10_000 },
  'garbage.example': { status: 200, body: '<html>not json {' },
  'hostile.example': { status: 200, body: '{"cloud_instance_name":42,"tenant_region_scope":["USGov"],"__proto__":{"x":1}}' },
};
