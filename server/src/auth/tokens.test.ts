import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadSigningKeys } from './keys.ts';
import { createTokenService } from './tokens.ts';

afterEach(() => vi.useRealTimers());

describe('access token verification', () => {
  it('refuses a token once it expires, though it verified before, and never accepts one altered', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.parse('2026-12-06T10:00:00Z'));
    const tokens = createTokenService(await loadSigningKeys(undefined, null), { issuer: 'https://cr.test', audience: 'cr', accessTtlS: 60 });
    const token = await tokens.signAccess({ sub: 'u1', role: 'student' });
    expect(await tokens.verifyAccess(token)).toMatchObject({ sub: 'u1', role: 'student' });
    expect(await tokens.verifyAccess(token)).toMatchObject({ sub: 'u1', role: 'student' });
    const [head, body, sig] = token.split('.');
    await expect(tokens.verifyAccess(`${head}.${body}.${sig!.slice(0, -4)}AAAA`)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    vi.setSystemTime(Date.parse('2026-12-06T10:01:00Z'));
    await expect(tokens.verifyAccess(token)).rejects.toMatchObject({ code: 'TOKEN_EXPIRED' });
  });
});
