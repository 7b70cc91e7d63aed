/// <reference types="vite/client" />
// Types for every fm-* element in Vue templates (props, attributes, events), generated from the
// package's custom-elements.json.
/// <reference types="fm-leaderboard/types/vue" />
