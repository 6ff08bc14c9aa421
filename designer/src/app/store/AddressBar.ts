/** The browser's address bar, as the router needs it (window.history in the page, a list in tests). @public */
export interface AddressBar {
  path(): string;
  push(path: string): void;
  replace(path: string): void;
  /** calls back on back/forward; returns how to stop */
  onPop(listener: () => void): () => void;
}

/** The page's address bar (window.history and popstate). @public */
export function browserAddressBar(): AddressBar {
  return {
    path: () => window.location.pathname,
    push: (path) => window.history.pushState(null, '', path),
    replace: (path) => window.history.replaceState(null, '', path),
    onPop(listener) {
      window.addEventListener('popstate', listener);
      return () => window.removeEventListener('popstate', listener);
    },
  };
}
