import { useCallback } from 'react';
import type { ConsoleState } from '../store/ConsoleState';
import { useStore } from '../store/useStore';
import { translate, type MessageKey } from './index';

const selectLanguage = (s: ConsoleState) => s.language;

/** `t(key, vars)` in the agent's language. */
export type T = (key: MessageKey | (string & {}), vars?: Record<string, string | number>, fallback?: string) => string;

export function useT(): T {
  const language = useStore(selectLanguage);
  return useCallback<T>((key, vars, fallback) => translate(language, key, vars, fallback), [language]);
}
