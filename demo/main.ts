// The demo: the whole hub in one <fm-leaderboard>, with a feed picker and a theme switcher.
import '../src/index.js';

const hub = document.getElementById('hub')!;
const feedPicker = document.getElementById('feed-picker') as HTMLSelectElement;
const themePicker = document.getElementById('theme-picker') as HTMLSelectElement;

feedPicker.addEventListener('change', () => hub.setAttribute('src', feedPicker.value));
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
