import { createDecipheriv, createECDH, createHmac, randomBytes, type ECDH } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { Agent, createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { decodeProtectedHeader, importJWK, jwtVerify } from 'jose';

/**
 * A local Web Push service for tests: an HTTPS server (self-signed certificate made with the
 * system's openssl) that plays both the push service and the browser. It verifies the VAPID
 * JWT (RFC 8292) and decrypts each message (RFC 8291, aes128gcm) with the subscription's own
 * private key, as a browser would. An endpoint can be told to answer 410 Gone.
 */

export interface ReceivedPush {
  endpointId: string;
  payload: unknown;
  ttl: string | undefined;
  vapidAudience: string;
}

export interface FakeBrowser {
  endpointId: string;
  subscription: { endpoint: string; keys: { p256dh: string; auth: string } };
}

const hmac = (key: Buffer, data: Buffer) => createHmac('sha256', key).update(data).digest();

/** RFC 8291 §3.4 / RFC 8188: decrypts one aes128gcm record for the user agent `ua` with `auth`. */
export function decryptAes128gcm(body: Buffer, ua: ECDH, auth: Buffer): Buffer {
  const salt = body.subarray(0, 16);
  const idlen = body[20] ?? 0;
  const asPublic = body.subarray(21, 21 + idlen);
  const ciphertext = body.subarray(21 + idlen);
  const ecdhSecret = ua.computeSecret(asPublic);
  const prkKey = hmac(auth, ecdhSecret);
  const keyInfo = Buffer.concat([Buffer.from('WebPush: info\0'), ua.getPublicKey(), asPublic, Buffer.from([1])]);
  const ikm = hmac(prkKey, keyInfo);
  const prk = hmac(salt, ikm);
  const cek = hmac(prk, Buffer.from('Content-Encoding: aes128gcm\0\x01', 'binary')).subarray(0, 16);
  const nonce = hmac(prk, Buffer.from('Content-Encoding: nonce\0\x01', 'binary')).subarray(0, 12);
  const decipher = createDecipheriv('aes-128-gcm', cek, nonce);
  decipher.setAuthTag(ciphertext.subarray(ciphertext.length - 16));
  const padded = Buffer.concat([decipher.update(ciphertext.subarray(0, ciphertext.length - 16)), decipher.final()]);
  let end = padded.length - 1;
  while (end >= 0 && padded[end] === 0) end -= 1;
  if (padded[end] !== 2) throw new Error('push record: missing last-record delimiter');
  return padded.subarray(0, end);
}

export async function startPushService() {
  const dir = mkdtempSync(path.join(tmpdir(), 'cr-push-'));
  execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '1', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1', '-keyout', path.join(dir, 'key.pem'), '-out', path.join(dir, 'cert.pem')], { stdio: 'ignore' });
  const cert = readFileSync(path.join(dir, 'cert.pem'));
  const key = readFileSync(path.join(dir, 'key.pem'));
  rmSync(dir, { recursive: true, force: true });
  const browsers = new Map<string, { ua: ECDH; auth: Buffer }>();
  const gone = new Set<string>();
  const received: ReceivedPush[] = [];
  const errors: string[] = [];
  let origin = '';
  const server = createServer({ cert, key }, (req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      void (async () => {
        const id = (req.url ?? '').replace(/^\/push\//, '');
        const browser = browsers.get(id);
        if (!browser || gone.has(id)) {
          res.writeHead(browser ? 410 : 404).end();
          return;
        }
        try {
          if (req.headers['content-encoding'] !== 'aes128gcm') throw new Error(`content-encoding ${req.headers['content-encoding']}`);
          const m = /^vapid t=([^,]+),\s*k=(.+)$/.exec(String(req.headers.authorization));
          if (!m) throw new Error('no VAPID authorization');
          const k = Buffer.from(m[2]!, 'base64url');
          const jwk = { kty: 'EC', crv: 'P-256', x: k.subarray(1, 33).toString('base64url'), y: k.subarray(33, 65).toString('base64url') };
          if (decodeProtectedHeader(m[1]!).alg !== 'ES256') throw new Error('VAPID alg');
          const { payload } = await jwtVerify(m[1]!, await importJWK(jwk, 'ES256'), { audience: origin });
          const plain = decryptAes128gcm(Buffer.concat(chunks), browser.ua, browser.auth);
          received.push({ endpointId: id, payload: JSON.parse(plain.toString('utf8')), ttl: req.headers.ttl as string | undefined, vapidAudience: String(payload.aud) });
          res.writeHead(201).end();
        } catch (error) {
          errors.push(String((error as Error).message));
          res.writeHead(400).end();
        }
      })();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    received,
    errors,
    /** An HTTPS agent that trusts this service's certificate (and nothing else). */
    agent: new Agent({ ca: cert }),
    /** A new browser subscription (its own P-256 key pair and auth secret). */
    subscribe(): FakeBrowser {
      const ua = createECDH('prime256v1');
      ua.generateKeys();
      const auth = randomBytes(16);
      const endpointId = randomBytes(8).toString('hex');
      browsers.set(endpointId, { ua, auth });
      return { endpointId, subscription: { endpoint: `${origin}/push/${endpointId}`, keys: { p256dh: ua.getPublicKey().toString('base64url'), auth: auth.toString('base64url') } } };
    },
    /** From now on the endpoint answers 410 Gone (the browser dropped the subscription). */
    expire(endpointId: string) {
      gone.add(endpointId);
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
