import { describe, expect, it } from 'vitest';
import { idempotencyKey } from './idempotencyKey';

describe('idempotencyKey', () => {
  const task = {
    processInstanceId: '0b6f3c1e-1111-4a4a-9a9a-000000000001',
    activityId: 'BookAppointment',
    activityInstanceId: 'c0ffee00-2222-4b4b-8b8b-000000000002',
  };

  it('is the same for every retry of one visit of the activity', () => {
    // given the task as fetched the first time and again after a failure
    const retried = { ...task, retries: 2 } as typeof task;
    // when
    const first = idempotencyKey(task);
    const again = idempotencyKey(retried);
    // then
    expect(again).toBe(first);
    expect(first).toBe(`cauce:${task.processInstanceId}:BookAppointment:${task.activityInstanceId}`);
  });

  it('differs for another visit of the same activity and for a second call of the task', () => {
    // given
    const loopedBack = { ...task, activityInstanceId: 'c0ffee00-3333-4b4b-8b8b-000000000003' };
    // when
    const keys = [idempotencyKey(task), idempotencyKey(loopedBack), idempotencyKey(task, 2)];
    // then
    expect(new Set(keys).size).toBe(3);
  });

  it('stays within 200 characters for long activity ids', () => {
    // given
    const long = { ...task, activityId: 'A'.repeat(300) };
    // when
    const key = idempotencyKey(long);
    // then
    expect(key).toMatch(/^cauce:[0-9a-f]{64}$/);
    expect(idempotencyKey(long)).toBe(key);
  });
});
