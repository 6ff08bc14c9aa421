import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';

/** The connector catalogue: which external-task topics have a connector, and where its template is. @public */
export interface ConnectorCatalogue {
  /** the catalogue folder, undefined when none was found */
  dir?: string;
  /** topic → template file (absolute), or the template's id for a catalogue held in memory */
  topics: Map<string, string>;
  /** topic → the JSON Schema of the variables its connector returns (`x-cauce-outputs`), when the template says */
  outputs: Map<string, unknown>;
}

/**
 * Reads `<dir>/<connector>/template.json` (a Camunda 7 element template, or an array of them; a
 * flat `<dir>/<name>.template.json` is read too) and collects the value of each property bound to
 * `camunda:topic`. A missing or empty folder, or an
 * unreadable template, gives fewer topics, never an error: the lint rule then reports the topics.
 * @public
 */
export async function readCatalogue(dir: string | undefined): Promise<ConnectorCatalogue> {
  const topics = new Map<string, string>();
  const outputs = new Map<string, unknown>();
  if (!dir || !existsSync(dir)) return { dir, topics, outputs };
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    const file = entry.isDirectory()
      ? join(dir, entry.name, 'template.json')
      : entry.name.endsWith('.template.json')
        ? join(dir, entry.name)
        : undefined;
    if (!file) continue;
    const text = await readFile(file, 'utf8').catch(() => undefined);
    if (text === undefined) continue;
    let templates: unknown;
    try {
      templates = JSON.parse(text);
    } catch {
      continue;
    }
    addTemplates(Array.isArray(templates) ? templates : [templates], file, { topics, outputs });
  }
  return { dir, topics, outputs };
}

/**
 * The catalogue of templates held in memory (the connectors' `CONNECTORS[].template`, as the designer gets them):
 * each topic maps to its template's id. The same reading as {@link readCatalogue}'s. @public
 */
export function catalogueOf(templates: readonly unknown[]): ConnectorCatalogue {
  const catalogue: ConnectorCatalogue = { topics: new Map(), outputs: new Map() };
  for (const template of templates)
    addTemplates([template], String((template as { id?: unknown })?.id ?? 'template'), catalogue);
  return catalogue;
}

/**
 * Where the catalogue is when no folder is given: the nearest `connectors/` folder above the
 * package (the workspace's, for packages in `procedures/`). @public
 */
export function findCatalogueDir(packageDir: string): string | undefined {
  for (let at = resolve(packageDir); ; at = dirname(at)) {
    const candidate = join(at, 'connectors');
    if (existsSync(candidate)) return candidate;
    if (dirname(at) === at) return undefined;
  }
}

// helpers
function addTemplates(
  templates: unknown[],
  source: string,
  into: Pick<ConnectorCatalogue, 'topics' | 'outputs'>,
): void {
  for (const template of templates) {
    const topic = topicOf(template);
    if (!topic || into.topics.has(topic)) continue;
    into.topics.set(topic, source);
    const declared = (template as { 'x-cauce-outputs'?: unknown })['x-cauce-outputs'];
    if (declared !== undefined) into.outputs.set(topic, declared);
  }
}

function topicOf(template: unknown): string | undefined {
  const properties = (template as { properties?: unknown })?.properties;
  if (!Array.isArray(properties)) return undefined;
  const bound = properties.find((p) => p?.binding?.type === 'property' && p.binding.name === 'camunda:topic');
  return typeof bound?.value === 'string' && bound.value.trim() ? bound.value.trim() : undefined;
}
