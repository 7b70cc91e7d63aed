// Browser tests: Debian's headless Chromium through playwright-core; TypeScript through esbuild.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { countReporter } from './test/support/count-reporter.mjs';

const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // For the leak test: a forced garbage collection and precise heap sizes.
  '--js-flags=--expose-gc',
  '--enable-precise-memory-info',
];

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 2,
  testFramework: { config: { timeout: 10000 } },
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' })],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: {
        executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
        args: CHROMIUM_FLAGS,
      },
    }),
  ],
  reporters: [defaultReporter(), countReporter({ outFile: process.env.FM_BROWSER_COUNTS })],
};
