/**
 * The trainer's signing key in this browser's IndexedDB. The private key is a
 * non-extractable CryptoKey: it can sign here, and no script can read it out
 * (the password-protected backup, made when the key is created, is the only
 * copy that leaves the browser).
 */
export interface StoredKey {
  readonly name: string;
  readonly publicKey: string;
  readonly privateKey: CryptoKey;
}

const DB = 'moments-of-truth-signing';
const STORE = 'keys';
const ID = 'current';

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB is not available'));
  });
}

async function run<T>(mode: IDBTransactionMode, action: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await open();
  try {
    return await new Promise<T>((resolve, reject) => {
      const request = action(db.transaction(STORE, mode).objectStore(STORE));
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('IndexedDB failed'));
    });
  } finally {
    db.close();
  }
}

export const loadKey = () => run<StoredKey | undefined>('readonly', (store) => store.get(ID) as IDBRequest<StoredKey | undefined>);
export const saveKey = (key: StoredKey) => run('readwrite', (store) => store.put(key, ID));
export const forgetKey = () => run('readwrite', (store) => store.delete(ID));
