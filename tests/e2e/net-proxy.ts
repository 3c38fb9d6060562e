import net from 'node:net';
import type { AddressInfo } from 'node:net';

/**
 * A TCP proxy in front of the test server that a test can cut off, so one browser goes offline
 * for real while the server (and other browsers) carry on. Playwright's `setOffline` does not
 * reach the SharedWorker that syncs (docs/sync-protocol.md); a refused connection reaches everything:
 * page, service worker fetches that miss the cache, and the sync worker's stream.
 *
 * Each browser context that must go offline on its own gets its own proxy (its own origin, so its
 * own service worker and IndexedDB); always open the app through `proxy.url`.
 */
export interface NetProxy {
  /** `http://127.0.0.1:<port>` of the proxy. */
  readonly url: string;
  /** Offline: destroys every open connection (the sync stream ends at once) and refuses new ones. */
  setOffline: (offline: boolean) => void;
  readonly offline: boolean;
  close: () => Promise<void>;
}

export async function startNetProxy(targetUrl: string): Promise<NetProxy> {
  const target = new URL(targetUrl);
  const sockets = new Set<net.Socket>();
  let offline = false;

  const server = net.createServer((client) => {
    if (offline) {
      client.destroy();
      return;
    }
    const upstream = net.connect(Number(target.port), target.hostname);
    sockets.add(client);
    sockets.add(upstream);
    const drop = () => {
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
    };
    client.on('error', drop).on('close', drop);
    upstream.on('error', drop).on('close', drop);
    client.pipe(upstream);
    upstream.pipe(client);
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    get offline() {
      return offline;
    },
    setOffline(next) {
      offline = next;
      if (next) for (const s of sockets) s.destroy();
      if (next) sockets.clear();
    },
    close() {
      offline = true;
      for (const s of sockets) s.destroy();
      sockets.clear();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
