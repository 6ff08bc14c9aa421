/**
 * What only the engine may read of an instance: its token tree and scopes (`InstanceData`, the `data` column of
 * `process_instance`) and its definition cache. Everyone else asks the engine's public reads (`instanceSnapshot`,
 * `definitionModel`, `openTasksOfTree`…), so the engine can change how it keeps an instance without breaking them.
 */
const RULES: Array<{ pattern: RegExp; what: string }> = [
  { pattern: /\.data\.(tokens|scopes|root)\b/, what: "walks an instance's token tree or scopes" },
  { pattern: /\b(InstanceData|variablesVisibleFrom|DefinitionCache)\b/, what: "names the engine's instance internals" },
  {
    pattern: /\.definitions\.(get|put|latestIdOf|rememberLatest|forgetLatest)\(/,
    what: "reads the engine's definition cache",
  },
  { pattern: /select\b[^'"`;]*\bdata\b[^'"`;]*\bfrom\s+process_instance\b/i, what: 'selects process_instance.data' },
];

/**
 * The lines of `files` (path → source) that read the engine's instance internals, as `path:line what`; files of
 * the engine itself are its own business and are not checked.
 * @internal
 */
export function engineInternalReads(files: Map<string, string>): string[] {
  const found: string[] = [];
  for (const [path, source] of files) {
    if (path.startsWith('engine/')) continue;
    source.split('\n').forEach((line, i) => {
      for (const rule of RULES) if (rule.pattern.test(line)) found.push(`${path}:${i + 1} ${rule.what}`);
    });
  }
  return found;
}
