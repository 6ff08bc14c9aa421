import type { StepField } from '@cauce/forms';

/** How the pages draw a text input: its type, the keyboard it asks for, its width class and spell checking. @internal */
export interface Look {
  inputType: 'text' | 'email' | 'tel' | 'date';
  inputMode?: 'numeric' | 'tel' | 'email' | 'text';
  /** width class by the longest answer */
  width: 'w4' | 'w6' | 'w10' | 'w20' | 'full';
  spellcheck: boolean;
}

/**
 * The look of a field's input on the pages (GOV.UK widths and input modes): email, phone and date inputs get their
 * types and keyboards; numbers, postcodes and digits-only patterns a numeric keyboard; the width follows the longest
 * answer (`maxLength`) or the input's purpose; spell checking is off for personal data, numbers and typed inputs.
 * A field may set its own look (the pages' own questions, such as the identification ones).
 * @internal
 */
export function lookOf(field: StepField & { look?: Partial<Look> }): Look {
  const inputType =
    field.kind === 'email' ? 'email' : field.kind === 'phone' ? 'tel' : field.kind === 'date' ? 'date' : 'text';
  const numeric = field.kind === 'number' || field.autocomplete === 'postal-code' || digitsOnly(field.pattern);
  const look: Look = {
    inputType,
    inputMode:
      inputType === 'tel'
        ? 'tel'
        : inputType === 'email'
          ? 'email'
          : numeric && inputType === 'text'
            ? 'numeric'
            : undefined,
    width: widthOf(field.maxLength, field.autocomplete),
    spellcheck: !field.sensitive && inputType === 'text' && !numeric,
  };
  return field.look ? { ...look, ...field.look } : look;
}

// helpers
/** A pattern that only ever matches digits (`^(0[1-9]|5[0-2])[0-9]{3}$`): no letter outside `\d`. */
function digitsOnly(pattern: string | undefined): boolean {
  return typeof pattern === 'string' && /[0-9]|\\d/.test(pattern) && !/[A-Za-z]/.test(pattern.replace(/\\d/g, ''));
}

function widthOf(maxLength: number | undefined, autocomplete: string | undefined): Look['width'] {
  if (autocomplete === 'postal-code') return 'w6';
  if (maxLength === undefined) return autocomplete === 'tel' ? 'w20' : 'full';
  if (maxLength <= 4) return 'w4';
  if (maxLength <= 6) return 'w6';
  if (maxLength <= 12) return 'w10';
  if (maxLength <= 30) return 'w20';
  return 'full';
}
