import { randomUUID } from 'node:crypto';
import type Keyv from 'keyv';
import { openKeyvBackend, type OpenedStore, storeOn } from '../../src/subscriptions/open-store';

export interface RecordedStore extends OpenedStore {
  /** The raw Keyv under `subscriptions`, to inspect keys and count reads. */
  subscriptionsKeyv: Keyv;
  /** Clears both namespaces, then closes. */
  destroy(): Promise<void>;
}

export function uniquePrefix(): string {
  return `test-${process.pid}-${randomUUID().slice(0, 8)}-`;
}

/** openStore, keeping a handle on each namespace's Keyv. */
export async function openRecorded(url: string, namespacePrefix: string): Promise<RecordedStore> {
  const backend = await openKeyvBackend(url, { namespacePrefix });
  const namespaces = new Map<string, Keyv>();
  const opened = await storeOn({
    namespace(name) {
      const keyv = backend.namespace(name);
      namespaces.set(name, keyv);
      return keyv;
    },
    close: backend.close,
  });
  const subscriptionsKeyv = namespaces.get('subscriptions');
  if (!subscriptionsKeyv) throw new Error('storeOn did not open the subscriptions namespace');
  return {
    ...opened,
    subscriptionsKeyv,
    async destroy() {
      await Promise.all([subscriptionsKeyv.clear(), opened.kv.clear()]);
      await opened.close();
    },
  };
}
