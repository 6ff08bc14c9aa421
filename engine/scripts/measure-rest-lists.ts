// Measures the /engine-rest list queries and the counts bundleSql derives from them (`--! count`) on a database
// holding N instances (default 7,000) of rest.reference.bpmn in every state: ended, at the user task, at the
// external task, and with an incident. For each pair it times the list (first page of 25, and all rows), the same
// page with a window `count(*) over ()` (the other way to have one query per pair, measured to justify the choice:
// the window needs every matching row before the limit), and the derived count. Prints the median of `--repeat`
// runs (default 15) after one warm-up.
// Run: cd engine && npx tsx scripts/measure-rest-lists.ts [--n 7000] [--repeat 15]   (DATABASE_URL adds PostgreSQL)
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { Engine } from '../src/commands/Engine';
import { deploy } from '../src/commands/deploy';
import { completeExternalTask, failExternalTask, fetchAndLock } from '../src/external-tasks/externalTasks';
import type { Db } from '../src/store/Db';
import { queries as SQL } from '../src/store/generated/sql';
import { migrate } from '../src/store/migrate';
import { openDb } from '../src/store/openDb';
import { completeTask } from '../src/tasks/userTasks';
import { typedFromPlain } from '../src/variables/TypedValue';

const { values } = parseArgs({ options: { n: { type: 'string' }, repeat: { type: 'string' } } });
const n = Number(values.n ?? 7000);
const repeat = Number(values.repeat ?? 15);
const xml = readFileSync(new URL('../src/api/engine-rest/rest.reference.bpmn', import.meta.url), 'utf8');

/** Each list with the parameters of an unfiltered request (all filters null), offset and limit last. */
const LISTS: Array<{ list: keyof typeof SQL; count: keyof typeof SQL; filters: () => unknown[] }> = [
  { list: 'restDefinitionList', count: 'restDefinitionCount', filters: () => nulls(12) },
  { list: 'restDeploymentList', count: 'restDeploymentCount', filters: () => nulls(6) },
  { list: 'restExternalTaskList', count: 'restExternalTaskCount', filters: () => [new Date(), ...nulls(18)] },
  { list: 'restHistoryActivityList', count: 'restHistoryActivityCount', filters: () => nulls(8) },
  { list: 'restHistoryInstanceList', count: 'restHistoryInstanceCount', filters: () => nulls(17) },
  { list: 'restIncidentList', count: 'restIncidentCount', filters: () => nulls(9) },
  { list: 'restInstanceList', count: 'restInstanceCount', filters: () => ['ACTIVE', ...nulls(11)] },
  { list: 'restTaskList', count: 'restTaskCount', filters: () => nulls(18) },
];

const targets = [
  { name: 'PGlite', options: {} },
  ...(process.env.DATABASE_URL
    ? [{ name: 'PostgreSQL', options: { url: process.env.DATABASE_URL, schema: `measure_${Date.now()}` } }]
    : []),
];
for (const target of targets) {
  const db = await openDb(target.options);
  await migrate(db);
  const started = performance.now();
  await populate(new Engine({ db }));
  console.log(`${target.name}: ${n} instances in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  console.log('query                     rows   page of 25   page + window   all rows   count (derived)');
  for (const { list, count, filters } of LISTS) {
    const windowed = SQL[list].replace(/\bselect /, 'select count(*) over () as total_count, ');
    const rows = (await db.query(SQL[list], [...filters(), 0, null])).rowCount;
    const page = await median(db, SQL[list], [...filters(), 0, 25]);
    const all = await median(db, SQL[list], [...filters(), 0, null]);
    const window = await median(db, windowed, [...filters(), 0, 25]);
    const counted = await median(db, SQL[count], filters());
    console.log(
      [
        list.padEnd(24),
        String(rows).padStart(5),
        page.padStart(12),
        window.padStart(15),
        all.padStart(10),
        counted.padStart(17),
      ].join(' '),
    );
  }
  if ('schema' in target.options) await db.query(`drop schema "${target.options.schema}" cascade`);
  await db.close();
}

// helpers
function nulls(count: number): null[] {
  return Array.from({ length: count }, () => null);
}

async function median(db: Db, text: string, params: unknown[]): Promise<string> {
  await db.query(text, params);
  const ms: number[] = [];
  for (let i = 0; i < repeat; i++) {
    const t = performance.now();
    await db.query(text, params);
    ms.push(performance.now() - t);
  }
  ms.sort((a, b) => a - b);
  return `${ms[Math.floor(ms.length / 2)].toFixed(2)} ms`;
}

/** n instances: a third end at once (amount 10), the rest wait at `review`; of those, half are completed, and of the
 * external tasks of the last batch a few fail without retries (incidents) and the others stay open. */
async function populate(engine: Engine): Promise<void> {
  await deploy(engine, { resources: [{ name: 'reference.bpmn', content: xml }] });
  const open = Math.floor(n / 6);
  for (let i = 0; i < n; i += 50) {
    const batch = Array.from({ length: Math.min(50, n - i) }, (_, j) => i + j);
    await Promise.all(
      batch.map((k) =>
        engine.startProcess({ key: 'reference', businessKey: `bk-${k}`, variables: typedFromPlain({ k }) }),
      ),
    );
  }
  for (let done = 0; done < n - open;) {
    const tasks = await fetchAndLock(engine, {
      workerId: 'm',
      maxTasks: Math.min(100, n - open - done),
      topics: [{ topicName: 'check', lockDuration: 600_000 }],
    });
    await Promise.all(
      tasks.map((t, j) =>
        completeExternalTask(engine, t.id, 'm', typedFromPlain({ amount: (done + j) % 3 === 0 ? 10 : 5000 })),
      ),
    );
    done += tasks.length;
  }
  const failing = await fetchAndLock(engine, {
    workerId: 'm',
    maxTasks: Math.ceil(open / 10),
    topics: [{ topicName: 'check', lockDuration: 600_000 }],
  });
  for (const t of failing) await failExternalTask(engine, t.id, 'm', { errorMessage: 'down', retries: 0 });
  const { rows } = await engine.db.query<{ id: string }>("select id from task where element_id = 'review'");
  for (let i = 0; i < rows.length / 2; i += 50)
    await Promise.all(rows.slice(i, Math.min(i + 50, rows.length / 2)).map((t) => completeTask(engine, t.id)));
}
