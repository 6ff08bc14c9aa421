// `schema.hide` comes from @fastify/swagger (the engine registers it): these pages stay out of the OpenAPI document
/// <reference types="@fastify/swagger" />
import type { FastifyInstance } from 'fastify';

/** A plain landing page listing what the running product offers, and the robots.txt a public site answers. @internal */
export function homePage(opts: { simulatorsUrl: string }) {
  return async function (app: FastifyInstance) {
    // Citizens' pages may be indexed; sessions, the console and the APIs are nobody's business but their users'.
    app.get('/robots.txt', { schema: { hide: true } }, async (_request, reply) =>
      reply
        .type('text/plain; charset=utf-8')
        .send('User-agent: *\nAllow: /tramites/$\nAllow: /tramites/tramite/\nDisallow: /\n'),
    );
    app.get('/', { schema: { hide: true } }, async (_request, reply) => {
      reply.type('text/html; charset=utf-8');
      return `<!doctype html><html lang="es"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Cauce</title>
<style>body{font:1.1rem/1.5 system-ui,sans-serif;max-width:44rem;margin:2rem auto;padding:0 1rem;color:#0b0c0c}a{color:#1d4f91}</style></head>
<body><main><h1>Cauce</h1><p>Motor de procedimientos y argumentarios.</p><ul>
<li><a href="/tramites/">Trámites en línea</a> (páginas para la ciudadanía)</li>
<li><a href="/agente/">Consola del agente</a> (usuarios de demostración: ana, luis; contraseña «cauce»)</li>
<li><a href="/disenador/">Diseñador de procedimientos</a> (especialista de demostración: marta; supervisión, solo lectura: sara; contraseña «cauce»)</li>
<li><a href="/engine-rest/engine">API REST compatible con Camunda 7</a> (<a href="/engine-rest/openapi.json">OpenAPI</a>)</li>
<li><a href="${opts.simulatorsUrl}/sim">Sistemas corporativos simulados</a>: <a href="${opts.simulatorsUrl}/sim/sms/outbox?format=html">buzón SMS</a>, <a href="${opts.simulatorsUrl}/sim/email/outbox?format=html">buzón de correo</a></li>
</ul></main></body></html>`;
    });
  };
}
