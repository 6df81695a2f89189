/**
 * Public pages the extension's facts come from, named once so every entry can cite them. Checked on 2026-11-25
 * (catalog, admin corner) and 2026-12-02 (corrections) against Microsoft Learn, Microsoft Support and MSAL;
 * the notes say which fact each page carries. Where a page is also shown as a link, `links.ts` points here.
 */
export const sources = {
  /** login.microsoftonline.com, .us and partner.microsoftonline.cn; Azure Germany closed on 29 October 2021. */
  nationalClouds: 'https://learn.microsoft.com/en-us/entra/identity-platform/authentication-national-cloud',
  /** The aliases: login.microsoft.com, login.windows.net, login.usgovcloudapi.net, login-us.microsoftonline.com, login.chinacloudapi.cn, login.microsoftonline.de. */
  msalAuthorityAliases:
    'https://github.com/AzureAD/microsoft-authentication-library-for-js/blob/dev/lib/msal-common/src/authority/AuthorityMetadata.ts',
  /**
   * MSAL .NET's known clouds: login.microsoftonline.de as "legacy Germany", and the sovereign clouds Bleu
   * (login.sovcloud-identity.fr), Delos (login.sovcloud-identity.de) and login.sovcloud-identity.sg (checked 2026-12-07).
   */
  msalKnownClouds:
    'https://github.com/AzureAD/microsoft-authentication-library-for-dotnet/blob/02628611e5f0e424f3ea9e586f0a90f967757f8c/src/client/Microsoft.Identity.Client/Instance/Discovery/KnownMetadataProvider.cs',
  /** Failed MFA sign-ins to watch for: AADSTS500121, "Authentication failed during strong authentication request". */
  failedMfaCode: 'https://learn.microsoft.com/en-us/entra/architecture/security-operations-privileged-accounts',
  /** AADSTS530003 among the device-related Conditional Access blocks (Power Platform admin guide, ms.date 2025-01-22). */
  deviceBlockCode: 'https://learn.microsoft.com/en-us/power-platform/admin/troubleshooting-conditional-access-in-authentication',
  /** Smart lockout: by default 10 failed attempts lock for a minute (3 in Azure US Government); admins can change it. */
  smartLockout: 'https://learn.microsoft.com/en-us/entra/identity/authentication/howto-password-smart-lockout',
  /** AADSTS codes, and the `login.microsoftonline.com/error?code=` lookup. */
  errorCodes: 'https://learn.microsoft.com/en-us/entra/identity-platform/reference-error-codes',
  /** Office 365 Germany's organizations moved to the worldwide cloud (EU region). */
  germanyTransition: 'https://learn.microsoft.com/en-us/microsoft-365/enterprise/ms-cloud-germany-transition',
  /** After the move, people sign in at login.microsoftonline.com instead of login.microsoftonline.de. */
  germanyTransitionExperience: 'https://learn.microsoft.com/en-us/microsoft-365/enterprise/ms-cloud-germany-transition-experience',
  /** "If you have Office 365 Germany, sign in at portal.office.de" (older versions of this page). */
  germanyPortal: 'https://learn.microsoft.com/en-us/sharepoint/change-default-sharing-link',
  /** Self-service password reset at passwordreset.microsoftonline.com (aka.ms/sspr). */
  workPasswordReset: 'https://learn.microsoft.com/en-us/entra/identity/authentication/concept-sspr-howitworks',
  /**
   * Security info at mysignins.microsoft.com/security-info; and Microsoft Entra account recovery (preview, ms.date
   * 2025-11-07): where the organization turned it on, someone who can use none of their methods picks "Other ways to
   * sign in", then "Recover your account", proves who they are with the organization's identity-verification provider
   * and gets a Temporary Access Pass to add a new method (checked 2026-12-07).
   */
  workSecurityInfo: 'https://learn.microsoft.com/en-us/entra/identity/authentication/how-to-account-recovery-for-users',
  /** US Government counterparts of worldwide hosts, passwordreset.microsoftonline.us among them. */
  usgovComparison: 'https://learn.microsoft.com/en-us/azure/azure-government/compare-azure-government-global-azure',
  /** GCC High: portal.office365.us, login.microsoftonline.us, login-us.microsoftonline.com. */
  usgovEndpoints: 'https://learn.microsoft.com/en-us/microsoft-365/enterprise/microsoft-365-u-s-government-gcc-high-endpoints',
  /** DoD: portal.apps.mil. */
  usgovDodEndpoints: 'https://learn.microsoft.com/en-us/microsoft-365/enterprise/microsoft-365-u-s-government-dod-endpoints',
  /** The 21Vianet admin center and portal at portal.partner.microsoftonline.cn. */
  chinaPortal: 'https://learn.microsoft.com/en-us/microsoft-365/admin/setup/setup-business-basic?view=o365-21vianet',
  /**
   * Self-service password reset for Microsoft Entra operated by 21Vianet at passwordreset.activedirectory.windowsazure.cn:
   * named only by docs.azure.cn's 2020 Chinese "plan a self-service password reset" page (its first note sends people
   * looking for the reset tool there) and the 2019 zh-cn "how it works" page. No current Learn or docs.azure.cn page
   * names a 21Vianet reset host, so the host is documented but old (checked 2026-12-07).
   */
  chinaPasswordReset: 'https://docs.azure.cn/zh-cn/active-directory/authentication/howto-sspr-deployment',
  /** The cloud.microsoft domain of Microsoft 365 apps (admin.cloud.microsoft and others); it does not name microsoft365.com. */
  globalHome: 'https://learn.microsoft.com/en-us/microsoft-365/enterprise/cloud-microsoft-domain',
  /**
   * "Install Microsoft 365 apps" (ms.date 2024-05-28): "Go to microsoft365.com. You might need to sign in with your work
   * account." It names the bare host; www.microsoft365.com is the same site's usual address (checked 2026-12-07).
   */
  microsoft365Home: 'https://learn.microsoft.com/en-us/microsoft-365/admin/setup/install-applications',
  /** Personal Microsoft account: reset a forgotten password at account.live.com/password/reset. */
  personalPasswordReset:
    'https://support.microsoft.com/account-billing/reset-a-forgotten-microsoft-account-password-eff4f067-5042-c1a3-fe72-b04d60556c37',
  /** Personal Microsoft account: signing in at login.live.com, security at account.microsoft.com. */
  personalCantSignIn: 'https://support.microsoft.com/topic/475c9b5c-8c25-49f1-9c2d-c64b7072e735',
  /** "To get to the Microsoft 365 admin center, go to admin.cloud.microsoft." */
  adminCenterOverview: 'https://learn.microsoft.com/en-us/microsoft-365/admin/admin-overview/admin-center-overview',
  /**
   * Commercial and GCC users sign in to the public cloud admin center; GCC High at
   * portal.office365.us/adminportal/home; DoD at portal.apps.mil/adminportal/home.
   */
  usgovAdminCenters: 'https://learn.microsoft.com/en-us/microsoft-365/commerce/licenses/vl-sign-in',
  /** The Microsoft Entra admin center's hosts: entra.microsoft.com, entra.microsoft.us, entra.microsoftonline.cn. */
  entraHosts: 'https://learn.microsoft.com/en-us/entra/fundamentals/faq',
  /** Commercial and GCC live in Azure Commercial; GCC High and DoD in Azure Government; 21Vianet in Azure China. */
  cloudPairs: 'https://learn.microsoft.com/en-us/microsoft-365/enterprise/cross-cloud-collaboration',
  /**
   * Users > Active users > Reset password; bulk resets at most 40 users at a time; since 30 August 2024 the admin
   * center no longer emails account details and passwords: print them to a PDF and hand them over securely.
   */
  resetPasswords: 'https://learn.microsoft.com/en-us/microsoft-365/admin/add-users/reset-passwords',
  /** Passwords never expire by default; an expiry is 14 to 730 days, under Org settings > Security & privacy. */
  passwordExpiration: 'https://learn.microsoft.com/en-us/microsoft-365/admin/manage/set-password-expiration-policy',
  /**
   * A locked user can wait 15 minutes; an admin unblocks sign-in under Users > Active users; the only admin,
   * locked out, calls Microsoft 365 support (global customer service phone numbers).
   */
  accountBlocked: 'https://learn.microsoft.com/en-us/troubleshoot/microsoft-365/admin/access-management/account-blocked-error-when-sign-in',
  /**
   * Assign the least permissive role (Password admin or Helpdesk admin for password resets, not Global admin); only
   * Global admins unblock another Global admin; another Global admin or a Privileged Authentication admin resets a
   * Global admin's password.
   */
  adminRoles: 'https://learn.microsoft.com/en-us/microsoft-365/admin/add-users/about-admin-roles',
  /** The least privileged Microsoft Entra role for each task. */
  leastPrivilegedRoles: 'https://learn.microsoft.com/en-us/entra/identity/role-based-access-control/delegate-by-task',
  /** "Troubleshoot Microsoft verification code issues": personal Microsoft accounts (Support article 409090c4…). */
  personalVerificationCodes: 'https://support.microsoft.com/topic/409090c4-92b5-42b9-8ae6-bcc97e62fc48',
  /** The Sign-in helper for personal accounts, as given in Microsoft Q&A answers on learn.microsoft.com (2025–2026). */
  signInHelper: 'https://go.microsoft.com/fwlink/?linkid=2300860',
  /** The personal account recovery form, for when a reset is not possible (Support: reset a forgotten password). */
  personalRecoveryForm: 'https://account.live.com/acsr',
  /** Microsoft's global customer service phone numbers (from the account-blocked troubleshooting page). */
  supportPhoneNumbers: 'https://support.microsoft.com/topic/global-customer-service-phone-numbers-c0389ade-5640-e588-8b0e-28de8afeb3f2',
  /**
   * Security info in interrupt mode ("Keep your account secure", at sign-in) and manage mode
   * (mysignins.microsoft.com/security-info); only an SSPR policy lets people skip the interrupt.
   */
  combinedRegistration: 'https://learn.microsoft.com/en-us/entra/identity/authentication/concept-registration-mfa-sspr-combined',
  /** Password rules for cloud accounts: 8 to 256 characters, three of four character kinds; SSPR's policies. */
  passwordPolicies: 'https://learn.microsoft.com/en-us/entra/identity/authentication/concept-sspr-policy',
  /** "Set up your security info from a sign-in prompt" (Support article 28180870…, linked from combinedRegistration). */
  securityInfoSetUp: 'https://support.microsoft.com/topic/28180870-c256-4ebf-8bd7-5335571bf9a8',
  /**
   * "Passkeys by default and retirement of Microsoft-provided SMS and voice authentication" (ms.date 2026-07-29):
   * from 1 September 2026 users enabled for SMS or voice get passkeys and a prompt to register one; from 1 February
   * 2027 Microsoft stops sending SMS and voice codes in Entra ID, password reset included; public cloud only,
   * other clouds later.
   */
  smsVoiceRetirement: 'https://learn.microsoft.com/en-us/entra/identity/authentication/concept-sms-voice-retirement',
  /** Number matching is on for every Authenticator push (enforced from 8 May 2023, per an earlier revision). */
  numberMatching: 'https://learn.microsoft.com/en-us/entra/identity/authentication/how-to-mfa-number-match',
  /**
   * Microsoft 365 blog, 28 February 2025: Skype retired on 5 May 2025 in favour of Microsoft Teams (free), which
   * Skype accounts sign in to; so no text names Skype as a product or a sign-in name (checked 2026-12-07).
   */
  skypeRetirement: 'https://www.microsoft.com/en-us/microsoft-365/blog/2025/02/28/the-next-chapter-moving-from-skype-to-microsoft-teams/',
  /** Microsoft Security blog, 1 May 2025: new personal Microsoft accounts are passwordless by default. */
  passwordlessPersonal:
    'https://www.microsoft.com/en-us/security/blog/2025/05/01/pushing-passkeys-forward-microsofts-latest-updates-for-simpler-safer-sign-ins/',
  /** The registration campaign: "Skip for now" snoozes 1 day by default, 0 to 14 days as the admin sets, 3 times. */
  registrationCampaign: 'https://learn.microsoft.com/en-us/entra/identity/authentication/how-to-mfa-registration-campaign',
  /** Passkeys in Entra ID: same device, cross-device with a QR code, or a security key; synced passkeys and attestation. */
  passkeys: 'https://learn.microsoft.com/en-us/entra/identity/authentication/concept-authentication-passkeys-fido2',
  /**
   * "Reset your work or school password using security info" (Microsoft Support article 23dde81f…): the person's own
   * reset steps. Learn's admin pages send people there (entra-docs howto-sspr-reporting's next steps; the end-user list
   * of how-to-deploy-phishing-resistant-passwordless-authentication) (checked 2026-12-07).
   */
  workResetForUsers:
    'https://support.microsoft.com/account-billing/reset-your-work-or-school-password-using-security-info-23dde81f-08bb-4776-ba72-e6b72b9dda9e',
  /**
   * "Register passkeys in Authenticator on Android or iOS devices" (Learn, ms.date 2024-10-09): written to the person
   * (add a passkey in Authenticator, from Security info, or from another device by QR code). Microsoft Support has no
   * work-or-school passkey article we could find; its passkey article is for personal accounts (checked 2026-12-07).
   */
  workPasskeysForUsers: 'https://learn.microsoft.com/en-us/entra/identity/authentication/how-to-register-passkey-authenticator',
  /** "Signing in with a passkey" (Microsoft Support article 09a49a86…): passkeys for a personal Microsoft account (checked 2026-12-07). */
  personalPasskeys: 'https://support.microsoft.com/account-billing/signing-in-with-a-passkey-09a49a86-ca47-406c-8acc-ed0e3c852c6d',
  /** Passkey profiles: which passkeys an organization accepts (attestation, synced passkeys, key restrictions). */
  passkeyProfiles: 'https://learn.microsoft.com/en-us/entra/identity/authentication/how-to-authentication-passkey-profiles',
  /** "Common problems with two-step verification for a work or school account" (Support article 63acbb9b…). */
  workVerificationHelp: 'https://support.microsoft.com/topic/63acbb9b-16a1-47b9-8619-6a865e8071a5',
  /** Conditional Access on Chrome for Windows: the Microsoft Single Sign On extension, or the CloudAPAuthEnabled policy. */
  chromeDeviceState: 'https://learn.microsoft.com/en-us/entra/identity/conditional-access/concept-conditional-access-conditions',
  /** Work or school accounts' My Account at https://myaccount.microsoft.com (Learn, external users, ms.date 2023-07-27; checked 2026-12-07). */
  workMyAccount: 'https://learn.microsoft.com/en-us/entra/external-id/leave-the-organization',
  /**
   * 21Vianet's security-info registration at account.activedirectory.windowsazure.cn/PasswordReset/Register.aspx
   * (an older docs.azure.cn user-help page; no newer page names another host; checked 2026-12-07).
   */
  chinaSecurityInfo: 'https://docs.azure.cn/zh-cn/active-directory/user-help/active-directory-passwords-reset-register',
  /** The 21Vianet copy of the error-code reference: look codes up at login.partner.microsoftonline.cn/error. */
  chinaErrorCodes: 'https://docs.azure.cn/en-us/entra/identity-platform/reference-error-codes',
  /** Microsoft 365 admin center at portal.office.com/adminportal/home, among the mandatory-MFA portals. */
  mandatoryMfa: 'https://learn.microsoft.com/en-us/entra/identity/authentication/concept-mandatory-multifactor-authentication',
  /**
   * MSAL's production passkey origins: mysignins.microsoft.com, mysignins.azure.us (US Government), among others.
   * The only Microsoft source naming the US Government My Sign-ins host (checked 2026-12-02).
   */
  msalPasskeyOrigins:
    'https://github.com/AzureAD/microsoft-authentication-library-common-for-android/blob/5c7e09132ca08b88d407a987eb35313e7045d636/common/src/main/java/com/microsoft/identity/common/internal/providers/oauth2/PasskeyOriginRulesManager.kt',
  /** The consent prompt ("Permissions requested"): app name, publisher and its verification, the permissions asked for. */
  applicationConsent: 'https://learn.microsoft.com/en-us/entra/identity-platform/application-consent-experience',
  /** Certificate-based authentication runs on certauth.login.microsoftonline.com (.us for US Government). */
  certificateAuthHosts:
    'https://learn.microsoft.com/en-us/entra/identity/authentication/concept-certificate-based-authentication-technical-deep-dive',
} as const;
