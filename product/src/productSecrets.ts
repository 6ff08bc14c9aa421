import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The keys the product signs with: self-service CSRF tokens, one-time-code hashes, agents' sign-in tokens. @internal */
export interface ProductSecrets {
  selfService: string;
  otp: string;
  auth: string;
}

const NAMES = { selfService: 'CAUCE_SELF_SERVICE_SECRET', otp: 'CAUCE_OTP_SECRET', auth: 'CAUCE_AUTH_SECRET' } as const;

/**
 * The product's keys: each from its environment variable when set, else from `<dataDir>/secrets.json`, written
 * with random keys (mode 0600) the first time. So a restart keeps citizens' open forms, codes already sent and
 * agents signed in; several processes must be given the same keys through the environment.
 * @internal
 */
export function productSecrets(
  dataDir: string,
  env: { [K in (typeof NAMES)[keyof typeof NAMES]]?: string } = process.env,
): ProductSecrets {
  const file = join(dataDir, 'secrets.json');
  const stored = readStored(file);
  const secrets = { ...stored } as ProductSecrets;
  let changed = false;
  for (const key of Object.keys(NAMES) as Array<keyof ProductSecrets>) {
    if (typeof secrets[key] === 'string' && secrets[key].length >= 32) continue;
    secrets[key] = randomBytes(32).toString('base64url');
    changed = true;
  }
  if (changed) {
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(file, `${JSON.stringify(secrets, null, 2)}\n`, { mode: 0o600 });
  }
  for (const key of Object.keys(NAMES) as Array<keyof ProductSecrets>) {
    const given = env[NAMES[key]];
    if (given) secrets[key] = given;
  }
  return secrets;
}

// helpers
function readStored(file: string): Partial<ProductSecrets> {
  if (!existsSync(file)) return {};
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8'));
    return parsed && typeof parsed === 'object' ? parsed : {};
  } catch {
    return {}; // unreadable: new keys are written over it (sessions signed with the old ones ask again)
  }
}
