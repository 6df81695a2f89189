import { useEffect, useState } from 'preact/hooks';
import type { LocalItem } from '@/platform/local-item';

/** A stored item's value, kept current as it changes anywhere in the extension; `undefined` until first read. */
export function useStored<T>(item: LocalItem<T>): T | undefined {
  const [value, setValue] = useState<T | undefined>(undefined);
  useEffect(() => {
    void item.getValue().then(setValue);
    return item.watch(setValue);
  }, [item]);
  return value;
}
