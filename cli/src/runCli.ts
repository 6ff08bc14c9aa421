import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError, type CliIo } from './CliIo';
import { USAGE } from './usage';

/** The options every verb may receive, parsed. @public */
export interface CliOptions {
  json: boolean;
  quiet: boolean;
  all: boolean;
  connectors?: string;
  allowWarnings: boolean;
  minCoverage?: number;
  live: boolean;
  url?: string;
  user?: string;
  password?: string;
  tenant?: string;
  bpmnOnly: boolean;
  /** validate / lint: also the conventions the channels rely on when they publish */
  conventions: boolean;
  force: boolean;
  out?: string;
  dir?: string;
  topic?: string;
}

/**
 * Runs one command line and returns the exit code: 0 nothing found, 1 findings or failures, 2 a
 * wrong command line. Never calls `process.exit`, so tests run it in process.
 * @public
 */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  let verb: string | undefined;
  let args: string[];
  let options: CliOptions;
  try {
    const parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
    [verb, ...args] = parsed.positionals;
    const v = parsed.values as Record<string, string | boolean | undefined>;
    if (v.help || verb === 'help') {
      io.stdout(USAGE);
      return 0;
    }
    options = {
      json: Boolean(v.json),
      quiet: Boolean(v.quiet),
      all: Boolean(v.all),
      allowWarnings: Boolean(v['allow-warnings']),
      bpmnOnly: Boolean(v['bpmn-only']),
      conventions: Boolean(v.conventions),
      force: Boolean(v.force),
      live: Boolean(v.live),
      connectors: v.connectors as string | undefined,
      url: v.url as string | undefined,
      user: v.user as string | undefined,
      password: v.password as string | undefined,
      tenant: v.tenant as string | undefined,
      out: v.out as string | undefined,
      dir: v.dir as string | undefined,
      topic: v.topic as string | undefined,
      minCoverage: v['min-coverage'] === undefined ? undefined : percent(v['min-coverage'] as string),
    };
    if (!verb) throw new UsageError('no verb given');
    const run = VERBS[verb];
    if (!run) throw new UsageError(`unknown verb '${verb}'`);
    return await run(args, options, io);
  } catch (error) {
    if (error instanceof UsageError || isParseArgsError(error)) {
      io.stderr(`cauce: ${(error as Error).message}\n\n${USAGE}`);
      return 2;
    }
    io.stderr(`cauce: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return 1;
  }
}

// helpers

type Verb = (args: string[], options: CliOptions, io: CliIo) => Promise<number>;

/** Each verb loads its modules on use, so `--help` and a usage error answer at once. */
const VERBS: Record<string, Verb> = {
  validate: async (args, options, io) => (await import('./verbs/checkVerb')).checkVerb('validate', args, options, io),
  lint: async (args, options, io) => (await import('./verbs/checkVerb')).checkVerb('lint', args, options, io),
  test: async (...a) => (await import('./verbs/testVerb')).testVerb(...a),
  deploy: async (...a) => (await import('./verbs/deployVerb')).deployVerb(...a),
  types: async (...a) => (await import('./verbs/typesVerb')).typesVerb(...a),
  'new-connector': async (...a) => (await import('./verbs/newConnectorVerb')).newConnectorVerb(...a),
};

const OPTIONS: ParseArgsConfig['options'] = {
  help: { type: 'boolean', short: 'h' },
  json: { type: 'boolean' },
  quiet: { type: 'boolean', short: 'q' },
  all: { type: 'boolean' },
  connectors: { type: 'string' },
  'allow-warnings': { type: 'boolean' },
  'min-coverage': { type: 'string' },
  live: { type: 'boolean' },
  url: { type: 'string' },
  user: { type: 'string' },
  password: { type: 'string' },
  tenant: { type: 'string' },
  'bpmn-only': { type: 'boolean' },
  conventions: { type: 'boolean' },
  force: { type: 'boolean' },
  out: { type: 'string' },
  dir: { type: 'string' },
  topic: { type: 'string' },
};

function percent(text: string): number {
  const value = Number(text);
  if (!Number.isFinite(value) || value < 0 || value > 100)
    throw new UsageError(`--min-coverage must be a number from 0 to 100 (got '${text}')`);
  return value;
}

function isParseArgsError(error: unknown): boolean {
  return (
    typeof (error as { code?: unknown })?.code === 'string' &&
    (error as { code: string }).code.startsWith('ERR_PARSE_ARGS')
  );
}
