/**
 * Generates each connector's `types.generated.ts` from its template's `x-cauce-inputs` and `x-cauce-outputs`
 * with json-schema-to-typescript, so a worker's types are never written by hand.
 *
 *   npx tsx connectors/src/generateConnectorTypes.ts          # write every connector's file
 *
 * `generatedTypes.test.ts` renders them in memory and fails when a committed file differs (the drift check).
 * @internal
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { compile } from 'json-schema-to-typescript';

/** connectors/ */
export const connectorsRoot = fileURLToPath(new URL('..', import.meta.url));

/** Folders of connectors/ that hold a template.json, by name. */
export function connectorFolders(): string[] {
  return readdirSync(connectorsRoot, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(connectorsRoot, d.name, 'template.json')))
    .map((d) => d.name)
    .sort();
}

/** The type name prefix of a connector: `affiliation-get-citizen` → `AffiliationGetCitizen`. */
export function typePrefix(folder: string): string {
  return folder
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((part) => part[0]!.toUpperCase() + part.slice(1))
    .join('');
}

/** Renders one connector's types.generated.ts. */
export async function renderConnectorTypes(folder: string): Promise<string> {
  const template = JSON.parse(readFileSync(join(connectorsRoot, folder, 'template.json'), 'utf8')) as Record<
    string,
    unknown
  >;
  const prefix = typePrefix(folder);
  const parts: string[] = [];
  for (const [key, suffix] of [
    ['x-cauce-inputs', 'Inputs'],
    ['x-cauce-outputs', 'Outputs'],
  ] as const) {
    const schema = (template[key] ?? { type: 'object', properties: {} }) as Record<string, unknown>;
    parts.push(await compile({ ...schema, title: `${prefix}${suffix}` }, `${prefix}${suffix}`, OPTIONS));
  }
  return `${banner(folder)}${parts.join('\n')}`;
}

/** Writes every connector's file; returns the folders written. */
export async function writeConnectorTypes(): Promise<string[]> {
  const folders = connectorFolders();
  for (const folder of folders)
    writeFileSync(join(connectorsRoot, folder, 'types.generated.ts'), await renderConnectorTypes(folder));
  return folders;
}

// helpers

const OPTIONS = {
  bannerComment: '',
  // A connector's variables are what its schema names: no index signatures in the types.
  additionalProperties: false,
  strictIndexSignatures: true,
  ignoreMinAndMaxItems: true,
  $refOptions: { resolve: { external: false } },
  style: { singleQuote: true, printWidth: 120 },
};

function banner(folder: string): string {
  return `// Generated from ${folder}/template.json (x-cauce-inputs, x-cauce-outputs) by src/generateConnectorTypes.ts — do not edit.\n// Run \`npx tsx connectors/src/generateConnectorTypes.ts\`; src/generatedTypes.test.ts fails on drift.\n\n`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const written = await writeConnectorTypes();
  console.log(`wrote ${written.map((f) => `${f}/types.generated.ts`).join(', ')}`);
}
