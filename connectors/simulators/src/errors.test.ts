import type { FastifyError } from 'fastify';
import { describe, expect, it } from 'vitest';
import { SimError, citizenNotFound, simErrorRegistry } from './errors';
import { toSimError } from './runtime/installSimRuntime';

describe('errors', () => {
  it('fills templates and carries code and status', () => {
    // given
    const make = citizenNotFound;
    // when
    const error = make('99000099A');
    // then
    expect(error).toBeInstanceOf(SimError);
    expect([error.code, error.statusCode, error.message]).toEqual([
      'SIM_CITIZEN_NOT_FOUND',
      404,
      "no citizen '99000099A'",
    ]);
  });

  it('maps every failure to a registered code with its status', () => {
    // given
    const failures = [
      Object.assign(new Error('body/to must match'), { validation: [{}], statusCode: 400 }),
      Object.assign(new Error('too big'), { statusCode: 413 }),
      Object.assign(new Error('media'), { statusCode: 415 }),
      Object.assign(new Error('bad json'), { statusCode: 400 }),
      new Error('bug'),
    ] as FastifyError[];
    // when
    const mapped = failures.map((f) => toSimError(f, 'sms', 'text/plain'));
    // then
    expect(mapped.map((e) => e.code)).toEqual([
      'SIM_BAD_REQUEST',
      'SIM_BODY_TOO_LARGE',
      'SIM_UNSUPPORTED_MEDIA_TYPE',
      'SIM_BAD_REQUEST',
      'SIM_INTERNAL',
    ]);
    for (const e of mapped) expect(simErrorRegistry.get(e.code)?.statusCode).toBe(e.statusCode);
  });
});
