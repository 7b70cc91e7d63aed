// fm-leaderboard's elements in a React 19 page: no wrapper needed. React 19 sets properties on
// custom elements and turns `on<event>` props into listeners for their events.
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
// The page entry: the elements, with the parts a page does not show at once (charts, the popover,
// export, …) as chunks that Vite splits off and the browser fetches when they are needed.
import 'fm-leaderboard/page';
import type { FmSortChangeEvent } from 'fm-leaderboard';
// JSX types for every element, generated from the package's custom-elements.json.
import type {} from 'fm-leaderboard/types/react';

const FEED = './hub.feed.json';

function App() {
  const [benchmark, setBenchmark] = useState('BM-DNA-ENHANCER');
  const [lastSort, setLastSort] = useState('ranking order');
  return (
    <main style={{ maxWidth: '64rem', margin: '0 auto', fontFamily: 'system-ui, sans-serif' }}>
      <h1>Leaderboard in React</h1>
      <label>
        Benchmark{' '}
        <select value={benchmark} onChange={(e) => setBenchmark(e.target.value)}>
          <option value="BM-DNA-ENHANCER">DNA Enhancer Classification</option>
          <option value="BM-DNA-PROMOTER">DNA Promoter Classification</option>
          <option value="robustness_testing">Robustness</option>
        </select>
      </label>
      <fm-podium src={FEED} benchmark={benchmark}></fm-podium>
      <fm-leaderboard-table
        src={FEED}
        benchmark={benchmark}
        onfm-sort-change={(e: FmSortChangeEvent) => setLastSort(e.detail.keys.map((k) => `${k.column} ${k.direction}`).join(', '))}
      ></fm-leaderboard-table>
      <p id="last-sort">Sorted by: {lastSort}</p>
      <fm-score-distribution src={FEED} benchmark={benchmark}></fm-score-distribution>
    </main>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
