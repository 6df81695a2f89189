import { browser } from 'wxt/browser';

/** A typed value in `browser.storage.local` with a fallback, readable, writable and watchable. */
export interface LocalItem<T> {
  /** The storage key. */
  readonly key: string;
  /** A stored value checked, or the fallback for nothing or something of the wrong shape. */
  fromStored(value: unknown): T;
  /** The stored value, or the fallback when nothing (or something of the wrong shape) is stored. */
  getValue(): Promise<T>;
  /** Store a new value. */
  setValue(value: T): Promise<void>;
  /** Call back on every change from any part of the extension; returns the function that stops watching. */
  watch(onChange: (value: T) => void): () => void;
}

/**
 * Define a local storage item. Hand-written rather than `@wxt-dev/storage`: the content script needs only
 * these three calls, and the library (with its migrations and locks) added about 4 KB gzip to every page.
 */
export function defineLocalItem<T>(key: string, fallback: T, isValid: (value: unknown) => value is T): LocalItem<T> {
  const read = (value: unknown): T => (isValid(value) ? value : fallback);
  return {
    key,
    fromStored: read,
    getValue: async () => read((await browser.storage.local.get(key))[key]),
    setValue: (value) => browser.storage.local.set({ [key]: value }),
    watch(onChange) {
      const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
        if (area === 'local' && key in changes) onChange(read(changes[key]!.newValue));
      };
      browser.storage.onChanged.addListener(listener);
      return () => browser.storage.onChanged.removeListener(listener);
    },
  };
}

/** Several items in one storage read (each read costs a round trip to the browser process). */
export async function getValues<T extends readonly LocalItem<unknown>[]>(
  ...items: T
): Promise<{ [K in keyof T]: T[K] extends LocalItem<infer V> ? V : never }> {
  const stored = await browser.storage.local.get(items.map((item) => item.key));
  return items.map((item) => item.fromStored(stored[item.key])) as { [K in keyof T]: T[K] extends LocalItem<infer V> ? V : never };
}

/** Follow several items with one storage listener; `onChange` gets all their values after any of them changes. */
export function watchValues<T extends readonly LocalItem<unknown>[]>(
  items: T,
  onChange: (values: { [K in keyof T]: T[K] extends LocalItem<infer V> ? V : never }) => void,
): () => void {
  const keys = items.map((item) => item.key);
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && keys.some((key) => key in changes)) void getValues(...items).then(onChange);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
