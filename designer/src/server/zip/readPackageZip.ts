import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { DesignerErrors } from '../errors';
import { isIgnoredEntry } from '../package/packagePaths';
import type { PackageFilesMap } from '../store/DraftStore';
import { ZIP_LIMITS } from './zipLimits';

/**
 * The files of a package zip (the folder format at the root, or inside one folder, as the export writes it), read
 * with yauzl 3.4: entry names with `..` or an absolute path are refused by yauzl itself, and `validateEntrySizes`
 * refuses an entry whose inflated size is not the one it declares. Refused as CAUCE_ERR_UPLOAD_TOO_LARGE: more than
 * 20 MB, more than 2,000 entries or 50 MB declared unpacked (from the central directory, before inflating anything);
 * as CAUCE_ERR_UPLOAD_INVALID: not a zip, a bad name, a file that is not UTF-8 text. Folders and archivers' extras
 * are passed over. Whether the files form a package is the caller's (guardImport).
 * @public
 */
export async function readPackageZip(zip: Buffer): Promise<PackageFilesMap> {
  if (zip.length > ZIP_LIMITS.uploadBytes)
    throw DesignerErrors.uploadTooLarge(`${mb(zip.length)} uploaded; at most ${mb(ZIP_LIMITS.uploadBytes)}`);
  const file = await open(zip);
  try {
    if (file.entryCount > ZIP_LIMITS.entries)
      throw DesignerErrors.uploadTooLarge(`${file.entryCount} entries; at most ${ZIP_LIMITS.entries}`);
    const entries = await readEntries(file);
    return unwrapFolder(entries);
  } finally {
    file.close();
  }
}

// helpers
function open(zip: Buffer): Promise<ZipFile> {
  return new Promise((resolve, reject) =>
    yauzl.fromBuffer(zip, { lazyEntries: true, validateEntrySizes: true, strictFileNames: true }, (error, file) =>
      error ? reject(DesignerErrors.uploadInvalid(error.message)) : resolve(file),
    ),
  );
}

function readEntries(file: ZipFile): Promise<Map<string, string>> {
  const texts = new Map<string, string>();
  let declared = 0;
  return new Promise((resolve, reject) => {
    const fail = (error: unknown) => reject(asUploadError(error));
    file.on('error', fail);
    file.on('end', () => resolve(texts));
    file.on('entry', (entry: Entry) => {
      declared += entry.uncompressedSize;
      if (declared > ZIP_LIMITS.unpackedBytes)
        return fail(DesignerErrors.uploadTooLarge(`more than ${mb(ZIP_LIMITS.unpackedBytes)} unpacked`));
      if (isIgnoredEntry(entry.fileName)) return file.readEntry();
      file.openReadStream(entry, (error, stream) => {
        if (error) return fail(error);
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('error', fail);
        stream.on('end', () => {
          try {
            texts.set(entry.fileName, new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks)));
          } catch {
            return fail(DesignerErrors.uploadInvalid(`'${entry.fileName}' is not UTF-8 text`));
          }
          file.readEntry();
        });
      });
    });
    file.readEntry();
  });
}

/** The export puts the package in a folder named after it; an archive of the folder's contents is fine too. */
function unwrapFolder(entries: Map<string, string>): PackageFilesMap {
  const paths = [...entries.keys()];
  const top = paths[0]?.split('/')[0];
  const inOneFolder =
    !entries.has('procedure.json') && top !== undefined && paths.every((p) => p.startsWith(`${top}/`));
  const files: PackageFilesMap = {};
  for (const [path, text] of entries) {
    const inner = inOneFolder ? path.slice(top.length + 1) : path;
    if (!isIgnoredEntry(inner)) files[inner] = text;
  }
  return files;
}

function asUploadError(error: unknown): unknown {
  if (error && typeof error === 'object' && 'code' in error && String(error.code).startsWith('CAUCE_ERR_'))
    return error;
  return DesignerErrors.uploadInvalid((error as Error)?.message ?? String(error));
}

function mb(bytes: number): string {
  return `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;
}
