/**
 * Maps element ids to the line where they are declared, so every refusal can say where to look.
 * moddle keeps no positions, so the source is scanned once for `id="…"` attributes.
 * @public
 */
export function lineIndex(xml: string): Map<string, number> {
  const lines = new Map<string, number>();
  const starts = [0];
  for (let i = 0; i < xml.length; i++) if (xml.charCodeAt(i) === 10) starts.push(i + 1);
  const pattern = /<[\w:.-]+\s[^>]*?\bid\s*=\s*("([^"]*)"|'([^']*)')/g;
  for (const match of xml.matchAll(pattern)) {
    const id = match[2] ?? match[3];
    const offset = (match.index ?? 0) + match[0].lastIndexOf('id');
    if (!lines.has(id)) lines.set(id, lineAt(starts, offset));
  }
  return lines;
}

// helpers
function lineAt(starts: number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}
