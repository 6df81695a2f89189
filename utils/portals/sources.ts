/**
 * Public pages the catalog's facts come from, named once so entries can cite them. Checked on 2026-11-25
 * against Microsoft Learn and MSAL.js; the notes say which fact each page carries.
 */
export const sources = {
  /** login.microsoftonline.com, .us and partner.microsoftonline.cn; Azure Germany closed on 29 October 2021. */
  nationalClouds: 'https://learn.microsoft.com/en-us/entra/identity-platform/authentication-national-cloud',
  /** The aliases: login.microsoft.com, login.windows.net, login.usgovcloudapi.net, login-us.microsoftonline.com, login.chinacloudapi.cn, login.microsoftonline.de. */
  msalAuthorityAliases:
    'https://github.com/AzureAD/microsoft-authentication-library-for-js/blob/dev/lib/msal-common/src/authority/AuthorityMetadata.ts',
  /** AADSTS codes, and the `login.microsoftonline.com/error?code=` lookup. */
  errorCodes: 'https://learn.microsoft.com/en-us/entra/identity-platform/reference-error-codes',
  /** Office 365 Germany's organizations moved to the worldwide cloud (EU region). */
  germanyTransition: 'https://learn.microsoft.com/en-us/microsoft-365/enterprise/ms-cloud-germany-transition',
  /** After the move, people sign in at login.microsoftonline.com instead of login.microsoftonline.de. */
  germanyTransitionExperience:
    'https://learn.microsoft.com/en-us/microsoft-365/enterprise/ms-cloud-germany-transition-experience',
  /** "If you have Office 365 Germany, sign in at portal.office.de" (older versions of this page). */
  germanyPortal: 'https://learn.microsoft.com/en-us/sharepoint/change-default-sharing-link',
  /** Self-service password reset at passwordreset.microsoftonline.com (aka.ms/sspr). */
  workPasswordReset: 'https://learn.microsoft.com/en-us/entra/identity/authentication/concept-sspr-howitworks',
  /** Security info at mysignins.microsoft.com/security-info. */
  workSecurityInfo: 'https://learn.microsoft.com/en-us/entra/identity/authentication/how-to-account-recovery-for-users',
  /** US Government counterparts of worldwide hosts, passwordreset.microsoftonline.us among them. */
  usgovComparison: 'https://learn.microsoft.com/en-us/azure/azure-government/compare-azure-government-global-azure',
  /** GCC High: portal.office365.us, login.microsoftonline.us, login-us.microsoftonline.com. */
  usgovEndpoints:
    'https://learn.microsoft.com/en-us/microsoft-365/enterprise/microsoft-365-u-s-government-gcc-high-endpoints',
  /** DoD: portal.apps.mil. */
  usgovDodEndpoints:
    'https://learn.microsoft.com/en-us/microsoft-365/enterprise/microsoft-365-u-s-government-dod-endpoints',
  /** The 21Vianet admin center and portal at portal.partner.microsoftonline.cn. */
  chinaPortal: 'https://learn.microsoft.com/en-us/microsoft-365/admin/setup/setup-business-basic?view=o365-21vianet',
  /** Self-service password reset for Microsoft Entra operated by 21Vianet. */
  chinaPasswordReset: 'https://docs.azure.cn/en-us/active-directory/authentication/howto-sspr-deployment',
  /** The Microsoft 365 web app: microsoft365.com, www.office.com and m365.cloud.microsoft. */
  globalHome: 'https://learn.microsoft.com/en-us/microsoft-365/enterprise/cloud-microsoft-domain',
  /** Personal Microsoft account: reset a forgotten password at account.live.com/password/reset. */
  personalPasswordReset:
    'https://support.microsoft.com/account-billing/reset-a-forgotten-microsoft-account-password-eff4f067-5042-c1a3-fe72-b04d60556c37',
  /** Personal Microsoft account: signing in at login.live.com, security at account.microsoft.com. */
  personalCantSignIn:
    'https://support.microsoft.com/account-billing/when-you-can-t-sign-in-to-your-microsoft-account-475c9b5c-8c25-49f1-9c2d-c64b7072e735',
} as const;
