import { browser } from 'wxt/browser';
import { isPageState, type PageState, type PageStateRequest } from '@/utils/messages';

/**
 * Ask the active tab's content script what it sees. `null` when the tab is not a Microsoft sign-in page
 * (no content script answers there); needs no `tabs` permission, since the tab's URL is never read.
 */
export async function askActiveTab(): Promise<PageState | null> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return null;
  const request: PageStateRequest = { type: 'page-state' };
  try {
    const answer: unknown = await browser.tabs.sendMessage(tab.id, request);
    return isPageState(answer) ? answer : null;
  } catch {
    return null;
  }
}
