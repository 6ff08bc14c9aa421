import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { browserAddressBar } from './store/AddressBar';
import { createDesigner } from './store/Designer';
import { DesignerProvider } from './store/useStore';
import './styles.css';

// The composition root of the SPA: one API client and the stores, wired once; nothing global beyond this.
const designer = createDesigner({
  addressBar: browserAddressBar(),
  loginStorage: window.sessionStorage,
  preferences: window.localStorage,
  download: (file, name) => {
    const url = URL.createObjectURL(file);
    const link = Object.assign(document.createElement('a'), { href: url, download: name });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  },
});
designer.commands.start();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <DesignerProvider designer={designer}>
      <App />
    </DesignerProvider>
  </StrictMode>,
);
