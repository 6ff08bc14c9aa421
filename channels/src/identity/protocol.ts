import { randomInt } from 'node:crypto';
import { exhaustive } from '@cauce/schemas';
import type { CitizenRecord } from './CorporateSystems';
import type { ProtocolQuestion } from './identificationTexts';

/**
 * The level-1 questions for a known citizen: the birth year and one more fact drawn at random from what their
 * record holds (postcode, last 4 digits of the account, year of affiliation), so a caller cannot learn one fixed
 * pair. When nobody is named yet (a citizen on the web), the id is asked too, with birth year and postcode.
 * @public
 */
export function chooseQuestions(record: CitizenRecord | undefined): { questions: ProtocolQuestion[] } {
  if (!record) return { questions: ['citizenId', 'birthYear', 'postcode'] };
  const extra: ProtocolQuestion[] = ['postcode'];
  if (record.protocol.bankAccountLast4) extra.push('bankAccountLast4');
  if (record.protocol.affiliationYear) extra.push('affiliationYear');
  return { questions: ['birthYear', extra[randomInt(extra.length)]] };
}

/** Whether every answer matches the record (spaces and case ignored; the id in either case). @public */
export function protocolMatches(
  record: CitizenRecord,
  questions: ProtocolQuestion[],
  answers: Record<string, string>,
): boolean {
  return questions.every((q) => {
    const given = normalize(answers[q]);
    switch (q) {
      case 'citizenId':
        return given === normalize(record.id);
      case 'birthYear':
        return given === String(record.protocol.birthYear);
      case 'postcode':
        return given === normalize(record.protocol.postcode);
      case 'bankAccountLast4':
        return !!record.protocol.bankAccountLast4 && given === normalize(record.protocol.bankAccountLast4);
      case 'affiliationYear':
        return record.protocol.affiliationYear !== null && given === String(record.protocol.affiliationYear);
      default:
        return exhaustive(q, 'question');
    }
  });
}

// helpers
function normalize(value: unknown): string {
  return String(value ?? '')
    .replace(/[\s.-]/g, '')
    .toUpperCase();
}
