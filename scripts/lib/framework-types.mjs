// Vue's and Svelte's template types for the elements, from the custom elements manifest (plugins
// of the analyzer).
// - Vue type-checks a template's attributes and listeners in camelCase (`:heading-level` as
//   headingLevel, `@fm-sort-change` as onFmSortChange), so each element is declared with its
//   properties and its events that way. (custom-element-vuejs-integration declares them in kebab
//   case, which `vue-tsc --strictTemplates` rejects, and does not import the events' detail types.)
// - Svelte 5 reads attributes as written (`heading-level`), sets a custom element's properties
//   (`feed`), and listens with `onfm-sort-change`; the types extend `svelte/elements`, as Svelte's
//   documentation says. (custom-element-svelte-integration's output needs a global JSX namespace,
//   which neither Svelte 5 nor React 19 declares.)
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const camel = (name) => name.replace(/-([a-z])/g, (_, c) => c.toUpperCase());
const listener = (event) => `on${camel(event).replace(/^./, (c) => c.toUpperCase())}`;
const elementsOf = (manifest) => manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement && d.tagName);
const writableFields = (element) =>
  (element.members ?? []).filter((m) => m.kind === 'field' && m.privacy === 'public' && !m.static && !m.readonly);
const doc = (text) => (text ? `  /** ${text.replace(/\*\//g, '*\\/').replace(/\n/g, ' ')} */\n` : '');

function vueType(element) {
  const props = writableFields(element).map((f) => `${doc(f.description)}  ${f.name}?: ${element.name}['${f.name}'];`);
  const events = (element.events ?? []).map((e) => `${doc(e.description)}  ${listener(e.name)}?: (event: ${e.type?.text ?? 'Event'}) => void;`);
  return `type ${element.name}Props = {\n${[...props, ...events].join('\n')}\n};`;
}

/** The names of the events' detail types (`CustomEvent<FmSortChangeDetail>` → FmSortChangeDetail). */
export function eventDetailTypes(elements) {
  return new Set(elements.flatMap((e) => (e.events ?? []).map((ev) => /^CustomEvent<(\w+)>$/.exec(ev.type?.text ?? '')?.[1]).filter(Boolean)));
}

/**
 * An analyzer plugin that writes `outdir/fileName`: a header importing the elements' classes and
 * event detail types from `typesFrom`, then what `body(elements)` declares.
 */
function typesPlugin(name, { outdir, fileName, typesFrom }, frameworkImport, body) {
  return {
    name,
    packageLinkPhase({ customElementsManifest }) {
      const elements = elementsOf(customElementsManifest);
      const imports = [...elements.map((e) => e.name), ...eventDetailTypes(elements)].sort();
      const text = `// Generated from custom-elements.json by scripts/lib/framework-types.mjs: do not edit.
${frameworkImport}
import type { ${imports.join(', ')} } from '${typesFrom}';

${body(elements)}
`;
      mkdirSync(outdir, { recursive: true });
      writeFileSync(join(outdir, fileName), text);
    },
  };
}

/** The props and listeners of every element for Vue's GlobalComponents. */
export function vueTypesPlugin(options) {
  return typesPlugin('fm-vue-types', options, "import type { DefineComponent } from 'vue';", (elements) => `${elements.map(vueType).join('\n\n')}

declare module 'vue' {
  interface GlobalComponents {
${elements.map((e) => `    /** ${e.summary ?? ''} */\n    '${e.tagName}': DefineComponent<${e.name}Props>;`).join('\n')}
  }
}`);
}

function svelteType(element) {
  const fields = writableFields(element);
  const byField = new Map((element.attributes ?? []).filter((a) => a.fieldName).map((a) => [a.fieldName, a.name]));
  // The attribute where there is one, and the property under its own name: Svelte sets a property
  // the element has, so `syncUrl={false}` is false, where the attribute `sync-url={false}` would be
  // the text "false", which a boolean attribute reads as present.
  const props = fields.flatMap((f) => {
    const attribute = byField.get(f.name);
    const names = attribute && attribute !== f.name ? [attribute, f.name] : [f.name];
    const type = attribute && attribute !== f.name && f.type?.text === 'boolean' ? ['true', 'boolean'] : [null, null];
    return names.map((name, i) => `${doc(f.description)}  '${name}'?: ${type[i] ?? `${element.name}['${f.name}']`} | null;`);
  });
  const events = (element.events ?? []).map((e) => `${doc(e.description)}  'on${e.name}'?: (event: ${e.type?.text ?? 'Event'}) => void;`);
  return `type ${element.name}Props = HTMLAttributes<${element.name}> & {\n${[...props, ...events].join('\n')}\n};`;
}

/** Every element for Svelte 5's `SvelteHTMLElements`. */
export function svelteTypesPlugin(options) {
  return typesPlugin('fm-svelte-types', options, "import type { HTMLAttributes } from 'svelte/elements';", (elements) => `${elements.map(svelteType).join('\n\n')}

declare module 'svelte/elements' {
  export interface SvelteHTMLElements {
${elements.map((e) => `    '${e.tagName}': ${e.name}Props;`).join('\n')}
  }
}`);
}
