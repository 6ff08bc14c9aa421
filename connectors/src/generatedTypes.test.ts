import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { connectorFolders, connectorsRoot, renderConnectorTypes } from './generateConnectorTypes';

describe('types.generated.ts of every connector', () => {
  it.each(connectorFolders())(
    '%s matches its template (run `npx tsx connectors/src/generateConnectorTypes.ts`)',
    async (folder) => {
      // given the committed file
      const committed = readFileSync(join(connectorsRoot, folder, 'types.generated.ts'), 'utf8');
      // when it is rendered again from template.json
      const rendered = await renderConnectorTypes(folder);
      // then
      expect(committed).toBe(rendered);
    },
  );
});
