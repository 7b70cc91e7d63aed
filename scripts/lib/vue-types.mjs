// Vue's template types for the elements, from the custom elements manifest (a plugin of the
// analyzer). Vue type-checks a template's attributes and listeners in camelCase (`:heading-level`
// as headingLevel, `@fm-sort-change` as onFmSortChange), so each element is declared with its
// properties and its events that way. (custom-element-vuejs-integration declares them in kebab
// case, which `vue-tsc --strictTemplates` rejects, and does not import the events' detail types.)
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const camel = (name) => name.replace(/-([a-z])/g, (_, c) => c.toUpperCase());
const listener = (event) => `on${camel(event).replace(/^./, (c) => c.toUpperCase())}`;
const doc = (text) => (text ? `  /** ${text.replace(/\*\//g, '*\\/').replace(/\n/g, ' ')} */\n` : '');

function elementType(element) {
  const fields = (element.members ?? []).filter((m) => m.kind === 'field' && m.privacy === 'public' && !m.static && !m.readonly);
  const props = fields.map((f) => `${doc(f.description)}  ${f.name}?: ${element.name}['${f.name}'];`);
  const events = (element.events ?? []).map((e) => `${doc(e.description)}  ${listener(e.name)}?: (event: ${e.type?.text ?? 'Event'}) => void;`);
  return `type ${element.name}Props = {\n${[...props, ...events].join('\n')}\n};`;
}

/** Writes `outdir/fileName`: the props and listeners of every element for Vue's GlobalComponents. */
export function vueTypesPlugin({ outdir, fileName, typesFrom }) {
  return {
    name: 'fm-vue-types',
    packageLinkPhase({ customElementsManifest }) {
      const elements = customElementsManifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement && d.tagName);
      const details = new Set(
        elements.flatMap((e) => (e.events ?? []).map((ev) => /^CustomEvent<(\w+)>$/.exec(ev.type?.text ?? '')?.[1]).filter(Boolean)),
      );
      const imports = [...elements.map((e) => e.name), ...details].sort();
      const text = `// Generated from custom-elements.json by scripts/lib/vue-types.mjs: do not edit.
import type { DefineComponent } from 'vue';
import type { ${imports.join(', ')} } from '${typesFrom}';

${elements.map(elementType).join('\n\n')}

declare module 'vue' {
  interface GlobalComponents {
${elements.map((e) => `    /** ${e.summary ?? ''} */\n    '${e.tagName}': DefineComponent<${e.name}Props>;`).join('\n')}
  }
}
`;
      mkdirSync(outdir, { recursive: true });
      writeFileSync(join(outdir, fileName), text);
    },
  };
}
