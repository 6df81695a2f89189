import { sources } from './sources';

/**
 * Who a page is written for: `everyone` (the person signing in: Microsoft Support's articles, sign-in and reset
 * portals), `administrators` (Learn's admin docs, admin centers: only the admin corner links them) or `developers`
 * (Learn's identity-platform docs for app makers).
 */
export type LinkAudience = 'everyone' | 'administrators' | 'developers';

/** A link we show, with the public page that says it is right. */
export interface SourcedLink {
  /** Where the link goes; always https. */
  readonly url: string;
  /** The public page that documents this link. */
  readonly source: string;
  /** Who the page is written for; end-user advice never links a page for administrators (a test checks). */
  readonly audience: LinkAudience;
}

/** A documentation page shown as a link: it is its own source. */
const page = (url: string, audience: LinkAudience): SourcedLink => ({ url, source: url, audience });

/**
 * Every Microsoft address the extension links to, written once, each with its source: the catalog, the advice, the
 * warnings, the help center and the admin corner all take their links from here. Sorted by name.
 */
export const links = {
  /** "Your account has been locked" and how an admin unblocks it. */
  accountBlocked: page(sources.accountBlocked, 'administrators'),
  /** Bulk reset in the Microsoft 365 admin center (at most 40 users at a time). */
  adminBulkReset: {
    url: `${sources.resetPasswords}#reset-all-business-passwords-for-everyone-in-your-organization-at-the-same-time`,
    source: sources.resetPasswords,
    audience: 'administrators',
  },
  /** The US Government DoD Microsoft 365 admin center. */
  adminCenterDod: { url: 'https://portal.apps.mil/adminportal/home', source: sources.usgovAdminCenters, audience: 'administrators' },
  /** The US Government GCC High Microsoft 365 admin center. */
  adminCenterGccHigh: {
    url: 'https://portal.office365.us/adminportal/home',
    source: sources.usgovAdminCenters,
    audience: 'administrators',
  },
  /** The worldwide Microsoft 365 admin center (also GCC, and Office 365 Germany's moved organizations). */
  adminCenterWorldwide: { url: 'https://admin.cloud.microsoft/', source: sources.adminCenterOverview, audience: 'administrators' },
  /** Microsoft 365 admin roles, and the least permissive one for each job. */
  adminRoles: page(sources.adminRoles, 'administrators'),
  /** What the consent prompt shows (app, publisher, verified badge, permissions) and what accepting grants. */
  applicationConsent: page(sources.applicationConsent, 'developers'),
  /** Self-service password reset for Microsoft Entra operated by 21Vianet (only a 2020 docs.azure.cn page documents it). */
  chinaPasswordReset: {
    url: 'https://passwordreset.activedirectory.windowsazure.cn/',
    source: sources.chinaPasswordReset,
    audience: 'everyone',
  },
  /** The 21Vianet Microsoft 365 portal, which is also its admin center. */
  chinaPortal: { url: 'https://portal.partner.microsoftonline.cn/', source: sources.chinaPortal, audience: 'everyone' },
  /** The Microsoft Entra admin center operated by 21Vianet. */
  entraChina: { url: 'https://entra.microsoftonline.cn/', source: sources.entraHosts, audience: 'administrators' },
  /** The Microsoft Entra admin center for GCC High and DoD. */
  entraUsgov: { url: 'https://entra.microsoft.us/', source: sources.entraHosts, audience: 'administrators' },
  /** The Microsoft Entra admin center, worldwide (and GCC). */
  entraWorldwide: { url: 'https://entra.microsoft.com/', source: sources.entraHosts, audience: 'administrators' },
  /** The 21Vianet explanation of an `AADSTS` code; append `?code=<number>`. */
  errorLookupChina: { url: 'https://login.partner.microsoftonline.cn/error', source: sources.chinaErrorCodes, audience: 'everyone' },
  /** The worldwide explanation of an `AADSTS` code; append `?code=<number>`. */
  errorLookupWorldwide: { url: 'https://login.microsoftonline.com/error', source: sources.errorCodes, audience: 'everyone' },
  /** The least privileged Microsoft Entra role for each task. */
  leastPrivilegedRoles: page(sources.leastPrivilegedRoles, 'administrators'),
  /** The Microsoft 365 web app, worldwide: where work or school accounts start. */
  microsoft365Home: { url: 'https://www.microsoft365.com/', source: sources.microsoft365Home, audience: 'everyone' },
  /** Password expiration in the Microsoft 365 admin center. */
  passwordExpirationPolicy: page(sources.passwordExpiration, 'administrators'),
  /** A personal Microsoft account's home. */
  personalAccount: { url: 'https://account.microsoft.com/', source: sources.personalCantSignIn, audience: 'everyone' },
  /** "When you can't sign in to your Microsoft account". */
  personalCantSignIn: page(sources.personalCantSignIn, 'everyone'),
  /** "Signing in with a passkey": creating and using a passkey with a personal Microsoft account (Microsoft Support). */
  personalPasskeys: page(sources.personalPasskeys, 'everyone'),
  /** Reset a forgotten personal Microsoft account password. */
  personalPasswordReset: { url: 'https://account.live.com/password/reset', source: sources.personalPasswordReset, audience: 'everyone' },
  /** The personal account recovery form, for when a reset is not possible. */
  personalRecoveryForm: page(sources.personalRecoveryForm, 'everyone'),
  /** A personal account's security page: security info, sign-in methods, recent activity. */
  personalSecurity: { url: 'https://account.microsoft.com/security', source: sources.personalCantSignIn, audience: 'everyone' },
  /** Troubleshoot verification codes of a personal Microsoft account. */
  personalVerificationCodes: page(sources.personalVerificationCodes, 'everyone'),
  /** Reset passwords as an admin in the Microsoft 365 admin center. */
  resetPasswords: page(sources.resetPasswords, 'administrators'),
  /** The Sign-in helper, for personal accounts. */
  signInHelper: page(sources.signInHelper, 'everyone'),
  /** Microsoft's global customer service phone numbers. */
  supportPhoneNumbers: { url: sources.supportPhoneNumbers, source: sources.accountBlocked, audience: 'everyone' },
  /** The US Government DoD Microsoft 365 portal. */
  usgovHomeDod: { url: 'https://portal.apps.mil/', source: sources.usgovDodEndpoints, audience: 'everyone' },
  /** The US Government GCC High Microsoft 365 portal. */
  usgovHomeGccHigh: { url: 'https://portal.office365.us/', source: sources.usgovEndpoints, audience: 'everyone' },
  /** Self-service password reset for US Government work accounts. */
  usgovPasswordReset: { url: 'https://passwordreset.microsoftonline.us/', source: sources.usgovComparison, audience: 'everyone' },
  /** Security info of a US Government (GCC High, DoD) work account (My Sign-ins on azure.us; MSAL names the host). */
  usgovSecurityInfo: { url: 'https://mysignins.azure.us/security-info', source: sources.msalPasskeyOrigins, audience: 'everyone' },
  /** Microsoft Entra account recovery (preview), the person's steps: "Recover your account" under other ways to sign in. */
  workAccountRecovery: page(sources.workSecurityInfo, 'everyone'),
  /** Passkeys for work or school accounts, for the person: add one in Authenticator or from Security info, then sign in with it. */
  workPasskeys: page(sources.workPasskeysForUsers, 'everyone'),
  /** Self-service password reset for worldwide work or school accounts (aka.ms/sspr). */
  workPasswordReset: { url: 'https://passwordreset.microsoftonline.com/', source: sources.workPasswordReset, audience: 'everyone' },
  /** "Reset your work or school password using security info": the person's own steps (Microsoft Support). */
  workResetHowTo: page(sources.workResetForUsers, 'everyone'),
  /** Security info of a worldwide work or school account (aka.ms/mysecurityinfo). */
  workSecurityInfo: { url: 'https://mysignins.microsoft.com/security-info', source: sources.workSecurityInfo, audience: 'everyone' },
  /** How to set up security info when asked at sign-in ("Keep your account secure"). */
  workSecurityInfoHelp: page(sources.securityInfoSetUp, 'everyone'),
  /** Two-step verification that doesn't work, for work or school accounts. */
  workVerificationHelp: page(sources.workVerificationHelp, 'everyone'),
} as const satisfies Record<string, SourcedLink>;
