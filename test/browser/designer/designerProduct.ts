import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startProduct } from '@cauce/product';

/** The product as `npm start` starts it, for a browser suite (one per suite). @internal */
export interface DesignerProduct {
  /** `http://127.0.0.1:<port>`; the designer is at `${address}/disenador/` */
  address: string;
  /** a demo user's bearer token (password `cauce`), for asking the API what the page did */
  token(user: string): Promise<string>;
  /** `fetch` of the designer's API as `user` */
  api(user: string, path: string, init?: RequestInit): Promise<Response>;
  stop(): Promise<void>;
}

/**
 * Starts the whole product (`startProduct`, what `npm start` runs: engine, channels, the designer's API and SPA,
 * connectors, simulators) on a fresh PGlite data directory and a free port.
 * @internal
 */
export async function startDesignerProduct(): Promise<DesignerProduct> {
  const dataDir = mkdtempSync(join(tmpdir(), 'cauce-designer-browser-'));
  const product = await startProduct({ PORT: '0', HOST: '127.0.0.1', CAUCE_DATA_DIR: dataDir, LOG_LEVEL: 'warn' });
  const tokens = new Map<string, string>();
  const token = async (user: string) => {
    if (!tokens.has(user)) {
      const response = await fetch(`${product.address}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ user, password: 'cauce' }),
      });
      tokens.set(user, ((await response.json()) as { token: string }).token);
    }
    return tokens.get(user)!;
  };
  return {
    address: product.address,
    token,
    async api(user, path, init = {}) {
      return fetch(`${product.address}/api/designer${path}`, {
        ...init,
        headers: { authorization: `Bearer ${await token(user)}`, ...(init.headers as Record<string, string>) },
      });
    },
    async stop() {
      await product.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
