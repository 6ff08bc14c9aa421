/**
 * What an uploaded zip may be: at most 20 MB as sent, 50 MB unpacked and 2,000 entries (a zip bomb is refused
 * from its central directory, before anything is inflated, and yauzl's `validateEntrySizes` catches a faked size).
 * @public
 */
export const ZIP_LIMITS = { uploadBytes: 20 * 1024 * 1024, unpackedBytes: 50 * 1024 * 1024, entries: 2000 } as const;
