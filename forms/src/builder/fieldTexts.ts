import type { ChannelStepText, FieldText, Language, StepTexts } from '@cauce/schemas';
import type { FieldTexts, StepFormDraft } from './StepFormDraft';

/**
 * The fields' texts of the builder's step, where the channels read them (`steps[textKey][channel].fields[path]` of
 * each `texts/<lang>.json`), changed in place on a copy of the draft. A language without a texts file is left alone
 * (creating one would leave its common texts missing).
 * @internal
 */
export const fieldTexts = {
  /** A field's texts per language, from the first of the step's channels that has them (the builder's view). */
  read(draft: StepFormDraft, path: string): FieldTexts {
    const out: FieldTexts = {};
    for (const [lang, texts] of entries(draft.texts)) {
      const step = texts.steps[draft.textKey];
      const found = draft.channels.map((channel) => step?.[channel]?.fields?.[path]).find(Boolean);
      if (found) out[lang] = found;
    }
    return out;
  },

  /**
   * Rewrites a field's text in one language on each of the step's channels: `change` gets the text there (if any)
   * and returns the new one, or `undefined` to remove it. A channel without texts yet gets the step's title.
   */
  update(
    draft: StepFormDraft,
    lang: Language,
    path: string,
    change: (text: FieldText | undefined) => FieldText | undefined,
  ): void {
    const texts = draft.texts[lang];
    if (!texts) return;
    for (const channel of draft.channels) {
      const step = texts.steps[draft.textKey];
      const before = step?.[channel]?.fields?.[path];
      const after = tidy(change(before && { ...before }));
      if (!after && !before) continue;
      const entry: ChannelStepText = step?.[channel] ?? { title: draft.stepTitle, text: '' };
      const fields = { ...entry.fields };
      if (after) fields[path] = after;
      else delete fields[path];
      const next: ChannelStepText = { ...entry, fields };
      if (!Object.keys(fields).length) delete next.fields;
      texts.steps[draft.textKey] = { ...step, [channel]: next };
    }
  },

  /**
   * Moves or drops field texts on every channel and language: `to(path)` gives the new path, the same, or `null`
   * to drop it (a field removed or renamed, with the fields inside it). Translation fingerprints follow.
   */
  rekey(draft: StepFormDraft, to: (path: string) => string | null): void {
    for (const [, texts] of entries(draft.texts)) {
      const step = texts.steps[draft.textKey];
      if (!step) continue;
      for (const channel of ['agent', 'web'] as const) {
        const entry = step[channel];
        if (!entry?.fields) continue;
        const fields: Record<string, FieldText | undefined> = {};
        for (const [path, text] of Object.entries(entry.fields)) {
          const next = to(path);
          if (next !== null) fields[next] = text;
        }
        step[channel] = { ...entry, fields };
        if (!Object.keys(fields).length) delete step[channel]!.fields;
      }
      if (texts.translatedFrom) texts.translatedFrom = rekeyPointers(texts.translatedFrom, draft.textKey, to);
    }
  },
};

// helpers
function entries(texts: StepFormDraft['texts']): Array<[Language, StepTexts]> {
  return Object.entries(texts).filter((e): e is [Language, StepTexts] => e[1] !== undefined);
}

/** A field text without blank or empty parts; `undefined` when nothing is left. */
function tidy(text: FieldText | undefined): FieldText | undefined {
  if (!text) return undefined;
  const out: FieldText = {};
  for (const key of ['label', 'help', 'patternMessage'] as const) if (text[key]?.trim()) out[key] = text[key];
  const options = Object.entries(text.options ?? {}).filter(
    (e): e is [string, string] => typeof e[1] === 'string' && e[1].trim() !== '',
  );
  if (options.length) out.options = Object.fromEntries(options);
  return Object.keys(out).length ? out : undefined;
}

/** `/steps/<key>/<channel>/fields/<path>/…` pointers follow their field; others stay. */
function rekeyPointers(
  pointers: Record<string, string | undefined>,
  textKey: string,
  to: (path: string) => string | null,
): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  const prefix = `/steps/${escape(textKey)}/`;
  for (const [pointer, hash] of Object.entries(pointers)) {
    const parts = pointer.startsWith(prefix) ? pointer.slice(prefix.length).split('/') : [];
    if (parts.length < 3 || parts[1] !== 'fields') {
      out[pointer] = hash;
      continue;
    }
    const next = to(unescape(parts[2]));
    if (next !== null) out[[prefix + parts[0], 'fields', escape(next), ...parts.slice(3)].join('/')] = hash;
  }
  return out;
}

function escape(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

function unescape(segment: string): string {
  return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}
