import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

const THEME = '#3730a3';
const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

/**
 * Writes `<file>.br` and `<file>.gz` beside every compressible output file, once, at build time,
 * so the server sends compressed bytes without compressing per request (`preCompressed` in
 * server/src/app.ts). On a 2G/3G connection this is the difference between ~170 KB and ~600 KB
 * for the first screen.
 */
function precompress(): Plugin {
  let outDir = '';
  const compressible = /\.(js|mjs|css|html|svg|json|webmanifest|wasm|txt)$/;
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const full = path.join(dir, entry.name);
      return entry.isDirectory() ? walk(full) : [full];
    });
  return {
    name: 'cr-precompress',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    closeBundle: {
      order: 'post',
      handler() {
        for (const file of walk(outDir)) {
          if (!compressible.test(file) || statSync(file).size < 1024) continue;
          const bytes = readFileSync(file);
          writeFileSync(`${file}.br`, brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 9, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } }));
          writeFileSync(`${file}.gz`, gzipSync(bytes, { level: 9 }));
        }
      },
    },
  };
}

/**
 * The student PWA. `npm run build` (from the repo root) writes `client/dist`, which the Fastify
 * server serves at / with an SPA fallback. `npm run dev` serves the API; for hot reload run
 * `npx vite` beside it and open http://localhost:5173 (it proxies /api to :8080).
 */
export default defineConfig({
  root: 'client',
  define: { __APP_VERSION__: JSON.stringify(version) },
  publicDir: 'public',
  plugins: [
    react(),
    VitePWA({
      registerType: 'autoUpdate',
      injectRegister: 'script-defer',
      includeAssets: ['favicon.svg', 'icons/apple-touch-icon.png'],
      manifest: {
        id: '/',
        name: 'Cognitive Resonance — JEE study',
        short_name: 'Resonance',
        description: 'Adaptive, offline-first JEE preparation for class 11 and 12.',
        lang: 'en',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        orientation: 'portrait',
        background_color: '#f6f7fb',
        theme_color: THEME,
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        // The service worker and its workbox runtime ship without source maps too.
        sourcemap: false,
        // The shell: every emitted script, style, page and icon, so a second visit needs no network.
        // KaTeX's fonts: woff2 only, the first format its stylesheet lists, which every browser
        // the app supports takes (the woff/ttf fallbacks are emitted but never fetched).
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest,wasm,woff2}'],
        navigateFallback: 'index.html',
        // The server owns these paths; a navigation to them must reach it, never the cached shell.
        navigateFallbackDenylist: [/^\/api\//, /^\/docs/, /^\/metrics/, /^\/health/, /^\/ready/, /^\/\.well-known\//, /^\/sync\//],
        cleanupOutdatedCaches: true,
        // Web Push: show the server's notification and open its screen on click (client/public/push-sw.js).
        importScripts: ['push-sw.js'],
        // Control the first visit's page too: a student who signs up and loses the connection
        // before any reload must still be able to reload from the precache.
        clientsClaim: true,
        // Only the SQLite build that loads: the default IndexedDB VFS uses the async build
        // (wa-sqlite-async.wasm, 2.2 MB raw). The sync build (OPFS VFSs) and the `mc-*`
        // encryption builds are emitted but never fetched, so precaching them would cost ~5 MB.
        // Emitted as `<name>-<8-char hash>`: `wa-sqlite-????????.*` is the sync build only.
        globIgnores: ['**/wa-sqlite-????????.wasm', '**/wa-sqlite-????????.js', '**/mc-*.wasm', '**/mc-*.js'],
        // Above the 2 MiB default so the async wasm is precached (vite-plugin-pwa fails otherwise).
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
      },
    }),
    precompress(),
  ],
  // @powersync/web creates its workers with `new URL('./worker.js', import.meta.url)`.
  worker: { format: 'es' },
  // Pre-bundling rewrites the packages' `new URL(..., import.meta.url)` worker/wasm URLs (dev only).
  optimizeDeps: { exclude: ['@powersync/web', '@journeyapps/wa-sqlite'] },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // Security: no source maps in what is served (they would publish the whole source tree);
    // the server also refuses *.map (server/src/app.ts) should a build ever contain one.
    sourcemap: false,
    reportCompressedSize: true,
  },
  server: {
    port: 5173,
    proxy: {
      '/api': 'http://localhost:8080',
      '/sync': 'http://localhost:8080',
      '/.well-known': 'http://localhost:8080',
    },
  },
  preview: { port: 4173, proxy: { '/api': 'http://localhost:8080' } },
});
