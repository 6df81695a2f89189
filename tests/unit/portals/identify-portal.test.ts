import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { identifyPortal, signInHostname } from '@/utils/identify-portal';
import { portals } from '@/utils/portals';
import { sovereignSignInHosts } from '@/utils/portals/sovereign';

const catalogHosts = new Set(portals.flatMap((portal) => portal.hosts));

describe('identifyPortal recognizes every portal by its own examples', () => {
  for (const portal of portals) {
    for (const example of portal.examples) {
      // Owning it means no other portal claims it: identifyPortal gives one answer per URL.
      test(`${portal.id} owns ${example}`, () => expect(identifyPortal(example)?.id).toBe(portal.id));
    }
  }
});

describe('identifyPortal is not fooled by look-alikes', () => {
  const lookAlikes = [
    'https://login.microsoftonline.com@evil.example/',
    'https://login.microsoftonline.com:443@evil.example/common/login',
    'https://login.microsoftonline.com.evil.example/',
    'https://login-microsoftonline.com/',
    'https://loginmicrosoftonline.com/',
    'https://login.microsoftonline.co/',
    'https://login.microsoftonline.com.cn/',
    'https://evil.example/login.microsoftonline.com/',
    'https://evil.example/?next=https://login.microsoftonline.com/',
    'https://xn--login-microsftonline-7xc.com/',
    'https://l\u043egin.microsoftonline.com/', // Cyrillic o, becomes punycode
    'https://login.micr\u00f8softonline.com/',
    'https://login.live.com.evil.example/',
    'https://sub.login.live.com/',
    'https://microsoftonline.com/',
    'https://login.microsoftonline.com:8443/',
    'https://user:pass@login.microsoftonline.com/',
    'http://login.microsoftonline.com/',
    'ftp://login.microsoftonline.com/',
    'wss://login.microsoftonline.com/',
    'file:///login.microsoftonline.com/index.html',
    'data:text/html,<title>login.microsoftonline.com</title>',
    'blob:https://login.microsoftonline.com/8c3a7f5e-0000-4000-8000-000000000000',
    'javascript:location="https://login.microsoftonline.com/"',
    'about:blank',
    'login.microsoftonline.com',
    '//login.microsoftonline.com/',
    '',
    ' ',
    'https://',
    'https://[::1]/',
    'https://127.0.0.1/',
    'https://login.microsoftonline.com%00.evil.example/',
    'https://login.microsoftonline.com\u3002evil.example/', // ideographic full stop
  ];
  for (const url of lookAlikes) {
    test(`rejects ${JSON.stringify(url)}`, () => expect(identifyPortal(url)).toBeUndefined());
  }

  test('accepts the real host with odd case, a trailing dot and the default port', () => {
    expect(identifyPortal('https://Login.MicrosoftOnline.COM./common')?.id).toBe('global-work');
    expect(identifyPortal('https://login.microsoftonline.com:443/common')?.id).toBe('global-work');
    expect(identifyPortal(new URL('https://login.live.com/'))?.id).toBe('personal-msa');
  });

  test('a host is normalized once: no double trailing dots', () => {
    expect(signInHostname('https://login.microsoftonline.com../')).toBe('login.microsoftonline.com.');
    expect(identifyPortal('https://login.microsoftonline.com../')).toBeUndefined();
  });
});

describe('identifyPortal properties', () => {
  test('never throws on any string, URL-shaped or not', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.webUrl({ withQueryParameters: true, withFragments: true }), fc.string({ unit: 'grapheme' })),
        (input) => {
          identifyPortal(input);
        },
      ),
      { numRuns: 2000 },
    );
  });

  test('never identifies a host that is not in the catalog', () => {
    const hostLike = fc.oneof(
      fc.domain(),
      fc.constantFrom(...catalogHosts).chain((host) =>
        fc.oneof(
          fc.constant(host),
          fc.domain().map((domain) => `${host}.${domain}`),
          fc.domain().map((domain) => `${domain}.${host}`),
          fc.integer({ min: 0, max: host.length - 1 }).map((at) => host.slice(0, at) + host.slice(at + 1)),
        ),
      ),
    );
    fc.assert(
      fc.property(hostLike, fc.webPath(), (host, path) => {
        const url = `https://${host}${path}`;
        const hit = identifyPortal(url);
        if (hit) {
          const hostname = new URL(url).hostname.replace(/\.$/, '');
          expect(catalogHosts.has(hostname)).toBe(true);
          expect(hit.hosts).toContain(hostname);
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe('sovereign clouds are never mislabelled', () => {
  test('their MSAL hosts are no portal of ours: not the closed Germany cloud, not worldwide, not any other', () => {
    for (const host of sovereignSignInHosts.hosts) {
      expect(identifyPortal(`https://${host}/common/oauth2/v2.0/authorize`), host).toBeUndefined();
      for (const portal of portals) expect(portal.hosts, portal.id).not.toContain(host);
    }
    expect(sovereignSignInHosts.source).toMatch(/^https:\/\/github\.com\/AzureAD\/microsoft-authentication-library-for-dotnet\//);
  });
});
