import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';

/**
 * A page as an HTML document. Static markup: no hydration attributes and no client bundle — the pages are plain
 * HTML forms, so they weigh what they show.
 * @internal
 */
export function renderPage(page: ReactElement): string {
  return `<!doctype html>${renderToStaticMarkup(page)}`;
}
