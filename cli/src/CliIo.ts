/**
 * Where the CLI writes and what it resolves paths against; tests pass their own to read the output.
 * Results go to stdout (human text, or one JSON document with `--json`); progress and errors go to
 * stderr, so `--json` output stays parseable.
 * @public
 */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** the directory relative paths are resolved against and shown relative to */
  cwd: string;
  env: Record<string, string | undefined>;
}

/**
 * The process's streams. The working directory is the one the user typed the command in: npm and
 * pnpm run scripts from the workspace root but keep the original in `INIT_CWD`.
 * @public
 */
export function nodeIo(): CliIo {
  return {
    stdout: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
    stderr: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
    cwd: process.env.INIT_CWD ?? process.cwd(),
    env: process.env,
  };
}

/** A wrong command line: exit code 2 and the usage. @public */
export class UsageError extends Error {}
