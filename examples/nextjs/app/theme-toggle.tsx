'use client';
// The site's own light/dark toggle. fm-leaderboard follows <html data-theme> by itself.
export function ThemeToggle() {
  const toggle = () => {
    const root = document.documentElement;
    const dark = root.dataset.theme !== 'dark';
    root.dataset.theme = dark ? 'dark' : 'light';
    document.body.style.background = dark ? '#0d1117' : '';
    document.body.style.color = dark ? '#e6edf3' : '';
  };
  return (
    <button type="button" id="theme-toggle" onClick={toggle}>
      Light / dark
    </button>
  );
}
