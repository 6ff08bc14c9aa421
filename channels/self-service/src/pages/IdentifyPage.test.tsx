import { describe, expect, it } from 'vitest';
import { fieldsets, hidden, tags, textOf } from '../../test/html';
import { stepView } from '../../test/sampleViews';
import { testShell } from '../../test/testShell';
import type { StepView } from '../contract';
import { renderPage } from '../render';
import { IdentifyPage, identifyMode } from './IdentifyPage';

const identify = (identification: StepView['identification'], extra: Partial<StepView> = {}) =>
  stepView({ status: 'identify', step: undefined, identification, ...extra });

describe('IdentifyPage', () => {
  it('asks the protocol questions with hints, input purposes and the tries left', () => {
    // given
    const view = identify({
      reached: 0,
      needed: 1,
      method: 'protocol',
      attemptsLeft: 2,
      questions: [
        { id: 'citizenId', label: 'DNI o NIE' },
        { id: 'birthYear', label: 'Año de nacimiento' },
        { id: 'postcode', label: 'Código postal de su domicilio' },
      ],
    });
    // when
    const html = renderPage(<IdentifyPage shell={testShell()} view={view} />);
    // then
    expect(textOf(html, 'h1')).toBe('Identifíquese');
    expect(hidden(html, 'method')).toBe('protocol');
    const inputs = tags(html, 'input').filter((i) => i.class?.startsWith('input'));
    expect(inputs.map((i) => [i.name, i.autocomplete, i.inputmode])).toEqual([
      ['citizenId', undefined, undefined],
      ['birthYear', 'bday-year', 'numeric'],
      ['postcode', 'postal-code', 'numeric'],
    ]);
    expect(html).toContain('Le quedan 2 intentos.');
    expect(html).toContain('id="f-citizenId-hint"');
  });

  it('shows a mismatch at the top linked to the first question, keeping what was typed', () => {
    // given
    const view = identify(
      {
        reached: 0,
        needed: 1,
        method: 'protocol',
        attemptsLeft: 1,
        questions: [{ id: 'birthYear', label: 'Año de nacimiento' }],
      },
      { errors: [{ field: '', message: 'Los datos no coinciden.' }] },
    );
    // when
    const html = renderPage(<IdentifyPage shell={testShell()} view={view} posted={{ birthYear: '1950' }} />);
    // then
    expect(tags(html, 'a').find((a) => a.href === '#f-birthYear')).toBeTruthy();
    expect(tags(html, 'input').find((i) => i.name === 'birthYear')?.value).toBe('1950');
    expect(html).toContain('Le queda 1 intento.');
  });

  it('asks where to send the one-time code (a fieldset), then the code with autocomplete one-time-code and a resend form', () => {
    // given
    const choose = identify({ reached: 1, needed: 2, method: 'otp' });
    const code = identify({ reached: 1, needed: 2, method: 'otp', otpSentTo: 'l•••@example.org', attemptsLeft: 3 });
    // when
    const chooseHtml = renderPage(<IdentifyPage shell={testShell('en')} view={choose} />);
    const codeHtml = renderPage(<IdentifyPage shell={testShell('en')} view={code} />);
    // then
    expect(fieldsets(chooseHtml)[0]).toContain('<legend class="legend">Where should we send the code?</legend>');
    expect(
      tags(chooseHtml, 'input')
        .filter((i) => i.name === 'channel')
        .map((i) => i.value),
    ).toEqual(['sms', 'email']);
    expect(tags(codeHtml, 'input').find((i) => i.name === 'code')).toMatchObject({
      autocomplete: 'one-time-code',
      inputmode: 'numeric',
      id: 'f-code',
    });
    expect(codeHtml).toContain('We&#x27;ve sent a 6-digit code to l•••@example.org.');
    expect(
      tags(codeHtml, 'input')
        .filter((i) => i.name === 'channel')
        .map((i) => i.value),
    ).toEqual(['email']);
  });

  it('sends a citizen with no tries left, or needing video identification, to a person', () => {
    expect(identifyMode(identify({ reached: 0, needed: 1, method: 'protocol', attemptsLeft: 0 }))).toBe('locked');
    expect(identifyMode(identify({ reached: 2, needed: 3 }))).toBe('video');
    const html = renderPage(
      <IdentifyPage
        shell={testShell()}
        view={identify({ reached: 0, needed: 1, method: 'protocol', attemptsLeft: 0 })}
      />,
    );
    expect(textOf(html, 'h1')).toBe('No hemos podido identificarle');
    expect(tags(html, 'form')).toHaveLength(0);
    expect(tags(html, 'a').some((a) => a.href?.endsWith('/ayuda') && a.class === 'button')).toBe(true);
  });
});
