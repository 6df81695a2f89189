import { describe, expect, test } from 'vitest';
import { identifyPortal } from '@/utils/identify-portal';
import { isMicrosoftSignInAddress } from '@/utils/portals/genuine';
import { organizationPortal } from '@/utils/portals/organization';

/** The portal the catalog names for an address (the tests pick addresses it knows). */
const portalAt = (url: string) => {
  const portal = identifyPortal(url);
  if (!portal) throw new Error(`no portal for ${url}`);
  return portal;
};

describe('the genuine-address line', () => {
  test('is earned by the exact catalog host of a sign-in, reset or security-info portal', () => {
    expect(isMicrosoftSignInAddress(portalAt('https://login.microsoftonline.com/common/login'), 'login.microsoftonline.com')).toBe(true);
    expect(isMicrosoftSignInAddress(portalAt('https://login.live.com/login.srf'), 'login.live.com')).toBe(true);
    expect(isMicrosoftSignInAddress(portalAt('https://passwordreset.microsoftonline.com/'), 'passwordreset.microsoftonline.com')).toBe(
      true,
    );
  });

  test('is never given to another host, even with a Microsoft portal in hand', () => {
    const worldwide = portalAt('https://login.microsoftonline.com/common/login');
    for (const host of ['login.microsoftonline.com.evil.example', 'login-microsoftonline.com', 'microsoftonline.com', 'login.live.com']) {
      expect(isMicrosoftSignInAddress(worldwide, host), host).toBe(false);
    }
  });

  test('is never given to an entry portal (office.com and the like), which is not where people sign in', () => {
    const entry = portalAt('https://portal.office.com/');
    expect(entry.role).toBe('entry');
    expect(isMicrosoftSignInAddress(entry, 'portal.office.com')).toBe(false);
  });

  test('is never given to the organization’s own sign-in host (AD FS from policy), though the panel runs there', () => {
    expect(isMicrosoftSignInAddress(organizationPortal('fs.contoso.com'), 'fs.contoso.com')).toBe(false);
  });
});
