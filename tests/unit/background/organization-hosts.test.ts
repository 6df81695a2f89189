import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { syncOrganizationHosts } from '@/background/organization-hosts';
import { emptyPolicy } from '@/utils/policy';

beforeEach(() => fakeBrowser.reset());
afterEach(() => vi.restoreAllMocks());

describe("the organization's own sign-in hosts", () => {
  test("get the card's script with the sign-in script (the card's file is web-accessible only on the catalog's hosts)", async () => {
    vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation(async ({ origins }) => origins?.[0] === 'https://adfs.contoso.com/*');
    const scripting = fakeBrowser.scripting as unknown as Record<string, unknown>;
    scripting.getRegisteredContentScripts = vi.fn(async () => []);
    const register = vi.fn(async () => {});
    scripting.registerContentScripts = register;

    await syncOrganizationHosts({ ...emptyPolicy, extraSignInHosts: ['adfs.contoso.com', 'sts.not-granted.example'] });

    expect(register).toHaveBeenCalledWith([
      expect.objectContaining({ matches: ['https://adfs.contoso.com/*'], js: ['panel-card.js', 'content-scripts/sign-in.js'] }),
    ]);
  });
});
