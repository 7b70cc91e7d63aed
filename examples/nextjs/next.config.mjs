// A static export (out/): the page, with the leaderboard's static copy inside the element, is
// rendered at build time, as a server would render it per request.
/** @type {import('next').NextConfig} */
export default {
  output: 'export',
  // The example sits inside the fm-leaderboard repository, which has a lockfile of its own.
  turbopack: { root: import.meta.dirname },
};
