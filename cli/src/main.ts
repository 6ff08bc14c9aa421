#!/usr/bin/env -S npx tsx
/**
 * `npm run cauce -- <verb> …`: the Cauce command line (validate, lint, test, deploy, types,
 * new-connector). See README.md beside this file. Exit codes: 0 clean, 1 findings or failures,
 * 2 a wrong command line.
 */
import { nodeIo } from './CliIo';
import { runCli } from './runCli';

process.exitCode = await runCli(process.argv.slice(2), nodeIo());
