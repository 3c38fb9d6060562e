import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import webpush from 'web-push';
import type { Config } from '../config.ts';

export interface NotifyKeys {
  vapid: { publicKey: string; privateKey: string; subject: string };
  /** HMAC key of unsubscribe links. */
  unsubscribe: Buffer;
}

type KeyConfig = Pick<Config, 'VAPID_PUBLIC_KEY' | 'VAPID_PRIVATE_KEY' | 'VAPID_SUBJECT' | 'UNSUBSCRIBE_SECRET' | 'DATA_DIR'>;

/** Reads `file` or creates it with `make()` (mode 0600). `wx` makes concurrent first starts agree on one file. */
async function readOrCreate(file: string, make: () => string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  await mkdir(path.dirname(file), { recursive: true });
  try {
    await writeFile(file, make(), { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  return readFile(file, 'utf8');
}

/**
 * The Web Push VAPID pair and the unsubscribe-link key: from configuration when given, else kept
 * in `<DATA_DIR>/keys` (generated on first use, like the JWT key), so links in e-mails already
 * sent and browsers already subscribed keep working across restarts.
 */
export async function loadNotifyKeys(config: KeyConfig): Promise<NotifyKeys> {
  const dir = path.join(config.DATA_DIR, 'keys');
  let vapid: { publicKey: string; privateKey: string };
  if (config.VAPID_PUBLIC_KEY && config.VAPID_PRIVATE_KEY) {
    vapid = { publicKey: config.VAPID_PUBLIC_KEY, privateKey: config.VAPID_PRIVATE_KEY };
  } else {
    vapid = JSON.parse(await readOrCreate(path.join(dir, 'vapid.json'), () => JSON.stringify(webpush.generateVAPIDKeys()))) as typeof vapid;
  }
  const unsubscribe = config.UNSUBSCRIBE_SECRET
    ? Buffer.from(config.UNSUBSCRIBE_SECRET, 'utf8')
    : Buffer.from((await readOrCreate(path.join(dir, 'unsubscribe.key'), () => randomBytes(32).toString('base64url'))).trim(), 'utf8');
  return { vapid: { ...vapid, subject: config.VAPID_SUBJECT }, unsubscribe };
}
