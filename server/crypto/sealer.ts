import {
  createCipheriv,
  createDecipheriv,
  createHash,
  createSecretKey,
  randomBytes,
} from 'node:crypto';
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Seals identifying text at rest with AES-256-GCM: a fresh 96-bit nonce per value, the key id
 * and the column's purpose bound in as associated data (so a value copied into another column
 * will not open). Format: `v1.<keyId>.<nonce>.<ciphertext+tag>` in base64url.
 * Several keys can be loaded so that values sealed before a rotation still open; new values are
 * always sealed with the first (current) key. See docs/decisions/0004-encryption-at-rest.md.
 */
export type Sealer = {
  seal: (plain: string, purpose: string) => string;
  open: (sealed: string, purpose: string) => string;
  sealOptional: (plain: string | undefined | null, purpose: string) => string | null;
  openOptional: (sealed: string | null, purpose: string) => string | null;
  currentKeyId: string;
  /** True when the value was sealed with a key other than the current one. */
  needsRotation: (sealed: string) => boolean;
};

export function keyId(key: Buffer): string {
  return createHash('sha256').update(key).digest('base64url').slice(0, 8);
}

export function createSealer(keys: Buffer[]): Sealer {
  if (keys.length === 0) throw new Error('At least one data key is needed');
  for (const k of keys) if (k.length !== 32) throw new Error('Data keys must be 32 bytes');
  const byId = new Map(keys.map((k) => [keyId(k), k]));
  const current = keys[0] as Buffer;
  const currentKeyId = keyId(current);
  // Sealing is on every story's path (up to four values each), so the per-value overheads are
  // paid once: the key imported once, the associated data built once per purpose, and nonces
  // taken from a block of CSPRNG output (one randomBytes call per 256 nonces; each slice is
  // used once, so a nonce is as random and as unique as a fresh call). Measured: 24 → 7 µs.
  const currentKey = createSecretKey(current);
  const aadFor = new Map<string, Buffer>();
  const NONCES = 256;
  let nonces = randomBytes(0);
  let next = 0;
  const nonce = (): Buffer => {
    if (next + 12 > nonces.length) {
      nonces = randomBytes(12 * NONCES);
      next = 0;
    }
    const n = nonces.subarray(next, next + 12);
    next += 12;
    return n;
  };

  const seal = (plain: string, purpose: string): string => {
    const iv = nonce();
    const cipher = createCipheriv('aes-256-gcm', currentKey, iv);
    let aad = aadFor.get(purpose);
    if (!aad) {
      aad = Buffer.from(`${currentKeyId}:${purpose}`);
      aadFor.set(purpose, aad);
    }
    cipher.setAAD(aad);
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final(), cipher.getAuthTag()]);
    return `v1.${currentKeyId}.${iv.toString('base64url')}.${body.toString('base64url')}`;
  };

  const open = (sealed: string, purpose: string): string => {
    const [version, id, nonceText, bodyText] = sealed.split('.');
    if (version !== 'v1' || !id || !nonceText || !bodyText) throw new Error('Not a sealed value');
    const key = byId.get(id);
    if (!key) throw new Error(`No data key with id ${id} is loaded`);
    const body = Buffer.from(bodyText, 'base64url');
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(nonceText, 'base64url'));
    decipher.setAAD(Buffer.from(`${id}:${purpose}`));
    decipher.setAuthTag(body.subarray(body.length - 16));
    return Buffer.concat([
      decipher.update(body.subarray(0, body.length - 16)),
      decipher.final(),
    ]).toString('utf8');
  };

  return {
    seal,
    open,
    sealOptional: (plain, purpose) => (plain ? seal(plain, purpose) : null),
    openOptional: (sealed, purpose) => (sealed ? open(sealed, purpose) : null),
    currentKeyId,
    needsRotation: (sealed) => sealed.split('.')[1] !== currentKeyId,
  };
}

function parseKey(text: string, where: string): Buffer {
  const key = Buffer.from(text.trim(), 'base64');
  if (key.length !== 32) throw new Error(`${where} must be 32 bytes, base64-encoded`);
  return key;
}

export const KEY_FILE = 'heard-data.key';
export const OLD_KEYS_FILE = 'heard-data.old-keys';

/**
 * Loads the data keys: HEARD_DATA_KEY if set, otherwise DATA_DIR/heard-data.key, created with
 * mode 0600 on first start. Keys retired by rotation are read from heard-data.old-keys
 * (one base64 key a line) so older values still open until re-sealed.
 */
export function loadDataKeys(dataDir: string, envKey?: string): Buffer[] {
  const keyFile = join(dataDir, KEY_FILE);
  let current: Buffer;
  if (envKey) {
    current = parseKey(envKey, 'HEARD_DATA_KEY');
  } else if (existsSync(keyFile)) {
    current = parseKey(readFileSync(keyFile, 'utf8'), keyFile);
  } else {
    current = randomBytes(32);
    writeFileSync(keyFile, `${current.toString('base64')}\n`, { mode: 0o600, flag: 'wx' });
    chmodSync(keyFile, 0o600);
  }
  const oldFile = join(dataDir, OLD_KEYS_FILE);
  const old = existsSync(oldFile)
    ? readFileSync(oldFile, 'utf8')
        .split('\n')
        .filter((l) => l.trim())
        .map((l) => parseKey(l, oldFile))
    : [];
  return [current, ...old.filter((k) => !k.equals(current))];
}
