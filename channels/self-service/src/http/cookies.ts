/** Cookies of a request header, decoded; a malformed value is skipped, never thrown on. @internal */
export function parseCookies(header: string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  if (!header) return out;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 1) continue;
    const name = part.slice(0, eq).trim();
    const raw = part
      .slice(eq + 1)
      .trim()
      .replace(/^"(.*)"$/, '$1');
    try {
      if (!(name in out)) out[name] = decodeURIComponent(raw);
    } catch {
      // a value that is not valid percent-encoding is not ours
    }
  }
  return out;
}

/**
 * A `Set-Cookie` value. Always HttpOnly and SameSite=Lax (Lax: a citizen following a link from an email or SMS
 * still arrives with their session; cross-site form posts do not carry it). `secure` adds Secure.
 * @internal
 */
export function serializeCookie(
  name: string,
  value: string,
  opts: { path: string; maxAgeSeconds: number; secure: boolean },
): string {
  return `${name}=${encodeURIComponent(value)}; Path=${opts.path}; Max-Age=${opts.maxAgeSeconds}; HttpOnly; SameSite=Lax${opts.secure ? '; Secure' : ''}`;
}
