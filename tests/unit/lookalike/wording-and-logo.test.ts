import { describe, expect, test } from 'vitest';
import { isMicrosoftImageAddress } from '@/utils/lookalike/logo';
import { claimsMicrosoftSignIn, microsoftPhrasesIn } from '@/utils/lookalike/wording';

describe("Microsoft's sign-in phrases, counted", () => {
  test('different phrases count once each; a phrase inside a longer one, or said twice, is not counted again', () => {
    expect(microsoftPhrasesIn('Sign in to your Microsoft account')).toEqual(new Set(['sign in to your microsoft account']));
    expect(microsoftPhrasesIn('Microsoft account · microsoft  account')).toEqual(new Set(['microsoft account']));
    expect(microsoftPhrasesIn("Sign in to your account Can't access your account? No account? Create one!").size).toBe(3);
    expect(microsoftPhrasesIn('¿No tiene una cuenta? Cree una. Escribir contraseña').size).toBe(2);
    expect(microsoftPhrasesIn('Kennwort eingeben Kein Zugriff auf Ihr Konto').size).toBe(2);
  });
  test('ordinary wording is no phrase, and a huge text stays bounded', () => {
    expect(microsoftPhrasesIn('Forgot your password? Remember me Sign in Create account').size).toBe(0);
    expect(microsoftPhrasesIn('Microsoft account '.repeat(10_000)).size).toBe(1);
  });
});

describe('a title or heading that calls the page a Microsoft sign-in', () => {
  test.each([
    'Sign in to Outlook Web App',
    'Entrar no Skype',
    'Iniciar sessão - Microsoft Office 365',
    'OneDrive login',
    'Anmelden bei Microsoft 365',
    'マイクロソフト サインイン',
    'VVINDOWS SIGN IN', // "VV" for W
    'Sign in to Micros0ft', // a zero for O
    '0ffice 365 login',
  ])('%s is a claim', (text) => expect(claimsMicrosoftSignIn(text)).toBe(true));
  test.each([
    'Sign in with Microsoft',
    'Mit Microsoft anmelden',
    'Se connecter avec votre Microsoft',
    'Economic Outlook — subscriber login',
    'Log in to Excel Academy',
    'Windows 10 tips', // no word for signing in; the 0 after a 1 stays a number
    'Login 2020',
    'Microsoft Office 365 news', // no word for signing in
    'How to spot a fake Microsoft 365 sign-in page', // a headline, not a page's name
    `Sign in to Microsoft ${'and more '.repeat(20)}`, // too long for a title
    '',
  ])('%s is no claim', (text) => expect(claimsMicrosoftSignIn(text)).toBe(false));
});

describe("an image address that is Microsoft's logo", () => {
  const base = 'https://kit.example/folder/index.html';
  test.each([
    'images/nomemicrosoft.png',
    '/assets/Microsoft_logo.svg',
    'msft.png?v=2',
    'https://img-prod-cms-rt-microsoft-com.akamaized.net/cms/api/am/imageFileData/RE1Mu3b?ver=5c31',
    'https://c.s-microsoft.com/en-us/CMSImages/logo.png',
  ])('%s', (src) => expect(isMicrosoftImageAddress(src, base)).toBe(true));
  test.each([
    'images/logo.png',
    'https://microsoft.com.evil.example/logo.png',
    'data:image/png;base64,bWljcm9zb2Z0',
    'javascript:alert(1)',
    'http://[bad',
    `${'a'.repeat(3000)}microsoft.png`,
    '',
  ])('%s is not', (src) => expect(isMicrosoftImageAddress(src, base)).toBe(false));
  test('a folder named for Microsoft is not the file', () => {
    expect(isMicrosoftImageAddress('/microsoft/photo.jpg', base)).toBe(false);
  });
});
