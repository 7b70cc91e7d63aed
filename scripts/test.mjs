#!/usr/bin/env node
// `npm test`: builds what the Node tests need, runs the Node tests (CLI, schema agreement) and
// the browser tests (core and elements in headless Chromium), then prints one closing line:
// `N passed, N failed`. Extra arguments go to web-test-runner (e.g. `npm test -- --group core`).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const dir = '.test-results';
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir);
const run = (cmd, args, env = {}) => spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } }).status;
const read = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null);

// The browser tests use Debian's Chromium, and the embedding test builds a real MkDocs Material
// site with Debian's mkdocs. On a fresh Debian machine where we may (root, apt-get), install
// what is missing, so that `npm ci && npm test` is all the set-up; elsewhere say what to do.
const chrome = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const missing = [];
if (!existsSync(chrome) && !process.env.CHROME_PATH) missing.push('chromium');
if (existsSync('/usr/bin/dpkg') && spawnSync('dpkg', ['-s', 'mkdocs', 'mkdocs-material'], { stdio: 'ignore' }).status !== 0) missing.push('mkdocs', 'mkdocs-material');
if (missing.length > 0 && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
  console.log(`Installing Debian's ${missing.join(', ')} for the tests (apt-get install -y ${missing.join(' ')})…`);
  run('sh', ['-c', `apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${missing.join(' ')} >/dev/null`]);
}
if (!existsSync(chrome)) {
  console.error(`No Chromium at ${chrome}. Install Debian's (apt-get install -y chromium) or set CHROME_PATH.`);
  console.log('0 passed, 1 failed');
  process.exit(1);
}

let failedSteps = 0;
// The full build: the Node tests use dist/, and a browser test loads the one-file bundle.
if (run('npm', ['run', '--silent', 'build']) !== 0) failedSteps++;

const nodeFile = join(dir, 'node.json');
const nodeStatus = run(process.execPath, [
  '--test',
  '--test-reporter=spec',
  '--test-reporter-destination=stdout',
  '--test-reporter=./test/support/node-count-reporter.mjs',
  `--test-reporter-destination=${nodeFile}`,
  // Node 20's --test takes no glob, so list the files.
  ...readdirSync('test/node').filter((f) => f.endsWith('.test.mjs')).map((f) => join('test/node', f)),
]);

const browserFile = join(dir, 'browser.json');
const browserStatus = run('npx', ['web-test-runner', ...process.argv.slice(2)], { FM_BROWSER_COUNTS: browserFile });

const node = read(nodeFile) ?? { passed: 0, failed: 1 };
const browser = read(browserFile) ?? { passed: 0, failed: 1 };
// A runner that exits non-zero with no failed test still counts as one failure.
const extra = failedSteps + (nodeStatus !== 0 && node.failed === 0 ? 1 : 0) + (browserStatus !== 0 && browser.failed === 0 ? 1 : 0);
const passed = node.passed + browser.passed;
const failed = node.failed + browser.failed + extra;
console.log(`\nnode: ${node.passed} passed, ${node.failed} failed`);
console.log(`browser: ${browser.passed} passed, ${browser.failed} failed`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
