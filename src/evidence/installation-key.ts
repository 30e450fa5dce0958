// WRITER: imported by the service worker only (it writes the key and the signature cache to the store).
// The installation's signing key: ECDSA P-256 made once with WebCrypto, private key non-extractable, kept in
// IndexedDB as a CryptoKey (structured clone keeps it unexportable). Signatures are cached by the SHA-256 of what
// they sign, so re-exporting the same case gives a byte-identical bundle (signing.ts memoizingSigner).
import type { BundleSigner } from './bundle/types';
import { createInstallationKey, keyFingerprint, memoizingSigner, type InstallationKey } from './signing';
import { getMeta, setMeta } from './store';
import { toHex } from './hash';

const KEY = 'installation-key';

export async function installationKey(): Promise<InstallationKey> {
  const existing = await getMeta<InstallationKey>(KEY);
  if (existing) return existing;
  const created = await createInstallationKey();
  await setMeta(KEY, created);
  // Two calls creating a key at once: keep whichever was stored last and use that one from now on.
  return (await getMeta<InstallationKey>(KEY)) ?? created;
}

export async function installationSigner(): Promise<BundleSigner> {
  return memoizingSigner(await installationKey(), {
    get: (k) => getMeta<Uint8Array>(`sig:${k}`),
    set: (k, sig) => setMeta(`sig:${k}`, sig),
  });
}

export async function installationFingerprint(): Promise<{ fingerprint: string; spkiHex: string; spki: Uint8Array }> {
  const key = await installationKey();
  return { fingerprint: await keyFingerprint(key.publicKeySpki), spkiHex: toHex(key.publicKeySpki), spki: key.publicKeySpki };
}
