import { browser } from 'wxt/browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';

/** Where, in our script world (which pages cannot see), the running copy of a content script leaves its context. */
const runningKey = Symbol.for('sign-in-assistant.running');
type RunningCopies = Record<string, ContentScriptContext | undefined>;

/** WXT's "a newer copy of this script started" event name (a private static of its context, read as WXT builds it). */
export function scriptStartedEvent(): string {
  return (ContentScriptContext as unknown as { SCRIPT_STARTED_MESSAGE_TYPE: string }).SCRIPT_STARTED_MESSAGE_TYPE;
}

/**
 * Let only a real newer copy of this script stop `ctx`. WXT's context stops itself on the DOM event
 * `<extension id>:<script>:wxt:content-script-started` (node_modules/wxt/dist/utils/content-script-context.mjs,
 * `listenForNewerScripts`), which any script on the page can dispatch: a store extension's id is public. So the
 * event is stopped, before it reaches the context's listener on `document`, while this copy's extension is still
 * there (a forged one, then); after an update or reload the old copy's extension is gone, and the new copy's event
 * goes through as WXT intends. A second copy started in this same world by our own extension (WXT's development
 * reloads) stops the first through the world's global, which no page can reach.
 */
export function keepLifetimeOurs(ctx: ContentScriptContext, window: Window): void {
  const type = scriptStartedEvent();
  const stopForged = (event: Event) => {
    if (browser.runtime?.id) event.stopImmediatePropagation(); // our extension is here: no newer copy sent this
  };
  window.addEventListener(type, stopForged, { capture: true });
  ctx.onInvalidated(() => window.removeEventListener(type, stopForged, { capture: true }));
  const world = globalThis as unknown as { [runningKey]?: RunningCopies };
  world[runningKey] ??= {};
  const running = world[runningKey];
  const older = running[type];
  running[type] = ctx;
  if (older && older !== ctx && !older.signal.aborted) older.abort('a newer copy of this script started');
}
