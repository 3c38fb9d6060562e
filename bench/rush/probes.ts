/**
 * Probe process of the rush bench (forked with IPC): what everyone else sees while the rush runs. One loop GETs
 * /health every `healthEveryMs`; `accounts.length` loops each sign in (`/api/auth/login`) and
 * read the profile (`/api/user/profile`) back to back. Latencies are measured on this process's
 * own event loop, so the bench's busy stream parsing on the main thread does not inflate them.
 * Runs until the parent posts 'stop', then posts the samples.
 */

export interface ProbeConfig {
  url: string;
  healthEveryMs: number;
  accounts: Array<{ email: string; password: string }>;
}

export interface ProbeResult {
  health: number[];
  signIn: number[];
  profile: number[];
  errors: string[];
}

const { url, healthEveryMs, accounts } = JSON.parse(process.env.RUSH_PROBES ?? '{}') as ProbeConfig;
const result: ProbeResult = { health: [], signIn: [], profile: [], errors: [] };
let running = true;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function timed(samples: number[], what: string, request: () => Promise<Response>): Promise<Response | null> {
  const start = performance.now();
  try {
    const res = await request();
    const body = await res.text();
    samples.push(performance.now() - start);
    if (!res.ok) {
      result.errors.push(`${what} ${res.status} ${body.slice(0, 120)}`);
      return null;
    }
    return new Response(body, { status: res.status });
  } catch (error) {
    samples.push(performance.now() - start);
    result.errors.push(`${what} ${String(error)}`);
    return null;
  }
}

async function healthLoop(): Promise<void> {
  while (running) {
    const next = performance.now() + healthEveryMs;
    await timed(result.health, '/health', () => fetch(`${url}/health`));
    await sleep(Math.max(0, next - performance.now()));
  }
}

async function accountLoop(account: { email: string; password: string }): Promise<void> {
  while (running) {
    const login = await timed(result.signIn, 'login', () =>
      fetch(`${url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(account) }),
    );
    const token = login ? ((await login.json()) as { data: { token: string } }).data.token : null;
    if (!token) {
      await sleep(200);
      continue;
    }
    await timed(result.profile, 'profile', () => fetch(`${url}/api/user/profile`, { headers: { authorization: `Bearer ${token}` } }));
  }
}

process.on('message', (message) => {
  if (message === 'stop') running = false;
});
await Promise.all([healthLoop(), ...accounts.map(accountLoop)]);
process.send?.(result, () => process.exit(0));
