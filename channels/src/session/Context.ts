import type { Db, Engine } from '@cauce/engine';
import type { CorporateSystems } from '../identity/CorporateSystems';
import type { PackageStore } from '../packages/PackageStore';
import type { ChannelsStore } from './ChannelsStore';
import type { EngineState } from './EngineState';

/** What every session operation works with; built once by createSessionService. @internal */
export interface Ctx {
  db: Db;
  engine: Engine;
  store: ChannelsStore;
  packages: PackageStore;
  state: EngineState;
  systems: CorporateSystems;
  clock: () => Date;
  /** how long a submit waits for connectors before answering 'working' */
  settleMs: number;
  /** key of the one-time-code hashes */
  otpSecret: Buffer;
  /** whether calling a connector topic again has no side effects (then back/revise may re-run it) */
  readOnlyTopic: (topic: string) => boolean;
}
