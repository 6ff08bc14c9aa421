import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ApiClient } from './api/ApiClient';
import { App } from './App';
import { PreviewPage } from './preview/PreviewPage';
import { ConsoleCommands } from './store/ConsoleCommands';
import { initialState } from './store/ConsoleState';
import { Store } from './store/Store';
import { ConsoleProvider } from './store/useStore';
import './styles.css';

// The composition root of the SPA: one API client, one store, its commands; nothing global beyond this.
// `?vista-previa` is the designer's preview of a step (PreviewPage): no API, no sign-in, nothing sent.
const root = createRoot(document.getElementById('root')!);
if (new URLSearchParams(window.location.search).has('vista-previa')) {
  root.render(
    <StrictMode>
      <PreviewPage window={window} />
    </StrictMode>,
  );
} else {
  const api = new ApiClient('/api');
  const store = new Store(initialState('es'));
  const commands = new ConsoleCommands(store, api, window.sessionStorage);
  commands.restore();
  root.render(
    <StrictMode>
      <ConsoleProvider store={store} commands={commands}>
        <App />
      </ConsoleProvider>
    </StrictMode>,
  );
}
