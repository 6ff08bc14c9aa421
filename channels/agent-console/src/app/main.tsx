import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ApiClient } from './api/ApiClient';
import { App } from './App';
import { ConsoleCommands } from './store/ConsoleCommands';
import { initialState } from './store/ConsoleState';
import { Store } from './store/Store';
import { ConsoleProvider } from './store/useStore';
import './styles.css';

// The composition root of the SPA: one API client, one store, its commands; nothing global beyond this.
const api = new ApiClient('/api');
const store = new Store(initialState('es'));
const commands = new ConsoleCommands(store, api, window.sessionStorage);
commands.restore();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ConsoleProvider store={store} commands={commands}>
      <App />
    </ConsoleProvider>
  </StrictMode>,
);
