import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readPackageZip } from './readPackageZip';
import { writePackageZip } from './writePackageZip';

const zip = (entries: Record<string, Uint8Array | string>) =>
  Buffer.from(
    zipSync(Object.fromEntries(Object.entries(entries).map(([k, v]) => [k, typeof v === 'string' ? strToU8(v) : v]))),
  );

describe('readPackageZip', () => {
  it('reads back what writePackageZip wrote, the package folder unwrapped and the templates file passed over', async () => {
    // given
    const files = { 'procedure.json': '{"id":"x"}', 'process.bpmn': '<definitions/>', 'texts/es.json': '{"á":"ñ"}' };
    // when
    const read = await readPackageZip(Buffer.from(writePackageZip('x', files, [{ id: 't' }])));
    // then
    expect(read).toEqual(files);
  });

  it('reads an archive of the folder contents and passes over folders and archivers’ extras', async () => {
    // given
    const upload = zip({
      'procedure.json': '{}',
      'forms/': new Uint8Array(),
      '__MACOSX/._procedure.json': 'x',
      '.DS_Store': 'x',
    });
    // when / then
    expect(await readPackageZip(upload)).toEqual({ 'procedure.json': '{}' });
  });

  it.each([
    ['a name with ../', { '../evil.json': '{}' }, 'CAUCE_ERR_UPLOAD_INVALID', /invalid relative path/],
    ['an absolute name', { '/etc/evil.json': '{}' }, 'CAUCE_ERR_UPLOAD_INVALID', /absolute path/],
    [
      'a file that is not text',
      { 'procedure.json': new Uint8Array([0xff, 0xfe, 0x00]) },
      'CAUCE_ERR_UPLOAD_INVALID',
      /UTF-8/,
    ],
  ])('refuses %s', async (_what, entries, code, message) => {
    // when
    const read = readPackageZip(zip(entries));
    // then
    await expect(read).rejects.toMatchObject({ code, message: expect.stringMatching(message) });
  });

  it('refuses what is not a zip, more than 20 MB uploaded, 2,000 entries or 50 MB unpacked', async () => {
    // given
    const notZip = Buffer.from('PK? no, a text file');
    const huge = Buffer.alloc(20 * 1024 * 1024 + 1);
    const many = zip(Object.fromEntries(Array.from({ length: 2001 }, (_, i) => [`scenarios/s${i}.json`, '{}'])));
    const bomb = zip({ 'procedure.json': new Uint8Array(51 * 1024 * 1024) });
    // when / then
    expect(bomb.length).toBeLessThan(200 * 1024);
    await expect(readPackageZip(notZip)).rejects.toMatchObject({ code: 'CAUCE_ERR_UPLOAD_INVALID', statusCode: 400 });
    await expect(readPackageZip(huge)).rejects.toMatchObject({ code: 'CAUCE_ERR_UPLOAD_TOO_LARGE', statusCode: 413 });
    await expect(readPackageZip(many)).rejects.toMatchObject({ message: expect.stringMatching(/2001 entries/) });
    await expect(readPackageZip(bomb)).rejects.toMatchObject({ message: expect.stringMatching(/50 MB unpacked/) });
  });

  it('refuses an entry whose inflated size is not the one it declares', async () => {
    // given a zip whose only entry claims 2 bytes but inflates to 5 (both size fields patched)
    const honest = zip({ 'procedure.json': '{"a":1}' });
    const faked = Buffer.from(honest);
    patchSizes(faked, 7, 2);
    // when / then
    await expect(readPackageZip(faked)).rejects.toMatchObject({ code: 'CAUCE_ERR_UPLOAD_INVALID' });
  });
});

// helpers
/** Sets the uncompressed size in the local header and the central directory from `from` to `to`. */
function patchSizes(zip: Buffer, from: number, to: number): void {
  const local = zip.indexOf(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
  const central = zip.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
  expect(zip.readUInt32LE(local + 22)).toBe(from);
  expect(zip.readUInt32LE(central + 24)).toBe(from);
  zip.writeUInt32LE(to, local + 22);
  zip.writeUInt32LE(to, central + 24);
}
