import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHANNELS, SERVICE_REQUEST_STATES } from '@cauce/schemas/browser';
import { TABS } from '../store/Route';
import { MESSAGES } from './translate';

const APP = join(import.meta.dirname, '..');

/** Every source file of the SPA (not tests). */
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

describe('the keys the designer asks for', () => {
  it('are all in the catalogue: every literal t(…) and notice key, and every key built from a vocabulary', () => {
    // given the literal keys of the source (t('…'), key: '…', and the label: '…' of edits the undo button names —
    // not of edits kept out of the history, which are never shown)
    const literal = sources(APP).flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .filter((line) => !line.includes('history: false'))
        .flatMap((line) =>
          [...line.matchAll(/(?:\bt\(|\bkey: |\blabel: )'([a-z][\w-]*(?:\.[\w-]+)+)'/g)].map((m) => m[1]),
        ),
    );
    // and the families built with a template (t(`tab.${tab}`) …)
    const built = [
      ...TABS.map((tab) => `tab.${tab}`),
      ...['draft', 'published', 'archived'].map((s) => `state.${s}`),
      ...['current', 'draft', 'published', 'archived'].map((f) => `catalogue.filter.${f}`),
      ...['saved', 'pending', 'saving', 'conflict', 'error'].map((s) => `save.${s}`),
      ...['error', 'warning'].map((s) => `checks.${s}`),
      ...['added', 'removed', 'changed', 'elements', 'fields', 'texts', 'files'].map((s) => `diff.${s}`),
      ...CHANNELS.map((c) => `general.channel.${c}`),
      ...SERVICE_REQUEST_STATES.map((s) => `general.state.${s}`),
      ...[0, 1, 2, 3].map((l) => `general.level.${l}`),
    ];
    // then
    expect(literal.length).toBeGreaterThan(100);
    expect([...new Set([...literal, ...built])].filter((key) => !(key in MESSAGES.es))).toEqual([]);
  });
});
