// MkDocs 1.4 (Debian's) loads extra_javascript as classic scripts, and the bundle is an ES
// module; this adds it as one. With MkDocs 1.5 or later, list the bundle itself instead:
//   extra_javascript: [{ path: assets/fm-leaderboard.bundle.js, type: module }]
(function () {
  var script = document.createElement('script');
  script.type = 'module';
  script.src = new URL('../assets/fm-leaderboard.bundle.js', document.currentScript.src).href;
  document.head.appendChild(script);
})();
