/** Public pages the catalog's facts come from, named once so entries can cite them. */
export const sources = {
  nationalClouds: 'https://learn.microsoft.com/en-us/entra/identity-platform/authentication-national-cloud',
  errorCodes: 'https://learn.microsoft.com/en-us/entra/identity-platform/reference-error-codes',
  germanyTransition: 'https://learn.microsoft.com/en-us/microsoft-365/enterprise/ms-cloud-germany-transition',
  workPasswordReset:
    'https://support.microsoft.com/account-billing/reset-your-work-or-school-password-using-security-info-23dde81f-08bb-4776-ba72-e6b72b9dda9e',
  workSecurityInfo:
    'https://support.microsoft.com/account-billing/set-up-your-security-info-from-a-sign-in-page-28180870-c256-4ebf-8bd7-5335571bf9a8',
  personalPasswordReset:
    'https://support.microsoft.com/account-billing/reset-a-forgotten-microsoft-account-password-eff4f067-5042-c1a3-fe72-b04d60556c37',
  personalCantSignIn:
    'https://support.microsoft.com/account-billing/when-you-can-t-sign-in-to-your-microsoft-account-475c9b5c-8c25-49f1-9c2d-c64b7072e735',
  globalEndpoints: 'https://learn.microsoft.com/en-us/microsoft-365/enterprise/urls-and-ip-address-ranges',
  chinaEndpoints:
    'https://learn.microsoft.com/en-us/microsoft-365/enterprise/urls-and-ip-address-ranges-21vianet',
  usgovEndpoints:
    'https://learn.microsoft.com/en-us/microsoft-365/enterprise/microsoft-365-u-s-government-gcc-high-endpoints',
  usgovDodEndpoints:
    'https://learn.microsoft.com/en-us/microsoft-365/enterprise/microsoft-365-u-s-government-dod-endpoints',
} as const;
