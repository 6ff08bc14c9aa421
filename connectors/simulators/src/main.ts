/**
 * Runs the simulators from a shell:
 *   npx tsx connectors/simulators/src/main.ts [service …] [--port 4010] [--host 127.0.0.1]
 * No service names: all six. Port also from CAUCE_SIM_PORT; faults from CAUCE_SIM_* (see README.md).
 */
import { SIM_SERVICES, type SimServiceName } from './runtime/SimServiceName';
import { startSimulators } from './startSimulators';

const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i === -1 ? undefined : args.splice(i, 2)[1];
};
const port = Number(option('port') ?? process.env.CAUCE_SIM_PORT ?? 4010);
const host = option('host') ?? '127.0.0.1';
const unknown = args.filter((a) => !(SIM_SERVICES as readonly string[]).includes(a));
if (unknown.length > 0) {
  console.error(`unknown simulator(s): ${unknown.join(', ')}; known: ${SIM_SERVICES.join(', ')}`);
  process.exit(2);
}
const running = await startSimulators({
  port,
  host,
  services: args.length > 0 ? (args as SimServiceName[]) : undefined,
  logger: { level: process.env.LOG_LEVEL ?? 'info' },
});
for (const [name, url] of Object.entries(running.urls)) console.log(`${name.padEnd(12)} ${url}`);
for (const name of ['sms', 'email'] as const) {
  if (running.urls[name] !== undefined) console.log(`${`${name} outbox`.padEnd(12)} ${running.urls[name]}/outbox`);
}
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.once(signal, () => void running.close().then(() => process.exit(0)));
