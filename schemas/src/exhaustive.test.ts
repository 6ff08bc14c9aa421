import { describe, expect, it } from 'vitest';
import { exhaustive } from './exhaustive';

type Shape = { kind: 'circle'; r: number } | { kind: 'square'; side: number };

describe('exhaustive', () => {
  it('throws on a value the switch did not expect, naming it', () => {
    // given a value from outside the types (a row, a request)
    const odd = { kind: 'triangle' } as unknown as Shape;
    const area = (shape: Shape): number => {
      switch (shape.kind) {
        case 'circle':
          return Math.PI * shape.r ** 2;
        case 'square':
          return shape.side ** 2;
        default:
          return exhaustive(shape, 'shape');
      }
    };
    // when
    const run = () => area(odd);
    // then
    expect(run).toThrow(`unhandled shape {"kind":"triangle"}`);
    expect(() => exhaustive('x' as never)).toThrow("unhandled value 'x'");
  });

  it('does not type-check while a member is unhandled (tsc checks the expect-error)', () => {
    // given a switch that forgot 'square'
    const forgot = (shape: Shape): number => {
      switch (shape.kind) {
        case 'circle':
          return shape.r;
        default:
          // @ts-expect-error shape is still { kind: 'square' }, not never
          return exhaustive(shape, 'shape');
      }
    };
    // then at run time it throws too
    expect(() => forgot({ kind: 'square', side: 1 })).toThrow('unhandled shape');
  });
});
