// What the demo shows: its start page, a sign-in page per portal, the walkthrough and the warnings; and which
// screenshots its screenshot mode makes of them. The start page (tests/fixtures/demo/start.html) links these URLs.
import { join } from 'node:path';
import { demoHost } from '../tests/e2e/harness/hosts';
import { signInPortals } from '@/utils/portals';

/** The demo's start page, on a host of our own. */
export const startUrl = `https://${demoHost}/`;

/** A viewport in CSS pixels. */
export interface Viewport {
  width: number;
  height: number;
}

/** Store screenshots and the demo's own: 1280×800. */
export const desktop: Viewport = { width: 1280, height: 800 };

/** A phone held upright. */
export const phone: Viewport = { width: 390, height: 844 };

/** One page of the demo, and what the extension must show there before it is photographed. */
export interface Scene {
  /** File name without `-chip.png` / `-card.png`, under .output/demo/. */
  name: string;
  url: string;
  /** The `data-step` the panel must say. */
  step: string;
  /** The `data-warning` to wait for; the card then opens by itself. */
  warning?: string;
  /** Typed into the account field, then Tab, as a person would (the wrong-cloud and personal-address demos). */
  type?: string;
  /** Also photograph the collapsed chip (not where the card opens by itself). */
  chip?: boolean;
  /** Photograph the opened card (default true). */
  card?: boolean;
  viewport?: Viewport;
}

/** A walkthrough step: reached from the one before by filling its field and pressing its `[data-demo-next]`. */
export interface WalkthroughScene extends Scene {
  fill?: { field: string; value: string };
}

const portalUrls: Record<string, string> = {
  'global-work': 'https://login.microsoftonline.com/common/oauth2/v2.0/authorize',
  'personal-msa': 'https://login.live.com/login.srf',
  usgov: 'https://login.microsoftonline.us/common/oauth2/v2.0/authorize',
  'china-21vianet': 'https://login.partner.microsoftonline.cn/common/oauth2/v2.0/authorize',
  'germany-retired': 'https://login.microsoftonline.de/common/oauth2/authorize',
};

/** A sign-in page for every sign-in portal of the catalog; the closed Germany portal opens its card by itself. */
export const portalScenes: readonly (Scene & { portalId: string })[] = signInPortals.map((portal) => {
  const retired = portal.status.state === 'retired';
  return {
    portalId: portal.id,
    name: portal.id,
    url: portalUrls[portal.id] ?? portal.examples[0]!,
    step: 'account',
    chip: !retired,
    ...(retired ? { warning: 'germany-retired' } : {}),
  };
});

const login = 'https://login.microsoftonline.com/demo';

/** The steps of one worldwide sign-in, in order, each page leading to the next. */
export const walkthrough: readonly WalkthroughScene[] = [
  { name: 'walkthrough-1-account', url: `${login}/account`, step: 'account', fill: { field: '#i0116', value: 'someone@contoso.com' } },
  { name: 'walkthrough-2-password', url: `${login}/password`, step: 'password', fill: { field: '#i0118', value: 'not checked' } },
  {
    name: 'walkthrough-3-verification',
    url: `${login}/verification`,
    step: 'verification',
    fill: { field: '#idTxtBx_SAOTCC_OTC', value: '123456' },
  },
  { name: 'walkthrough-4-error', url: `${login}/error`, step: 'error' },
  { name: 'walkthrough-5-stay-signed-in', url: `${login}/stay-signed-in`, step: 'stay-signed-in' },
];

/** Someone in the wrong place: the closed Germany portal, an organization of another cloud, a personal address. */
export const warningScenes: readonly Scene[] = [
  { name: 'warning-germany', url: 'https://login.microsoftonline.de/demo/password', step: 'password', warning: 'germany-retired' },
  { name: 'warning-wrong-cloud', url: `${login}/wrong-cloud`, step: 'account', type: 'someone@contoso-cn.cn', warning: 'wrong-cloud' },
  {
    name: 'warning-personal-address',
    url: `${login}/personal-address`,
    step: 'account',
    type: 'someone@outlook.com',
    warning: 'personal-account',
  },
];

/** The chip on a phone, on the work and the personal page. */
export const phoneScenes: readonly Scene[] = [
  { name: 'global-work-phone', url: portalUrls['global-work']!, step: 'account', chip: true, card: false, viewport: phone },
  { name: 'personal-msa-phone', url: portalUrls['personal-msa']!, step: 'account', chip: true, card: false, viewport: phone },
];

/** Every scene the screenshot mode photographs, in order. */
export const allScenes: readonly Scene[] = [...portalScenes, ...walkthrough, ...warningScenes, ...phoneScenes];

/** Where the screenshot mode writes: its own pictures, the store images, and (with `--readme`) the README's. */
export const outputDirs = (root: string) => ({
  demo: join(root, '.output', 'demo'),
  store: join(root, '.output', 'store'),
  readme: join(root, 'docs', 'images'),
});

/** A PNG the screenshot mode must write, with its size in pixels. */
export interface ExpectedImage {
  path: string;
  width: number;
  height: number;
}

/** Every PNG `node demo/run.ts --screenshots` writes (without `--readme`), with its size. */
export function expectedImages(root: string): ExpectedImage[] {
  const dirs = outputDirs(root);
  const images: ExpectedImage[] = [{ path: join(dirs.demo, 'start-page.png'), ...desktop }];
  for (const scene of allScenes) {
    const size = scene.viewport ?? desktop;
    if (scene.chip) images.push({ path: join(dirs.demo, `${scene.name}-chip.png`), ...size });
    if (scene.card !== false) images.push({ path: join(dirs.demo, `${scene.name}-card.png`), ...size });
  }
  for (const scene of portalScenes) {
    images.push({ path: join(dirs.store, 'screenshots', `${scene.portalId}-panel.png`), ...desktop });
    images.push({ path: join(dirs.store, 'screenshots', `${scene.portalId}-popup.png`), ...desktop });
  }
  images.push({ path: join(dirs.store, 'logo-300.png'), width: 300, height: 300 });
  images.push({ path: join(dirs.store, 'promo-440x280.png'), width: 440, height: 280 });
  return images;
}
