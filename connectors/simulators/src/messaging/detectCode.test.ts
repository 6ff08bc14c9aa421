import { describe, expect, it } from 'vitest';
import { detectCode } from './detectCode';

describe('detectCode', () => {
  it.each([
    ['482913 es su código de verificación de la Seguridad Social', '482913'],
    ['INSS: su código es 7391. No lo comparta.', '7391'],
    ['Cita el 02/06/2026 a las 09:15, código 55012', '55012'],
    ['Importe 1.480,35 euros', null],
    ['sin código', null],
  ])('%s → %s', (text, expected) => {
    // given a message text
    // when
    const code = detectCode(text);
    // then
    expect(code).toBe(expected);
  });
});
