import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../runCli';
import { memoryIo } from '../testing';

describe('cauce new-connector', () => {
  it('scaffolds into the catalogue, refuses to overwrite, and treats a bad name as a usage error', async () => {
    // given
    const dir = await mkdtemp(join(tmpdir(), 'cauce-new-'));
    const first = memoryIo(dir);
    const again = memoryIo(dir);
    const bad = memoryIo(dir);
    try {
      // when
      const codes = [
        await runCli(['new-connector', 'sms-send', '--dir', 'connectors', '--topic', 'sms.send'], first),
        await runCli(['new-connector', 'sms-send', '--dir', 'connectors'], again),
        await runCli(['new-connector', 'SMS'], bad),
      ];
      // then
      expect(codes).toEqual([0, 1, 2]);
      expect(first.out[0]).toBe(
        "✔ created connectors/sms-send/ for topic 'sms.send': README.md, template.json, worker.test.ts, worker.ts",
      );
      expect(again.out[0]).toMatch(/already exists$/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
