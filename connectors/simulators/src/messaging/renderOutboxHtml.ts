import { escapeHtml } from '../runtime/escapeHtml';

/** One column of the outbox table. @internal */
export interface OutboxColumn<M> {
  header: string;
  cell: (message: M) => string;
}

/**
 * A plain, accessible HTML page of an outbox: language set, one `h1`, a table
 * with a caption and column headers, newest message first, no script.
 * @internal
 */
export function renderOutboxHtml<M extends { sentAt: string }>(
  title: string,
  columns: readonly OutboxColumn<M>[],
  messages: readonly M[],
): string {
  const e = escapeHtml;
  const head = columns.map((c) => `<th scope="col">${e(c.header)}</th>`).join('');
  const rows = [...messages]
    .reverse()
    .map(
      (m) =>
        `<tr>${columns.map((c, i) => (i === 0 ? `<th scope="row">${e(c.cell(m))}</th>` : `<td>${e(c.cell(m))}</td>`)).join('')}</tr>`,
    )
    .join('\n');
  const body = messages.length
    ? `<table><caption>${messages.length} mensaje(s), el más reciente primero</caption>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${rows}\n</tbody></table>`
    : '<p>No se ha enviado ningún mensaje.</p>';
  return `<!doctype html>
<html lang="es"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(title)}</title>
<style>body{font-family:system-ui,sans-serif;margin:1rem}table{border-collapse:collapse}th,td{border:1px solid #555;padding:.4rem;text-align:left;vertical-align:top}td{white-space:pre-wrap}</style>
</head>
<body><main>
<h1>${e(title)}</h1>
<p>Simulador: ningún mensaje sale de este proceso.</p>
${body}
</main></body></html>
`;
}
