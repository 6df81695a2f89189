import { anyShown, shownErrorCodes } from './dom';
import type { StepFamily, StepReading } from './types';

/**
 * My Sign-ins (mysignins.microsoft.com, and mysignins.azure.us for US Government): a single-page app. Its security
 * info list lives at `/security-info` (Learn: concept-registration-mfa-sspr-combined, "manage mode"); the
 * "Keep your account secure" wizard ("interrupt mode") runs under `/register` in a container marked
 * `[data-automation-id="SecurityInfoRegister"]` (vishal00074/automationTestingScript, checked 2026-12-02). No
 * public source names the list's own markup, so the list is read from its path once the app has drawn a button.
 */
export const mySignInsFamily: StepFamily = {
  id: 'my-sign-ins',
  read(document, url): StepReading | undefined {
    if (!url.hostname.startsWith('mysignins.')) return undefined;
    const errorCode = shownErrorCodes(document)[0];
    const withCode = (reading: StepReading): StepReading => (errorCode ? { ...reading, errorCode } : reading);
    if (anyShown(document, '[data-automation-id="SecurityInfoRegister"]') || /^\/register\b/i.test(url.pathname)) {
      return withCode({ step: 'security-setup' });
    }
    if (/^\/security-info\b/i.test(url.pathname) && anyShown(document, 'button, [role="button"]'))
      return withCode({ step: 'security-info' });
    return withCode({ step: 'unknown' });
  },
};
