import { describe, expect, test } from 'vitest';
import { adminCenters, adminTopics, entraAdminCenters, type AdminCenter } from '@/utils/admin';
import { clouds } from '@/utils/portals/clouds';

const kebab = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const camel = /^[a-z][a-zA-Z0-9]*$/;
const microsoftHost =
  /(^|\.)(microsoft|office|office365|microsoftonline)\.(com|us)$|(^|\.)apps\.mil$|(^|\.)cloud\.microsoft$|(^|\.)microsoftonline\.cn$/;
const sourceHost = /^(learn\.microsoft\.com|support\.microsoft\.com)$/;

const centerLists = { adminCenters, entraAdminCenters };
const allCenters = Object.values(centerLists).flatMap((perCloud) => clouds.flatMap((cloud) => perCloud[cloud]));
const allTopicLinks = adminTopics.flatMap((topic) => topic.links.map((link) => ({ topic: topic.id, ...link })));

/** A message key part as AdminCorner builds it from a kebab-case id. */
const camelOf = (id: string) => id.replace(/-([a-z0-9])/g, (_match, letter: string) => letter.toUpperCase());

describe('admin centers', () => {
  test('every cloud has at least one Microsoft 365 admin center and one Microsoft Entra admin center', () => {
    for (const cloud of clouds) {
      expect(adminCenters[cloud].length, cloud).toBeGreaterThan(0);
      expect(entraAdminCenters[cloud].length, cloud).toBeGreaterThan(0);
    }
  });

  test('Germany has no admin center of its own: its admins use the worldwide ones', () => {
    expect(adminCenters.germany).toEqual(adminCenters.global);
    expect(entraAdminCenters.germany).toEqual(entraAdminCenters.global);
  });

  test('US Government lists GCC, GCC High and DoD, and GCC shares the worldwide address', () => {
    expect(adminCenters.usgov.map((center) => center.id)).toEqual(['gcc', 'gcc-high', 'dod']);
    expect(adminCenters.usgov[0]?.url).toBe(adminCenters.global[0]?.url);
    expect(new URL(adminCenters.usgov[1]!.url).hostname).toBe('portal.office365.us');
    expect(new URL(adminCenters.usgov[2]!.url).hostname).toBe('portal.apps.mil');
  });

  test('each cloud keeps its admins inside it: .us for US Government, .cn for 21Vianet', () => {
    const hosts = (centers: readonly AdminCenter[]) => centers.map((center) => new URL(center.url).hostname);
    expect(hosts(adminCenters.china)).toEqual(['portal.partner.microsoftonline.cn']);
    expect(hosts(entraAdminCenters.china)).toEqual(['entra.microsoftonline.cn']);
    expect(hosts(entraAdminCenters.usgov)).toContain('entra.microsoft.us');
  });

  test('ids are kebab-case, and one id always names one address (it is also the label key)', () => {
    const urlById = new Map<string, string>();
    for (const center of allCenters) {
      expect(center.id).toMatch(kebab);
      expect(camelOf(center.id)).toMatch(camel);
      expect(urlById.get(center.id) ?? center.url, center.id).toBe(center.url);
      urlById.set(center.id, center.url);
    }
    for (const cloud of clouds) {
      const ids = [...adminCenters[cloud], ...entraAdminCenters[cloud]].map((center) => center.id);
      expect(new Set(ids).size, cloud).toBe(ids.length);
    }
  });

  test('every address is https on a Microsoft host, and every source a Microsoft Learn or Support page', () => {
    for (const center of allCenters) {
      const url = new URL(center.url);
      const source = new URL(center.source);
      expect(url.protocol, center.id).toBe('https:');
      expect(url.hostname, center.id).toMatch(microsoftHost);
      expect(source.protocol, center.id).toBe('https:');
      expect(source.hostname, center.id).toMatch(sourceHost);
    }
  });
});

describe('admin topics', () => {
  test('the six topics come in the order an admin needs them', () => {
    expect(adminTopics.map((topic) => topic.id)).toEqual([
      'reset-password',
      'bulk-reset',
      'share-credentials',
      'password-expiration',
      'unblock-admin',
      'least-privilege',
    ]);
  });

  test('topic ids are unique and kebab-case; each topic has at least one link', () => {
    const ids = adminTopics.map((topic) => topic.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const topic of adminTopics) {
      expect(topic.id).toMatch(kebab);
      expect(camelOf(topic.id)).toMatch(camel);
      expect(topic.links.length, topic.id).toBeGreaterThan(0);
    }
  });

  test('link ids are camelCase label keys, unique within a topic, and one id always means one address', () => {
    const urlById = new Map<string, string>();
    for (const topic of adminTopics) {
      const ids = topic.links.map((link) => link.id);
      expect(new Set(ids).size, topic.id).toBe(ids.length);
    }
    for (const link of allTopicLinks) {
      expect(link.id, link.topic).toMatch(camel);
      expect(urlById.get(link.id) ?? link.url, link.id).toBe(link.url);
      urlById.set(link.id, link.url);
    }
  });

  test('every link and source is https on learn.microsoft.com or support.microsoft.com, in English', () => {
    for (const link of allTopicLinks) {
      for (const address of [link.url, link.source]) {
        const url = new URL(address);
        expect(url.protocol, `${link.topic} ${link.id}`).toBe('https:');
        expect(url.hostname, `${link.topic} ${link.id}`).toMatch(sourceHost);
        if (url.hostname === 'learn.microsoft.com') expect(url.pathname, link.id).toMatch(/^\/en-us\//);
      }
    }
  });
});
