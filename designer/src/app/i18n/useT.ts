import { useCallback } from 'react';
import { useDesigner, useStore } from '../store/useStore';
import { translate } from './translate';

/** `t(key, vars, fallback)` in the UI language. @public */
export type T = (key: string, vars?: Record<string, string | number>, fallback?: string) => string;

/** The translation function of the UI language (re-renders when it changes). @public */
export function useT(): T {
  const { session } = useDesigner();
  const language = useStore(session, (s) => s.language);
  return useCallback<T>((key, vars, fallback) => translate(language, key, vars, fallback), [language]);
}
