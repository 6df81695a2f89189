/**
 * Microsoft's own sign-in front ends beyond the catalog's hosts, which the guard never judges (checked 2026-12-07):
 * - Entra External ID tenants at `<tenant>.ciamlogin.com` (MSAL: `CIAM_AUTHORITY_HOST_SUFFIX`, and Microsoft Learn,
 *   "External ID: custom URL domains");
 * - Azure AD B2C tenants at `<tenant>.b2clogin.com` (Microsoft Learn, "Set redirect URLs to b2clogin.com");
 * - MSAL's known authority hosts: `login.microsoftonline.com`, `login.windows.net`, `login.microsoft.com`,
 *   `sts.windows.net`, `login.microsoftonline.us`, `login.usgovcloudapi.net`, `login-us.microsoftonline.com`,
 *   `login.partner.microsoftonline.cn`, `login.chinacloudapi.cn`, `login.microsoftonline.de`, the sovereign
 *   `login.sovcloud-identity.de|fr|sg` and the pre-production `login.windows-ppe.net` (AzureAD/microsoft-authentication-library-for-js,
 *   lib/msal-common `AuthorityMetadata` and `Constants`);
 * - Seamless single sign-on's `autologon.microsoftazuread-sso.com` (Microsoft Learn, "Seamless single sign-on").
 */
export const microsoftSignInFrontEnds: readonly string[] = [
  'autologon.microsoftazuread-sso.com',
  'login-us.microsoftonline.com',
  'login.chinacloudapi.cn',
  'login.microsoft.com',
  'login.microsoftonline.com',
  'login.microsoftonline.de',
  'login.microsoftonline.us',
  'login.partner.microsoftonline.cn',
  'login.sovcloud-identity.de',
  'login.sovcloud-identity.fr',
  'login.sovcloud-identity.sg',
  'login.usgovcloudapi.net',
  'login.windows-ppe.net',
  'login.windows.net',
  'sts.windows.net',
];

/** Host suffixes under which every host is one of Microsoft's tenant sign-in front ends. */
export const microsoftSignInSuffixes: readonly string[] = ['b2clogin.com', 'ciamlogin.com'];

/** Whether a host is one of Microsoft's own sign-in front ends (never a look-alike, whatever it shows). */
export function isMicrosoftSignInFrontEnd(host: string): boolean {
  const name = host.toLowerCase();
  return microsoftSignInFrontEnds.includes(name) || microsoftSignInSuffixes.some((suffix) => name.endsWith(`.${suffix}`));
}
