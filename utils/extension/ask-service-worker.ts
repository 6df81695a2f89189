import { browser } from 'wxt/browser';

/**
 * Send a message to the service worker and return its answer if `isAnswer` accepts it; `undefined` when there
 * is no answer, the message fails, or the answer is malformed. Never throws.
 */
export async function askServiceWorker<T>(message: object, isAnswer: (value: unknown) => value is T): Promise<T | undefined> {
  try {
    const answer: unknown = await browser.runtime.sendMessage(message);
    return isAnswer(answer) ? answer : undefined;
  } catch {
    return undefined;
  }
}
