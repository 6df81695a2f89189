import { browser } from 'wxt/browser';
import type { StepId } from '@/utils/steps/types';

/** Steps after which a password has been set: leaving one of them for another step means the change went through. */
const changingSteps: ReadonlySet<StepId> = new Set(['password-change', 'reset-new-password']);
/** Steps that do not mean the change went through: the same form again, or an error. */
const notYetChanged: ReadonlySet<StepId> = new Set([...changingSteps, 'error', 'locked']);

const keyOf = (tabId: number) => `step:${tabId}`;

/**
 * Note the step a tab's page shows, and say whether the tab just left a password change for a step that means it
 * went through (the page after it). Kept in session storage, in memory only, gone when the browser closes.
 */
export async function noteStep(tabId: number, step: StepId): Promise<{ justChangedPassword: boolean }> {
  const key = keyOf(tabId);
  try {
    const previous = (await browser.storage.session.get(key))[key] as StepId | undefined;
    if (previous !== step) await browser.storage.session.set({ [key]: step });
    return { justChangedPassword: previous !== undefined && changingSteps.has(previous) && !notYetChanged.has(step) };
  } catch {
    return { justChangedPassword: false };
  }
}

/** Forget a tab's step when the tab closes. */
export function forgetClosedTabs(): void {
  browser.tabs.onRemoved.addListener((tabId) => void browser.storage.session.remove(keyOf(tabId)).catch(() => undefined));
}
