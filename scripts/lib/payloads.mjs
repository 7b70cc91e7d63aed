// Hostile strings for injection tests: each one would set window.__fmPwned (or run script, load
// a resource, break out of markup) if anything parsed feed text as HTML, CSS, script or a URL.
const CANARY = 'window.__fmPwned=1';

const BASE = [
  `<script>${CANARY}</script>`,
  `<img src=x onerror="${CANARY}">`,
  `<svg onload="${CANARY}">`,
  `<svg><script>${CANARY}</script></svg>`,
  `<svg><animate onbegin="${CANARY}" attributeName="x" dur="1s">`,
  `<svg><a xlink:href="javascript:${CANARY}"><text>x</text></a></svg>`,
  `<math><mtext><table><mglyph><style><img src=x onerror="${CANARY}">`,
  `<iframe srcdoc="<script>parent.__fmPwned=1</script>"></iframe>`,
  `<a href="javascript:${CANARY}">link</a>`,
  `javascript:${CANARY}`,
  ` \tjava\nscript:${CANARY}`,
  `&#106;avascript:${CANARY}`,
  `data:text/html,<script>${CANARY}</script>`,
  `vbscript:msgbox(1)`,
  `"><img src=x onerror=${CANARY}>`,
  `'><svg/onload=${CANARY}>`,
  `</style><img src=x onerror=${CANARY}>`,
  `</title><script>${CANARY}</script>`,
  `</textarea></pre><script>${CANARY}</script>`,
  `{{constructor.constructor('${CANARY}')()}}`,
  '${' + CANARY + '}',
  `<details open ontoggle="${CANARY}">`,
  `<input autofocus onfocus="${CANARY}">`,
  `<video><source onerror="${CANARY}"></video>`,
  `<object data="javascript:${CANARY}"></object>`,
  `<form action="javascript:${CANARY}"><button>go</button></form>`,
  `expression(${CANARY})`,
  `url(javascript:${CANARY})`,
  `}</style><style>*{background:url(javascript:${CANARY})}</style>`,
  `[click](javascript:${CANARY})`,
  `\u202Egnp.exe\u202C`,
  `\u200B\u200C\u200D\uFEFF`,
  `__proto__`,
  `constructor`,
  `<template><script>${CANARY}</script></template>`,
  'A'.repeat(100_000),
];

const entity = (s) => [...s].map((c) => (/[<>"'&:]/.test(c) ? `&#${c.codePointAt(0)};` : c)).join('');

/** At least 100 payloads: each base vector as is, upper-cased, entity-encoded and URL-encoded. */
export const PAYLOADS = [...new Set(BASE.flatMap((p) => (p.length > 1000 ? [p] : [p, p.toUpperCase(), entity(p), encodeURIComponent(p)])))];
