import { createApp } from 'vue';
// The elements, with the parts a page does not show at once as chunks that Vite splits off.
import 'fm-leaderboard/page';
import App from './App.vue';

createApp(App).mount('#app');
