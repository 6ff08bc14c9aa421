import { describe, expect, it } from 'vitest';
import { manifestEdit, manifestValue, readManifest } from './manifestEdit';

const files = { 'procedure.json': JSON.stringify({ id: 'x', title: { es: 'Ayuda', en: 'Help' }, channels: ['web'] }) };

describe('manifestEdit', () => {
  it('sets one value deep in the manifest and leaves the rest as it was', () => {
    // when
    const edit = manifestEdit(files, ['title', 'eu'], 'Laguntza', 'general.title');
    // then
    expect(edit).toMatchObject({ label: 'general.title', mergeKey: 'manifest:title.eu' });
    expect(readManifest(edit.files as Record<string, string>)).toEqual({
      id: 'x',
      title: { es: 'Ayuda', en: 'Help', eu: 'Laguntza' },
      channels: ['web'],
    });
  });

  it('removes a cleared text (missing, not empty) and an object left empty', () => {
    // when
    const cleared = manifestEdit(files, ['title', 'en'], '', 'general.title').files as Record<string, string>;
    const statusText = manifestEdit(files, ['statusTexts', 'resolved', 'es'], 'Hecho', 'x').files as Record<
      string,
      string
    >;
    const removed = manifestEdit(statusText, ['statusTexts', 'resolved', 'es'], '', 'x').files as Record<
      string,
      string
    >;
    // then
    expect(manifestValue(cleared, ['title'])).toEqual({ es: 'Ayuda' });
    expect(manifestValue(statusText, ['statusTexts', 'resolved', 'es'])).toBe('Hecho');
    expect(readManifest(removed)).not.toHaveProperty('statusTexts');
  });

  it('reads a missing or broken manifest as empty', () => {
    expect(readManifest({})).toEqual({});
    expect(readManifest({ 'procedure.json': '{ nope' })).toEqual({});
  });
});
