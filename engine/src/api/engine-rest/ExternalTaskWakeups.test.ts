import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../store/Db';
import { databasesUnderTest } from '../../store/testing';
import { EXTERNAL_TASK_CHANNEL, ExternalTaskWakeups } from './ExternalTaskWakeups';

describe.each(databasesUnderTest())('ExternalTaskWakeups on $name', (d) => {
  let db: Db;
  let wakeups: ExternalTaskWakeups;
  beforeEach(async () => {
    db = await d.open();
    wakeups = new ExternalTaskWakeups(db);
    await wakeups.start();
  });
  afterEach(async () => {
    await wakeups.stop();
    await db.close();
  });

  it('wakes the waiters of a topic on NOTIFY, and only them', async () => {
    // given
    const check = wakeups.wait(['check']);
    const other = wakeups.wait(['other']);
    let otherWoken = false;
    void other.woken.then(() => (otherWoken = true));
    // when
    await db.query(`select pg_notify('${EXTERNAL_TASK_CHANNEL}', 'check')`);
    await check.woken;
    // then
    expect(otherWoken).toBe(false);
    expect(wakeups.waiting).toBe(1);
    other.cancel();
    expect(wakeups.waiting).toBe(0);
  });

  it('latches a wake-up that arrives before anyone awaits it', async () => {
    // given a waiter registered before its fetch
    const waiter = wakeups.wait(['check']);
    // when the notification comes while the fetch runs
    wakeups.notify('check');
    // then awaiting afterwards returns at once
    await waiter.woken;
    expect(wakeups.waiting).toBe(0);
  });

  it('wakes after the earliest wakeAfter, and everyone on stop', async () => {
    // given
    const timed = wakeups.wait(['a']);
    const open = wakeups.wait(['b']);
    const started = Date.now();
    // when
    timed.wakeAfter(5_000);
    timed.wakeAfter(50);
    timed.wakeAfter(10_000);
    await timed.woken;
    const elapsed = Date.now() - started;
    await wakeups.stop();
    await open.woken;
    // then
    expect(elapsed).toBeGreaterThanOrEqual(45);
    expect(elapsed).toBeLessThan(1_000);
    expect(wakeups.waiting).toBe(0);
    await wakeups.wait(['c']).woken;
  });
});
