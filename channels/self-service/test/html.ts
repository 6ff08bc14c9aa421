/**
 * Test support: just enough HTML reading for renderer and HTTP tests (the pages are our own, well-formed static
 * markup; the browser tests read real DOMs). Attribute names are lower-cased.
 * @internal
 */
export function tags(html: string, name: string): Array<Record<string, string>> {
  const out: Array<Record<string, string>> = [];
  const re = new RegExp(`<${name}\\b([^>]*)>`, 'gi');
  for (const m of html.matchAll(re)) out.push(attributes(m[1]));
  return out;
}

/** The attributes of one tag's attribute text. */
export function attributes(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of text.matchAll(/([^\s=/]+)(?:="([^"]*)")?/g)) out[m[1].toLowerCase()] = decode(m[2] ?? '');
  return out;
}

/** Every id on the page. */
export function ids(html: string): string[] {
  return [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
}

/** Text inside the first element matching `<tag ...>` (tags stripped, entities decoded). */
export function textOf(html: string, tag: string): string {
  const m = new RegExp(`<${tag}\\b[^>]*>([\\s\\S]*?)</${tag}>`, 'i').exec(html);
  return m ? decode(m[1].replace(/<[^>]+>/g, '')) : '';
}

/** The value of the first hidden input with this name. */
export function hidden(html: string, name: string): string {
  return tags(html, 'input').find((a) => a.name === name)?.value ?? '';
}

/** The inner HTML of every `<fieldset>`. */
export function fieldsets(html: string): string[] {
  return [...html.matchAll(/<fieldset\b[^>]*>([\s\S]*?)<\/fieldset>/g)].map((m) => m[0]);
}

function decode(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** A tiny browser without JavaScript: keeps cookies, posts urlencoded forms, follows nothing by itself. */
export function httpClient(origin: string) {
  const jar = new Map<string, string>();
  const cookieHeader = () => [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
  const keep = (r: Response) => {
    for (const line of r.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const eq = pair.indexOf('=');
      jar.set(pair.slice(0, eq), pair.slice(eq + 1));
    }
  };
  const url = (path: string) => (path.startsWith('http') ? path : `${origin}${path}`);
  return {
    jar,
    async get(path: string, headers: Record<string, string> = {}) {
      const r = await fetch(url(path), { headers: { cookie: cookieHeader(), ...headers }, redirect: 'manual' });
      keep(r);
      return { status: r.status, headers: r.headers, location: r.headers.get('location') ?? '', html: await r.text() };
    },
    async post(path: string, form: Record<string, string | string[]>, headers: Record<string, string> = {}) {
      const body = new URLSearchParams();
      for (const [k, v] of Object.entries(form)) for (const one of Array.isArray(v) ? v : [v]) body.append(k, one);
      const r = await fetch(url(path), {
        method: 'POST',
        body,
        headers: { cookie: cookieHeader(), 'content-type': 'application/x-www-form-urlencoded', ...headers },
        redirect: 'manual',
      });
      keep(r);
      return { status: r.status, headers: r.headers, location: r.headers.get('location') ?? '', html: await r.text() };
    },
  };
}
