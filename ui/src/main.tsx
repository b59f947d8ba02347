// First: sends the first screen's query before the rest of the script is evaluated.
import './boot';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { HealthProvider } from './common/health';
import { markOnce, MARKS } from './cytoscape/marks';
import './styles.css';

markOnce(MARKS.script);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <HealthProvider>
      <App />
    </HealthProvider>
  </StrictMode>,
);
