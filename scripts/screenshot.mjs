#!/usr/bin/env node
// Screenshot of a page in Debian's headless Chromium, to look at what we build.
// Usage: node scripts/screenshot.mjs <url> <out.png> [light|dark] [width] [--full] [--selector CSS] [--click CSS]
import { chromium } from 'playwright-core';

const [url, out, scheme = 'light', width = '1100'] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const page = await browser.newPage({ viewport: { width: Number(width), height: 900 }, colorScheme: scheme });
const errors = [];
page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
page.on('pageerror', (e) => errors.push(String(e)));
await page.goto(url, { waitUntil: 'networkidle' });
await page.waitForTimeout(300);
const option = (name) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
if (option('--click')) {
  await page.locator(option('--click')).first().click();
  await page.waitForTimeout(200);
}
if (option('--selector')) await page.locator(option('--selector')).first().screenshot({ path: out });
else await page.screenshot({ path: out, fullPage: process.argv.includes('--full') });
await browser.close();
console.log(`${out}: ${errors.length} console errors${errors.length ? `\n${errors.join('\n')}` : ''}`);
