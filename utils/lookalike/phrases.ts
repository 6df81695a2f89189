/**
 * Microsoft's product names, as a page imitating its sign-in shows them near the form. "Outlook" and "Excel" are
 * ordinary words too, so this only ever supports other evidence.
 */
export const microsoftBrandPattern =
  /\b(microsoft|office\s?365|microsoft\s?365|m365|o365|outlook|onedrive|one\s?drive|sharepoint|share\s?point|excel|hotmail|windows\s?live)\b|マイクロソフト|微软|微軟|마이크로소프트/i;

/**
 * The wording of Microsoft's sign-in screens that other sites do not use, in eleven languages: its account names
 * ("Microsoft account", "work or school account"), the recovery link ("Can't access your account?"), the
 * stay-signed-in question and the identifier hint. Our own patterns, written from the wording of the screens
 * (English; German, French, Spanish, Dutch, Portuguese, Italian from Microsoft's localized pages; Japanese, Korean,
 * Chinese likewise), checked 2026-12-07. A generic "sign in" or "password" is not among them.
 */
export const microsoftPhrasePatterns: readonly RegExp[] = [
  // English
  /\bsign in to your (microsoft )?account\b/i,
  /\bcan[’']?t access your account\b/i,
  /\b(keep me|stay) signed in\b/i,
  /\bemail,? phone,? or skype\b/i,
  /\b(microsoft|work or school|work, school,? or personal) account\b/i,
  /\bno account\?? create one\b/i,
  /\buse your (microsoft|office 365|outlook) account\b/i,
  /\bapprove (the )?sign[- ]in request\b/i,
  // German
  /\bmicrosoft-konto\b|\b(geschäfts-|arbeits-), schul- oder (uni|privat)konto\b|\bkein zugriff auf ihr konto\b|\bangemeldet bleiben\b/i,
  // Dutch
  /\bmicrosoft-account\b|\bwerk- of schoolaccount\b|\bgeen toegang tot uw account\b|\baangemeld blijven\b/i,
  // French
  /\bcompte microsoft\b|\bcompte professionnel ou scolaire\b|\bvous ne pouvez pas accéder à votre compte\b|\brester connecté\b/i,
  // Spanish, Portuguese, Italian
  /\bcuenta (de )?microsoft\b|\bcuenta profesional o educativa\b|¿?\bno puede acceder a su cuenta\b|\bmantener la sesión iniciada\b/i,
  /\bconta (da )?microsoft\b|\bconta corporativa ou de estudante\b|\bnão consegue acessar sua conta\b|\bmanter(-me)? conectado\b/i,
  /\baccount microsoft\b|\baccount aziendale o dell'istituto di istruzione\b|\bnon riesci ad accedere al tuo account\b|\bmantieni l'accesso\b/i,
  // Japanese, Korean, Chinese
  /Microsoft\s?アカウント|職場または学校アカウント|アカウントにアクセスできない|サインインしたままにしますか|サインインの状態を維持/,
  /Microsoft\s?계정|회사 또는 학교 계정|계정에 액세스할 수 없|로그인 상태를 유지/,
  /Microsoft\s?(帐户|账户|帳戶)|工作或学校帐户|无法访问你的帐户|无法访问您的帐户|保持登录状态|維持登入狀態/,
];

/** A generic word for signing in, in the same languages: supports the brand signal, never counts alone. */
export const signInWordPattern =
  /\b(sign[\s-]?in|log[\s-]?in|log[\s-]?on|anmelden|anmeldung|se connecter|connexion|iniciar sesi[oó]n|entrar|aanmelden|inloggen|accedi|accesso)\b|サインイン|ログイン|로그인|登录|登入/i;
