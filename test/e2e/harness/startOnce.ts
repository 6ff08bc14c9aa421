import type { Queryable } from '@cauce/engine';
import type { EngineRest } from './EngineRest';
import { sleep } from './waitFor';

/**
 * Starts the instance of `key` with this business key exactly once, as a careful client would: when a start
 * request fails (the engine died, or answered 5xx because PostgreSQL refused a connection), the database says
 * whether it committed anyway (the business key exists), and only if not is it sent again. Each failure's message
 * goes to `failures`, so the test can print why it had to retry.
 * @internal
 */
export async function startOnce(
  rest: EngineRest,
  db: Queryable,
  key: string,
  businessKey: string,
  failures: string[],
): Promise<void> {
  for (;;) {
    try {
      await rest.start(key, { businessKey });
      return;
    } catch (error) {
      failures.push(error instanceof Error ? error.message : String(error));
      // A process killed mid-request has ended its transaction by now, one way or the other.
      await sleep(200);
      const { rows } = await db.query(
        'select 1 from process_instance where definition_key = $1 and business_key = $2',
        [key, businessKey],
      );
      if (rows.length > 0) return;
    }
  }
}
