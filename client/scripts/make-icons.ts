/**
 * Renders the PWA icons (public/icons/*.png) from the logo SVG with headless Chromium. The PNGs
 * are committed; run this only when the logo changes:
 *   node --import tsx client/scripts/make-icons.ts
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = path.dirname(fileURLToPath(import.meta.url));
const out = path.join(here, '..', 'public', 'icons');

/** `inset`: share of the canvas kept clear around the mark (maskable icons need a 10 % safe zone). */
function svg(size: number, { rounded, inset }: { rounded: boolean; inset: number }): string {
  const pad = size * inset;
  const scale = (size - 2 * pad) / 64;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${size} ${size}">
  <rect width="${size}" height="${size}" rx="${rounded ? size * 0.22 : 0}" fill="#3730a3"/>
  <g transform="translate(${pad} ${pad}) scale(${scale})">
    <circle cx="32" cy="32" r="6.5" fill="#fbbf24"/><circle cx="32" cy="32" r="15" fill="none" stroke="#fff" stroke-width="4.5"/><circle cx="32" cy="32" r="24" fill="none" stroke="#a5b4fc" stroke-width="4.5" stroke-dasharray="26 11.7" transform="rotate(-30 32 32)"/>
  </g>
</svg>`;
}

const ICONS = [
  { file: 'icon-192.png', size: 192, rounded: true, inset: 0.04 },
  { file: 'icon-512.png', size: 512, rounded: true, inset: 0.04 },
  { file: 'maskable-512.png', size: 512, rounded: false, inset: 0.16 },
  { file: 'apple-touch-icon.png', size: 180, rounded: false, inset: 0.1 },
];

mkdirSync(out, { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless=new', '--no-sandbox', '--disable-gpu'],
});
try {
  const page = await browser.newPage();
  for (const icon of ICONS) {
    await page.setViewportSize({ width: icon.size, height: icon.size });
    await page.setContent(`<html><body style="margin:0;background:transparent">${svg(icon.size, icon)}</body></html>`);
    await page.locator('svg').screenshot({ path: path.join(out, icon.file), omitBackground: true });
    console.log(`${icon.file} ${icon.size}x${icon.size}`);
  }
} finally {
  await browser.close();
}
