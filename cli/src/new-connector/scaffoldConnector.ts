import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** What {@link scaffoldConnector} needs. @internal */
export interface ScaffoldInput {
  /** folder name, kebab-case: `pensions-claim-state` */
  name: string;
  /** the external-task topic; default: the name with its first hyphen made a dot (`pensions.claim-state`) */
  topic?: string;
  /** the catalogue folder to create `<name>/` in */
  catalogueDir: string;
}

/**
 * Copies the connector template beside this file (a working, tested connector named `example-lookup`)
 * into `<catalogue>/<name>/`, renaming it: folder and template id, topic, type names, label and the
 * system URL variable. Refuses an invalid name or an existing folder.
 * @internal
 */
export async function scaffoldConnector(
  input: ScaffoldInput,
): Promise<
  { ok: true; dir: string; topic: string; files: string[] } | { ok: false; reason: 'name' | 'exists'; message: string }
> {
  const { name } = input;
  if (!/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(name))
    return {
      ok: false,
      reason: 'name',
      message: `'${name}' is not a connector name: lower-case words joined by hyphens (pensions-claim-state)`,
    };
  const topic = input.topic ?? name.replace('-', '.');
  if (!/^[A-Za-z0-9][A-Za-z0-9_.:-]*$/.test(topic))
    return {
      ok: false,
      reason: 'name',
      message: `'${topic}' is not an external-task topic: letters, digits, _, ., : or -`,
    };
  const dir = join(input.catalogueDir, name);
  if (existsSync(dir)) return { ok: false, reason: 'exists', message: `${dir} already exists` };
  const words = name.split('-');
  const replacements: Array<[string, string]> = [
    ['example.lookup', topic],
    ['example-lookup', name],
    ['ExampleLookup', words.map((w) => w[0].toUpperCase() + w.slice(1)).join('')],
    ['EXAMPLE_LOOKUP', words.join('_').toUpperCase()],
    ['Example lookup', words.join(' ').replace(/^./, (c) => c.toUpperCase())],
  ];
  await mkdir(dir, { recursive: true });
  const files: string[] = [];
  for (const file of (await readdir(TEMPLATE_DIR)).sort()) {
    let text = await readFile(join(TEMPLATE_DIR, file), 'utf8');
    for (const [from, to] of replacements) text = text.split(from).join(to);
    await writeFile(join(dir, file), text);
    files.push(file);
  }
  return { ok: true, dir, topic, files };
}

// helpers

const TEMPLATE_DIR = fileURLToPath(new URL('./template/', import.meta.url));
