import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { exportJWK, exportPKCS8, generateKeyPair, importPKCS8, calculateJwkThumbprint, type JWK, type CryptoKey } from 'jose';

export interface SigningKeys {
  kid: string;
  privateKey: CryptoKey;
  /** Public keys served at /.well-known/jwks.json. */
  jwks: { keys: JWK[] };
}

async function fromPem(pem: string): Promise<SigningKeys> {
  const privateKey = await importPKCS8(pem, 'RS256', { extractable: true });
  const full = await exportJWK(privateKey);
  const publicJwk: JWK = { kty: full.kty, n: full.n, e: full.e };
  const kid = await calculateJwkThumbprint(publicJwk);
  return { kid, privateKey, jwks: { keys: [{ ...publicJwk, kid, alg: 'RS256', use: 'sig' }] } };
}

/**
 * The RS256 signing key: from `pem` when configured, else the one kept in `<dataDir>/keys`,
 * generated on first start (so tokens stay valid across restarts). `kid` is the RFC 7638
 * thumbprint of the public key.
 */
export async function loadSigningKeys(pem: string | undefined, dataDir: string | null): Promise<SigningKeys> {
  if (pem) return fromPem(pem);
  if (dataDir) {
    const file = path.join(dataDir, 'keys', 'jwt-private.pem');
    try {
      return await fromPem(await readFile(file, 'utf8'));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    const generated = await generate();
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, generated, { mode: 0o600 });
    return fromPem(generated);
  }
  return fromPem(await generate());
}

async function generate(): Promise<string> {
  const { privateKey } = await generateKeyPair('RS256', { modulusLength: 2048, extractable: true });
  return exportPKCS8(privateKey);
}
