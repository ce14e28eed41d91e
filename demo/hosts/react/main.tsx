import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.js';

const wrappers = new URLSearchParams(location.search).has('wrappers');
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App wrappers={wrappers} />
  </StrictMode>,
);
