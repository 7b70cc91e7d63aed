// The demo: the whole hub in one <fm-leaderboard>, with a feed picker, rank changes and a theme switcher.
import '../src/index.js';

const hub = document.getElementById('hub')!;
const feedPicker = document.getElementById('feed-picker') as HTMLSelectElement;
const themePicker = document.getElementById('theme-picker') as HTMLSelectElement;

const changesToggle = document.getElementById('changes-toggle') as HTMLInputElement;

feedPicker.addEventListener('change', () => {
  hub.setAttribute('src', feedPicker.value);
  void showChanges();
});
changesToggle.addEventListener('change', () => void showChanges());

/**
 * Rank changes (previous-src on a real page, where last month's file is kept): here the older
 * feed is the same feed as it stood before its newest day of results: its results dated earlier,
 * and the undated ones (nothing says they are new).
 */
async function showChanges(): Promise<void> {
  const element = hub as HTMLElement & { previousFeed?: unknown };
  if (!changesToggle.checked) {
    element.previousFeed = undefined;
    return;
  }
  const feed = (await (await fetch(feedPicker.value)).json()) as { results: Array<{ date?: string }> };
  const day = (r: { date?: string }) => r.date?.slice(0, 10) ?? '';
  const days = [...new Set(feed.results.map(day).filter(Boolean))].sort();
  const newest = days.at(-1) ?? '';
  element.previousFeed = { ...feed, generated: days.at(-2), results: feed.results.filter((r) => !day(r) || day(r) < newest) };
}
themePicker.addEventListener('change', () => {
  const theme = themePicker.value;
  if (theme === 'system') {
    hub.removeAttribute('theme');
    delete document.documentElement.dataset.theme;
  } else {
    hub.setAttribute('theme', theme);
    document.documentElement.dataset.theme = theme;
  }
});
