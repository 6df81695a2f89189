import { browser } from 'wxt/browser';
import { emptyPolicy, parsePolicy, type OrgPolicy } from '../policy';

/** The organization's policy from managed storage (Chrome/Edge enterprise policy), with notes on ignored values. */
export async function readPolicy(): Promise<{ policy: OrgPolicy; problems: string[] }> {
  try {
    return parsePolicy(await browser.storage.managed.get());
  } catch {
    return { policy: emptyPolicy, problems: [] }; // no managed storage on this browser or profile
  }
}
