import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { exportPKCS8, generateKeyPair } from 'jose';
import { loadSigningKeys } from '../../server/src/auth/keys.ts';
import { createTokenService, type TokenService } from '../../server/src/auth/tokens.ts';
import { loadConfig } from '../../server/src/config.ts';

/**
 * What a bench needs to start the real server in its own process: its environment (production
 * mode on `databaseUrl`, a fresh signing key, no jobs, no demo seed, rate limits out of the way,
 * plus `extra`), the free port it will listen on, and a token service that signs access tokens
 * the server accepts.
 */
export async function benchServerSetup(
  databaseUrl: string,
  dataDir: string,
  extra: Record<string, string> = {},
): Promise<{ env: Record<string, string>; port: number; tokens: TokenService }> {
  const pem = await exportPKCS8((await generateKeyPair('RS256', { modulusLength: 2048, extractable: true })).privateKey);
  const port = await ServerProcess.freePort();
  const env: Record<string, string> = {
    NODE_ENV: 'production',
    DATABASE_URL: databaseUrl,
    PUBLIC_URL: `http://127.0.0.1:${port}`,
    JWT_PRIVATE_KEY: pem,
    SEED_DEMO: 'false',
    JOBS: 'off',
    LOG_LEVEL: 'warn',
    DATA_DIR: dataDir,
    CLIENT_DIST: path.join(dataDir, 'no-client'),
    RATE_LIMIT_PER_MIN: '100000000',
    ...extra,
  };
  const config = loadConfig({ ...env, PORT: String(port) });
  const tokens = createTokenService(await loadSigningKeys(pem, null), { issuer: config.PUBLIC_URL, audience: config.JWT_AUDIENCE, accessTtlS: config.ACCESS_TOKEN_TTL_S });
  return { env, port, tokens };
}

/** USER_HZ of /proc/<pid>/stat: 100 on every Linux architecture Node supports. */
const CLOCK_TICKS_PER_S = 100;

/**
 * The real server (`server/src/main.ts`) in a child process of its own, so the RSS read is the
 * server's alone and the bench's clients do not share its event loop. RSS is read from
 * /proc/<pid>/status (Linux).
 */
export class ServerProcess {
  private peakKb = 0;
  private sampler: NodeJS.Timeout | null = null;
  private exited = false;

  private constructor(readonly child: ChildProcess, readonly url: string) {
    const orphan = () => child.kill('SIGKILL');
    const interrupted = () => {
      child.kill('SIGKILL');
      process.exit(130);
    };
    // A bench that dies or is interrupted must not leave its server running.
    process.once('exit', orphan);
    process.once('SIGINT', interrupted);
    process.once('SIGTERM', interrupted);
    child.once('exit', () => {
      this.exited = true;
      process.off('exit', orphan);
      process.off('SIGINT', interrupted);
      process.off('SIGTERM', interrupted);
    });
  }

  /** A free TCP port on 127.0.0.1 (the server's issuer URL must be known before it starts). */
  static freePort(): Promise<number> {
    return new Promise((resolve, reject) => {
      const probe = createServer();
      probe.once('error', reject);
      probe.listen(0, '127.0.0.1', () => {
        const address = probe.address();
        probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
      });
    });
  }

  static async start(env: Record<string, string>, port: number): Promise<ServerProcess> {
    // RUSH_SERVER_NODE_ARGS: extra node flags for the server only (e.g. `--cpu-prof --cpu-prof-dir=/tmp/p`).
    const extra = (process.env.RUSH_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean);
    const child = spawn(process.execPath, [...extra, '--import', 'tsx', 'server/src/main.ts'], {
      env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1' },
      // RUSH_SERVER_STDOUT=1: the server's stdout too (e.g. with `--trace-gc` in RUSH_SERVER_NODE_ARGS).
      stdio: ['ignore', process.env.RUSH_SERVER_STDOUT ? 'inherit' : 'ignore', 'inherit'],
    });
    const server = new ServerProcess(child, `http://127.0.0.1:${port}`);
    const deadline = Date.now() + 120_000;
    for (;;) {
      if (server.exited) throw new Error(`the server exited with code ${child.exitCode}`);
      const up = await fetch(`${server.url}/health`).then((r) => r.ok, () => false);
      if (up) return server;
      if (Date.now() > deadline) throw new Error('the server did not answer /health within 120 s');
      await new Promise((r) => setTimeout(r, 250));
    }
  }

  /** Resident set size of the server process now, in KB. */
  rssKb(): number {
    const status = readFileSync(`/proc/${this.child.pid}/status`, 'utf8');
    const match = /VmRSS:\s+(\d+) kB/.exec(status);
    return match ? Number(match[1]) : NaN;
  }

  /** CPU time (user + system) the server process has used so far, in ms (from /proc/<pid>/stat). */
  cpuMs(): number {
    const { userMs, systemMs } = this.cpuSplitMs();
    return userMs + systemMs;
  }

  /**
   * CPU time the server process has used so far, in ms, split into user (JS, GC, parsing) and
   * system time (the kernel: socket writes, which on loopback include the client side's TCP
   * receive work, and reads), from utime and stime of /proc/<pid>/stat.
   */
  cpuSplitMs(): { userMs: number; systemMs: number } {
    const stat = readFileSync(`/proc/${this.child.pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces) start after the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return { userMs: (Number(fields[11]) * 1000) / CLOCK_TICKS_PER_S, systemMs: (Number(fields[12]) * 1000) / CLOCK_TICKS_PER_S };
  }

  /** Samples RSS every `everyMs` until `stopPeak()`, which returns the highest sample in KB. */
  startPeak(everyMs = 100): void {
    this.peakKb = this.rssKb();
    this.sampler = setInterval(() => {
      if (!this.exited) this.peakKb = Math.max(this.peakKb, this.rssKb());
    }, everyMs);
  }

  stopPeak(): number {
    if (this.sampler) clearInterval(this.sampler);
    this.sampler = null;
    return Math.max(this.peakKb, this.exited ? 0 : this.rssKb());
  }

  async stop(): Promise<void> {
    if (this.exited) return;
    const gone = new Promise((r) => this.child.once('exit', r));
    this.child.kill('SIGTERM');
    await Promise.race([gone, new Promise((r) => setTimeout(r, 15_000))]);
    if (!this.exited) this.child.kill('SIGKILL');
  }
}
