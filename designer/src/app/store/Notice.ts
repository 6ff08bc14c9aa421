/** A message for the specialist, by catalogue key (translated when shown), with the server's text as a fallback. @public */
export interface Notice {
  kind: 'error' | 'info';
  key: string;
  vars?: Record<string, string | number>;
  /** the server's own words, shown when the key is not in the catalogue */
  detail?: string;
}
