/**
 * Microsoft's product names, as a page imitating its sign-in shows them near the form. "Outlook" and "Excel" are
 * ordinary words too, so this only ever supports other evidence.
 */
export const microsoftBrandPattern =
  /\b(microsoft|office\s?365|microsoft\s?365|m365|o365|outlook|onedrive|one\s?drive|sharepoint|share\s?point|excel|hotmail|windows\s?live|skype)\b|マイクロソフト|微软|微軟|마이크로소프트/i;

/**
 * The product names a title or heading can claim a sign-in for: those of {@link microsoftBrandPattern} that are no
 * ordinary word ("Economic Outlook", "Excel in maths" are not), with Outlook only as Microsoft's, and Windows (the name
 * of Microsoft's accounts in the Windows Live years), which only ever counts beside a word for signing in.
 */
export const microsoftClaimPattern =
  /\b(microsoft|office\s?365|microsoft\s?365|m365|o365|onedrive|one\s?drive|sharepoint|share\s?point|hotmail|windows(\s?live)?|skype|outlook\s?(web\s?(app|access)|on the web|\.com|365)|(microsoft|office|ms)\s?outlook)\b|マイクロソフト|微软|微軟|마이크로소프트/i;

/**
 * The same product names for the tripwire's cheap look in the page's own world, lower case, matched anywhere in a word:
 * "excel" also finds "excellent", which only costs such a page the detector's look, never a warning.
 */
export const tripwireBrandWords: readonly string[] = [
  'excel',
  'hotmail',
  'm365',
  'microsoft',
  'o365',
  'office 365',
  'office365',
  'one drive',
  'onedrive',
  'outlook',
  'share point',
  'sharepoint',
  'skype',
  'マイクロソフト',
  '微软',
  '微軟',
  '마이크로소프트',
];

/**
 * The wording of Microsoft's sign-in screens that other sites do not use, in eleven languages: its account names
 * ("Microsoft account", "work or school account"), the recovery link ("Can't access your account?"), the
 * stay-signed-in question (as a question: "keep me signed in" alone is every site's remember-me box) and the
 * identifier hint. Our own patterns, written from the wording of the screens
 * (English; German, French, Spanish, Dutch, Portuguese, Italian from Microsoft's localized pages; Japanese, Korean,
 * Chinese likewise), checked 2026-12-07. A generic "sign in" or "password" is not among them.
 */
export const microsoftPhrasePatterns: readonly RegExp[] = [
  // English
  /\bsign in (to|into) your (microsoft )?account\b/i,
  /\bcan[’']?t access your account\b/i,
  /\bstay signed in\?|\breduce the number of times you are asked to sign in\b/i,
  /\bemail,? phone,? or skype\b/i,
  /\b(microsoft|work or school|work, school,? or personal) account\b/i,
  /\bno account\??\s+create one\b/i,
  /\buse your (microsoft|office 365|outlook) account\b/i,
  /\bapprove (the )?sign[- ]in request\b/i,
  // The account box's hint, "email, phone, or Skype", in any language (Skype closed in May 2025; copies keep it)
  /\b(e-?mail|correo( electrónico)?|courriel|adresse e-mail|posta elettronica|endereço de e-mail)\b[^.\n]{0,40}\bskype\b/i,
  // "No account? Create one!" in German, French, Spanish, Portuguese, Italian, Dutch
  /\bkein konto\?\s+erstellen sie|\bvous n[’']avez pas de compte\s?\?\s+créez-en un|¿?\bno tiene una cuenta\?\s+cree una|\bnão tem uma conta\?\s+crie uma|\bnon hai un account\?\s+creane uno|\bgeen account\?\s+maak er (een|één)/i,
  // the line under the sign-in heading that names the app: "to continue to Outlook"
  /\bto continue to (microsoft|office|outlook|onedrive|sharepoint|teams|excel|word|azure|exchange)\b/i,
  // Outlook on the web's forms logon
  /\bdomain\\user ?name\b/i,
  // German ("Kennwort eingeben" is the password view's heading: Microsoft's German Entra SSPR lab, MicrosoftLearning
  // SC-300 "Lab 09", 'Seite „Kennwort eingeben“', checked 2026-12-08; other German sites say "Passwort")
  /\bkennwort eingeben\b|\bmicrosoft-konto\b|\b(geschäfts-|arbeits-), schul- oder (uni|privat)konto\b|\bkein zugriff auf ihr konto\b|\bangemeldet bleiben\?/i,
  // Dutch
  /\bmicrosoft-account\b|\bwerk- of schoolaccount\b|\bgeen toegang tot uw account\b|\baangemeld blijven\?/i,
  // French
  /\bcompte microsoft\b|\bcompte professionnel ou scolaire\b|\bvous ne pouvez pas accéder à votre compte\b|\brester connecté\s?\?/i,
  // Spanish, Portuguese, Italian ("Escribir contraseña", the password view's heading: Microsoft's Spanish docs on
  // device-management-azuread-registered-devices-windows10-setup, 'En la página Escribir contraseña', checked 2026-12-08)
  /\bescribir contraseña\b|\bcuenta (de )?microsoft\b|\bcuenta profesional o educativa\b|¿?\bno puede acceder a su cuenta\b|¿?\bmantener la sesión iniciada\?/i,
  /\bconta (da )?microsoft\b|\bconta corporativa ou de estudante\b|\bnão consegue acessar sua conta\b|\bcontinuar conectado\?|\bmanter sessão iniciada\?/i,
  /\baccount microsoft\b|\baccount aziendale o dell'istituto di istruzione\b|\bnon riesci ad accedere al tuo account\b|\brimanere connesso\?/i,
  // Japanese, Korean, Chinese
  /Microsoft\s?アカウント|職場または学校アカウント|アカウントにアクセスできない|サインインしたままにしますか|サインインの状態を維持/,
  /Microsoft\s?계정|회사 또는 학교 계정|계정에 액세스할 수 없|로그인 상태를 유지/,
  /Microsoft\s?(帐户|账户|帳戶)|工作或学校帐户|无法访问你的帐户|无法访问您的帐户|保持登录状态|維持登入狀態/,
];

/**
 * "Sign in with Microsoft", "mit Microsoft anmelden" and the like: a site offering Microsoft's sign-in, not claiming to
 * be it, so such a title or heading is no claim (the against signal `sign-in-with-microsoft` reads the button itself).
 */
export const signInWithPattern =
  /\b(with|using|via|mit|avec|con|com|met|tramite)\s+(your\s+|ihrem\s+|votre\s+|su\s+)?(microsoft|office|outlook|azure|entra)/i;

/** A generic word for signing in, in the same languages: supports the brand signal, never counts alone. */
export const signInWordPattern =
  /\b(sign[\s-]?in|log[\s-]?in|log[\s-]?on|anmelden|anmeldung|se connecter|connexion|iniciar sesi[oó]n|inicio de sesi[oó]n|entrar|iniciar sess[aã]o|aanmelden|inloggen|accedi|accesso|password|kennwort|passwort|mot de passe|contrase[nñ]a|senha|wachtwoord)\b|サインイン|ログイン|パスワード|로그인|암호|登录|登入|密码/i;
