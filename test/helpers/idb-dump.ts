// A JSON dump of an IndexedDB database and its reverse, to keep a store written by one version of the extension as
// a fixture and open it with the next (fake-indexeddb in Node). Bytes are kept as { $bytes: base64 }.
import { openDB } from 'idb';

export interface StoreDump {
  keyPath: string | string[] | null;
  indexes: { name: string; keyPath: string | string[] }[];
  /** [key, value] pairs; the key is given only for stores without a keyPath. */
  records: [unknown, unknown][];
}

export interface DbDump {
  name: string;
  version: number;
  note?: string;
  stores: Record<string, StoreDump>;
}

const b64 = (b: Uint8Array) => Buffer.from(b).toString('base64');

function encode(v: unknown): unknown {
  if (v instanceof Uint8Array) return { $bytes: b64(v) };
  if (Array.isArray(v)) return v.map(encode);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, encode(x)]));
  return v;
}

function decode(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(decode);
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (typeof o.$bytes === 'string' && Object.keys(o).length === 1) return new Uint8Array(Buffer.from(o.$bytes, 'base64'));
    return Object.fromEntries(Object.entries(o).map(([k, x]) => [k, decode(x)]));
  }
  return v;
}

export async function dumpDb(name: string): Promise<DbDump> {
  const d = await openDB(name);
  const stores: Record<string, StoreDump> = {};
  for (const s of [...d.objectStoreNames].sort()) {
    const tx = d.transaction(s, 'readonly');
    const os = tx.objectStore(s);
    const keys = await os.getAllKeys();
    const values = await os.getAll();
    stores[s] = {
      keyPath: os.keyPath,
      indexes: [...os.indexNames].map((n) => ({ name: n, keyPath: os.index(n).keyPath })),
      records: values.map((v, i) => [os.keyPath === null ? encode(keys[i]) : null, encode(v)]),
    };
    await tx.done;
  }
  const dump = { name, version: d.version, stores };
  d.close();
  return dump;
}

/** Creates the database exactly as dumped (same version, stores, indexes and records). */
export async function loadDump(dump: DbDump): Promise<void> {
  const d = await openDB(dump.name, dump.version, {
    upgrade(db) {
      for (const [s, def] of Object.entries(dump.stores)) {
        const os = db.createObjectStore(s, def.keyPath === null ? {} : { keyPath: def.keyPath });
        for (const ix of def.indexes) os.createIndex(ix.name, ix.keyPath);
      }
    },
  });
  for (const [s, def] of Object.entries(dump.stores)) {
    const tx = d.transaction(s, 'readwrite');
    for (const [k, v] of def.records) {
      if (def.keyPath === null) await tx.store.put(decode(v), decode(k) as IDBValidKey);
      else await tx.store.put(decode(v));
    }
    await tx.done;
  }
  d.close();
}
