/**
 * The PIN's cryptography (WebCrypto only, so it runs the same in the browser and in Node's tests).
 *
 * PIN + random salt → PBKDF2-SHA-256 (PIN_ITERATIONS) → 256 master bits, from which HKDF-SHA-256
 * derives two independent values: the verifier stored in the registry, and a non-extractable
 * AES-GCM key that seals the profile's refresh token. Knowing the verifier reveals nothing about
 * the key (HKDF outputs under different `info` are independent), and neither the PIN nor the
 * plaintext token is ever stored.
 *
 * Limit, stated plainly: a 4–6 digit PIN has at most 10^6 values, so someone who copies the
 * registry off the device can brute-force it offline; the iteration count makes that slow, not
 * impossible. What protects the account then is server-side: the refresh token rotates on every
 * use and a reused token revokes its whole family. The local rate limit (profiles.ts) guards
 * against a sibling guessing in the app.
 */

/** OWASP's 2023 figure for PBKDF2-HMAC-SHA-256. Stored with each record, so it can be raised later. */
export const PIN_ITERATIONS = 310_000;
const SALT_BYTES = 16;
const IV_BYTES = 12;
const PIN_PATTERN = /^\d{4,6}$/;

export interface PinRecord {
  /** base64 */
  salt: string;
  iterations: number;
  /** base64 of HKDF(master, "cr/pin-verifier"), 32 bytes. */
  verifier: string;
}

export interface SealedToken {
  /** base64, 12 bytes, fresh for every seal. */
  iv: string;
  /** base64 AES-GCM ciphertext with its tag. */
  ciphertext: string;
}

export function isValidPin(pin: string): boolean {
  return PIN_PATTERN.test(pin);
}

/** A new PIN: its record for the registry and the key that seals the refresh token. */
export async function createPin(pin: string, iterations = PIN_ITERATIONS): Promise<{ record: PinRecord; key: CryptoKey }> {
  if (!isValidPin(pin)) throw new Error('a PIN is 4 to 6 digits');
  const salt = crypto.getRandomValues(new Uint8Array(SALT_BYTES));
  const { verifier, key } = await derive(pin, salt, iterations);
  return { record: { salt: toBase64(salt), iterations, verifier: toBase64(verifier) }, key };
}

/** The sealing key when `pin` matches the record, else null. */
export async function openPin(pin: string, record: PinRecord): Promise<CryptoKey | null> {
  if (!isValidPin(pin)) return null;
  const { verifier, key } = await derive(pin, fromBase64(record.salt), record.iterations);
  return equalBytes(verifier, fromBase64(record.verifier)) ? key : null;
}

export async function sealToken(key: CryptoKey, token: string): Promise<SealedToken> {
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const ciphertext = await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, new TextEncoder().encode(token));
  return { iv: toBase64(iv), ciphertext: toBase64(new Uint8Array(ciphertext)) };
}

/** Throws when the key is not the one that sealed it (the PIN changed) or the data was altered. */
export async function openToken(key: CryptoKey, sealed: SealedToken): Promise<string> {
  const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: fromBase64(sealed.iv) }, key, fromBase64(sealed.ciphertext));
  return new TextDecoder().decode(plain);
}

async function derive(pin: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<{ verifier: Uint8Array; key: CryptoKey }> {
  const material = await crypto.subtle.importKey('raw', new TextEncoder().encode(pin), 'PBKDF2', false, ['deriveBits']);
  const master = await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, material, 256);
  const hkdf = await crypto.subtle.importKey('raw', master, 'HKDF', false, ['deriveBits', 'deriveKey']);
  const empty = new Uint8Array(0);
  const verifier = new Uint8Array(
    await crypto.subtle.deriveBits({ name: 'HKDF', hash: 'SHA-256', salt: empty, info: new TextEncoder().encode('cr/pin-verifier') }, hkdf, 256),
  );
  const key = await crypto.subtle.deriveKey(
    { name: 'HKDF', hash: 'SHA-256', salt: empty, info: new TextEncoder().encode('cr/refresh-token-key') },
    hkdf,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
  return { verifier, key };
}

/** Compares every byte, so the time taken does not depend on where the first difference is. */
function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i += 1) diff |= a[i]! ^ b[i]!;
  return diff === 0;
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
