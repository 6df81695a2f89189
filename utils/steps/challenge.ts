/**
 * The human check ("press and hold", a puzzle) of personal-account pages; it sits over whatever view is behind it.
 * `#px-captcha` and frames from `hsprotect.net` (HUMAN), `iframe#enforcementFrame` and
 * `iframe[data-testid=humanCaptchaIframe]` (Arkose), as public code that drives login.live.com and signup pages
 * names them (Light60-1/Microsoft-Rewards-Rewi `src/browser/BrowserUtil.ts`; a public `classify_outlook_page`;
 * checked 2026-12-07). Confidence: medium.
 */
export const challengeMarkers =
  '#px-captcha, iframe[src*="hsprotect.net"], iframe#enforcementFrame, iframe[data-testid="humanCaptchaIframe"]';
