/**
 * How a version came to be: `publish` (the draft, checked and published) or `rollback` (an earlier version's files
 * published again as a new version). The one list of these words: designer_version's CHECK allows exactly these
 * (`vocabulary.test.ts` compares them).
 * @public
 */
export const VersionKinds = { publish: 'publish', rollback: 'rollback' } as const;

/** One of {@link VersionKinds}. @public */
export type VersionKind = (typeof VersionKinds)[keyof typeof VersionKinds];
