import { defineConfig } from 'astro/config';

// A static site (dist/). Astro bundles the page's <script> (the elements) with Vite, which
// splits the leaderboard's on-demand parts into chunks of their own.
export default defineConfig({});
