/** The editor's tabs, by their slug in the address (Spanish, as the product's other paths). @public */
export const TABS = ['general', 'flujo', 'esquema', 'formularios', 'textos', 'comprobaciones', 'publicar'] as const;
export type Tab = (typeof TABS)[number];

/** Where the designer is: each screen has an address under /disenador/, so reload and back work. @public */
export type Route = { screen: 'signin' } | { screen: 'catalogue' } | { screen: 'editor'; id: string; tab: Tab };

/** The address of a route, under `base` (`/disenador/`). @public */
export function pathOf(route: Route, base: string): string {
  switch (route.screen) {
    case 'signin':
      return `${base}entrar`;
    case 'catalogue':
      return base;
    case 'editor':
      return `${base}procedimientos/${encodeURIComponent(route.id)}/${route.tab}`;
  }
}

/** The route of an address; anything unknown is the catalogue. @public */
export function routeOf(path: string, base: string): Route {
  const rest = path.startsWith(base) ? path.slice(base.length) : '';
  const parts = rest.split('/').filter(Boolean);
  if (parts[0] === 'entrar') return { screen: 'signin' };
  if (parts[0] === 'procedimientos' && parts[1]) {
    const tab = (TABS as readonly string[]).includes(parts[2]) ? (parts[2] as Tab) : 'flujo';
    return { screen: 'editor', id: safeDecode(parts[1]), tab };
  }
  return { screen: 'catalogue' };
}

// helpers
function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
