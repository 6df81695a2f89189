import { describe, expect, test } from 'vitest';
import { portals, signInHosts, signInMatchPatterns } from '@/utils/portals';
import { english } from '../../support/locales';
import { cloudBadges, cloudName } from '@/utils/portals/clouds';
import { portalAudience, portalName } from '@/utils/portals/words';

const allLinks = portals.flatMap((portal) => Object.entries(portal.links).map(([name, link]) => ({ portal: portal.id, name, ...link })));

describe('portal catalog stays tidy', () => {
  test('ids are unique, kebab-case, and the registry is sorted by id', () => {
    const ids = portals.map((portal) => portal.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual([...ids].sort());
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  test('no hostname is in two entries, and each entry lists its hosts sorted and lower-case', () => {
    const hosts = portals.flatMap((portal) => portal.hosts);
    expect(new Set(hosts).size).toBe(hosts.length);
    for (const portal of portals) {
      expect(portal.hosts.length, portal.id).toBeGreaterThan(0);
      expect(portal.hosts, portal.id).toEqual([...portal.hosts].sort());
      for (const host of portal.hosts) expect(host, portal.id).toMatch(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/);
    }
  });

  test('every link and every source is https', () => {
    for (const link of allLinks) {
      expect(new URL(link.url).protocol, `${link.portal} ${link.name}`).toBe('https:');
      expect(new URL(link.source).protocol, `${link.portal} ${link.name} source`).toBe('https:');
    }
    for (const portal of portals) {
      expect(portal.hostSources.length, portal.id).toBeGreaterThan(0);
      for (const source of portal.hostSources) expect(new URL(source).protocol).toBe('https:');
    }
  });

  test('every link and source stays on a Microsoft-owned domain', () => {
    const microsoftDomains =
      /(^|\.)(microsoft|microsoft365|microsoftonline|office|office365|live|windowsazure|azure|apps)\.(com|us|cn|de|mil)$|(^|\.)cloud\.microsoft$|(^|\.)microsoftonline\.cn$|(^|\.)azure\.cn$/;
    for (const link of allLinks) {
      expect(new URL(link.url).hostname, `${link.portal} ${link.name}`).toMatch(microsoftDomains);
      // Microsoft Learn, Microsoft Support, 21Vianet's docs, or MSAL's own source (github.com/AzureAD).
      expect(`${new URL(link.source).hostname}${new URL(link.source).pathname}`).toMatch(
        /^(learn\.microsoft\.com|support\.microsoft\.com|docs\.azure\.cn)\/|^github\.com\/AzureAD\//,
      );
    }
  });

  test('every entry has at least two example URLs', () => {
    for (const portal of portals) expect(portal.examples.length, portal.id).toBeGreaterThanOrEqual(2);
  });

  test('a retired portal names its closing date and a source', () => {
    for (const portal of portals) {
      if (portal.status.state !== 'retired') continue;
      expect(portal.status.since).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(Number.isNaN(Date.parse(portal.status.since))).toBe(false);
      expect(new URL(portal.status.source).protocol).toBe('https:');
    }
  });

  test('every cloud has at least one sign-in portal and a label', () => {
    for (const cloud of Object.keys(cloudBadges) as (keyof typeof cloudBadges)[]) {
      expect(
        portals.some((portal) => portal.cloud === cloud && portal.role === 'sign-in'),
        cloud,
      ).toBe(true);
      expect(cloudName(cloud, english)).not.toBe(`cloud.${cloud}`);
    }
  });

  test('every portal has a name and an audience in the locale files', () => {
    for (const portal of portals) {
      expect(portalName(portal, english), portal.id).not.toMatch(/^portal\./);
      expect(portalAudience(portal, english), portal.id).not.toMatch(/^portal\./);
    }
  });

  test('the manifest match patterns are exactly the sign-in hosts, https only', () => {
    expect(signInMatchPatterns).toEqual(signInHosts.map((host) => `https://${host}/*`));
    const entryHosts = portals.filter((portal) => portal.role === 'entry').flatMap((portal) => portal.hosts);
    for (const host of entryHosts) expect(signInHosts).not.toContain(host);
  });
});
