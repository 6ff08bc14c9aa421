import { escapeHtml } from '../runtime/escapeHtml';
import type { CitizenRecord } from '../synthetic/CitizenRecord';
import { fullName } from '../synthetic/fullName';
import type { Benefit } from '../synthetic/schemas';

/**
 * The certificate of benefits (certificado de prestaciones) as an accessible
 * HTML page: a negative certificate when the citizen has no benefits. Marked
 * as simulated on its face, so a copy can never pass for a real one.
 * @internal
 */
export function renderCertificate(
  documentId: string,
  citizen: CitizenRecord,
  benefits: readonly Benefit[],
  issuedAt: string,
  purpose: string | undefined,
): string {
  const e = escapeHtml;
  const eur = new Intl.NumberFormat('es-ES', { style: 'currency', currency: 'EUR' });
  const rows = benefits
    .map(
      (b) =>
        `<tr><td>${e(b.name)}</td><td>${e(b.startDate)}</td><td>${e(eur.format(b.monthlyAmount))}</td>` +
        `<td>${b.paymentsPerYear}</td><td>${e(STATUS[b.status])}</td></tr>`,
    )
    .join('\n');
  const table = benefits.length
    ? `<table><caption>Prestaciones</caption><thead><tr><th scope="col">Prestación</th><th scope="col">Fecha de efectos</th>` +
      `<th scope="col">Importe mensual bruto</th><th scope="col">Pagas al año</th><th scope="col">Situación</th></tr></thead>\n<tbody>${rows}</tbody></table>`
    : '<p>No consta que la persona interesada perciba ninguna prestación (certificado negativo).</p>';
  return `<!doctype html>
<html lang="es"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Certificado de prestaciones ${e(documentId)} (simulado)</title></head>
<body><main>
<p><strong>Documento simulado, sin validez: generado por los simuladores de Cauce.</strong></p>
<h1>Certificado de prestaciones</h1>
<dl><dt>Documento</dt><dd>${e(documentId)}</dd><dt>Persona interesada</dt><dd>${e(fullName(citizen))}</dd>
<dt>DNI/NIF</dt><dd>${e(citizen.id)}</dd><dt>Fecha de emisión</dt><dd><time datetime="${e(issuedAt)}">${e(issuedAt.slice(0, 10))}</time></dd>
${purpose ? `<dt>Finalidad</dt><dd>${e(purpose)}</dd>` : ''}</dl>
${table}
</main></body></html>
`;
}

// helpers
const STATUS = { active: 'En vigor', suspended: 'Suspendida', ended: 'Extinguida' } as const;
