// The custom elements manifest (custom-elements.json) and everything generated from it, so that
// every editor and framework reads one source: JSX types for React 19, Vue's GlobalComponents,
// Svelte's elements, VS Code's custom data and JetBrains' web-types (dist/types/, dist/editors/).
// The generators are the maintained plugins of wc-toolkit / break-stuff, run by the analyzer,
// except Vue's and Svelte's (scripts/lib/framework-types.mjs says why).
import { readFileSync } from 'node:fs';
import { jsxTypesPlugin } from '@wc-toolkit/jsx-types';
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';
import { customElementJetBrainsPlugin } from 'custom-element-jet-brains-integration';
import { svelteTypesPlugin, vueTypesPlugin } from './scripts/lib/framework-types.mjs';

/**
 * The theme tokens every element reads (src/styles/tokens.styles.ts): each line
 * `--_fm-x: var(--fm-y, default); /* description *\/`. Listed on every element, since each one's
 * styles start with them; a token without a description stops the build.
 */
function themeTokens() {
  const source = readFileSync('src/styles/tokens.styles.ts', 'utf8');
  const tokens = [...source.matchAll(/var\((--fm-[a-z0-9-]+),\s*(.+?)\);(?:\s*\/\*\s*(.*?)\s*\*\/)?\s*$/gm)].map(
    ([, name, fallback, description]) => {
      if (!description) throw new Error(`src/styles/tokens.styles.ts: ${name} has no /* description */`);
      return { name, default: fallback, description };
    },
  );
  return {
    name: 'fm-theme-tokens',
    packageLinkPhase({ customElementsManifest }) {
      for (const element of customElements(customElementsManifest)) {
        const own = new Set((element.cssProperties ?? []).map((p) => p.name));
        element.cssProperties = [...(element.cssProperties ?? []), ...tokens.filter((t) => !own.has(t.name))];
      }
    },
  };
}

/** Module paths name the files the package ships (dist/…/x.js), not the TypeScript sources. */
function shippedPaths() {
  const shipped = (path) => path.replace(/^src\//, 'dist/').replace(/\.ts$/, '.js');
  return {
    name: 'fm-shipped-paths',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        mod.path = shipped(mod.path);
        for (const exp of mod.exports ?? []) if (exp.declaration?.module) exp.declaration.module = shipped(exp.declaration.module);
        for (const decl of mod.declarations ?? []) {
          if (decl.superclass?.module) decl.superclass.module = shipped(decl.superclass.module);
          for (const member of decl.members ?? []) if (member.inheritedFrom?.module) member.inheritedFrom.module = shipped(member.inheritedFrom.module);
        }
      }
    },
  };
}

function customElements(manifest) {
  return manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement);
}

const quiet = { hideLogs: true };

export default {
  globs: ['src/elements/**/*.component.ts'],
  outdir: '.',
  litelement: true,
  plugins: [
    themeTokens(),
    shippedPaths(),
    // Type paths are relative to each output folder; the classes come from the package's main entry.
    jsxTypesPlugin({
      ...quiet,
      outdir: 'dist/types',
      fileName: 'react.d.ts',
      globalTypePath: '../index.js',
      // React's prop for the light DOM: how a server-rendered page puts the static copy inside the tag.
      globalEvents: '/** The element\'s light-DOM HTML, e.g. the static copy from fm-leaderboard/render\'s staticFallback(). */\n  dangerouslySetInnerHTML?: { __html: string };',
    }),
    vueTypesPlugin({ outdir: 'dist/types', fileName: 'vue.d.ts', typesFrom: '../index.js' }),
    svelteTypesPlugin({ outdir: 'dist/types', fileName: 'svelte.d.ts', typesFrom: '../index.js' }),
    customElementVsCodePlugin({ ...quiet, outdir: 'dist/editors', htmlFileName: 'vscode.html-custom-data.json', cssFileName: 'vscode.css-custom-data.json' }),
    customElementJetBrainsPlugin({ ...quiet, outdir: 'dist/editors', fileName: 'web-types.json', packageJson: true }),
  ],
};
