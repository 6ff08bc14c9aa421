import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** ../shared/corpora, next to the checkout; read only, never written. */
export const corporaDir = findCorpora();

/**
 * ../shared/corpora next to the checkout; a clean clone elsewhere (CI) finds it through CAUCE_CORPORA_DIR or the
 * workplace's /work/shared/corpora.
 */
function findCorpora(): string {
  const candidates = [
    process.env.CAUCE_CORPORA_DIR,
    fileURLToPath(new URL('../../../shared/corpora/', import.meta.url)),
    '/work/shared/corpora/',
  ];
  for (const dir of candidates) if (dir && existsSync(dir)) return dir.endsWith('/') ? dir : `${dir}/`;
  throw new Error(`corpora not found; set CAUCE_CORPORA_DIR (looked in ${candidates.filter(Boolean).join(', ')})`);
}

/** Every .bpmn file of every corpus, as `corpus/file.bpmn`, sorted. */
export function corpusFiles(): string[] {
  const out: string[] = [];
  for (const corpus of readdirSync(corporaDir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()) {
    for (const file of readdirSync(`${corporaDir}${corpus}`)
      .filter((f) => f.endsWith('.bpmn'))
      .sort())
      out.push(`${corpus}/${file}`);
  }
  return out;
}

/** The text of `corpus/file.bpmn`. */
export function readCorpusFile(file: string): string {
  return readFileSync(`${corporaDir}${file}`, 'utf8');
}
