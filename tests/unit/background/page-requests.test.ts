import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { answerPage, portalOfSender, type Sender } from '@/background/page-requests';
import type { PortalAnswer } from '@/utils/messages';

/** A sender as the browser reports a content script in a tab's top frame. */
const topFrameOf = (origin: string): Sender => ({ id: fakeBrowser.runtime.id, origin, frameId: 0, tab: { id: 7 } as Sender['tab'] });

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en-US');
});

describe('the service worker goes by the sender the browser reports, never by what a page says', () => {
  test('a page on the 21Vianet host is the China portal', async () => {
    expect((await portalOfSender(topFrameOf('https://login.partner.microsoftonline.cn')))?.id).toBe('china-21vianet');
  });

  test('a content script that claims another origin still gets its own portal', async () => {
    const message = { type: 'portal', origin: 'https://login.partner.microsoftonline.cn', reading: { step: 'account' } };
    const answer = (await answerPage(message, topFrameOf('https://login.microsoftonline.com'))) as PortalAnswer;
    expect(answer.portal.id).toBe('global-work');
    expect(answer.portal.cloud).toBe('global');
  });

  test('frames, other extensions, pages outside tabs and unknown hosts get nothing', async () => {
    const sender = topFrameOf('https://login.microsoftonline.com');
    expect(await portalOfSender({ ...sender, frameId: 3 })).toBeUndefined();
    expect(await portalOfSender({ ...sender, id: 'another-extension' })).toBeUndefined();
    expect(await portalOfSender({ id: sender.id, origin: sender.origin, frameId: 0 })).toBeUndefined();
    expect(await portalOfSender(topFrameOf('https://login.microsoftonline.com.evil.example'))).toBeUndefined();
    expect(await answerPage({ type: 'help', reading: { step: 'password' } }, topFrameOf('https://news.example'))).toBeNull();
  });

  test('without a reported origin the sender’s URL counts; garbage counts as nothing', async () => {
    const { origin: _origin, ...withoutOrigin } = topFrameOf('x');
    expect((await portalOfSender({ ...withoutOrigin, url: 'https://login.live.com/login.srf' }))?.id).toBe('personal-msa');
    expect(await portalOfSender({ ...withoutOrigin, url: 'not a url' })).toBeUndefined();
  });

  test('messages that are not a page’s questions are left to other listeners', async () => {
    expect(await answerPage({ type: 'page-state' }, topFrameOf('https://login.microsoftonline.com'))).toBeUndefined();
    expect(await answerPage('portal', topFrameOf('https://login.microsoftonline.com'))).toBeUndefined();
  });
});
