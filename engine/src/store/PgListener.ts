import pg from 'pg';

type Handler = (payload: string) => void;
interface Channel {
  handlers: Set<Handler>;
  /** Settles when the LISTEN for this channel has run. */
  ready: Promise<void>;
}

/**
 * LISTEN/NOTIFY for the Postgres adapter on one dedicated connection (pool connections come and go, a LISTEN
 * must stay). Connects on the first listen; after a lost connection it reconnects with backoff (1 s … 30 s)
 * and listens again on every channel. Notifications sent while disconnected are lost, so consumers such as
 * long-polling fetchAndLock must also wake on a timeout.
 * @internal
 */
export class PgListener {
  readonly #config: pg.ClientConfig;
  readonly #onError: (err: unknown) => void;
  readonly #channels = new Map<string, Channel>();
  /** LISTEN/UNLISTEN run one after another in call order, so an unlisten never overtakes a later listen. */
  #serial: Promise<unknown> = Promise.resolve();
  #client?: Promise<pg.Client>;
  #retryTimer?: NodeJS.Timeout;
  #retryDelayMs = 1000;
  #closed = false;

  constructor(config: pg.ClientConfig, onError: (err: unknown) => void) {
    this.#config = config;
    this.#onError = onError;
  }

  async listen(channel: string, onNotify: Handler): Promise<() => Promise<void>> {
    if (this.#closed) throw new Error('database is closed');
    let entry = this.#channels.get(channel);
    if (!entry) {
      const created: Channel = { handlers: new Set(), ready: this.#command(`listen ${pg.escapeIdentifier(channel)}`) };
      created.ready.catch(() => {
        if (this.#channels.get(channel) === created) this.#channels.delete(channel);
      });
      this.#channels.set(channel, created);
      entry = created;
    }
    await entry.ready;
    const { handlers } = entry;
    handlers.add(onNotify);
    let listening = true;
    return async () => {
      if (!listening) return;
      listening = false;
      handlers.delete(onNotify);
      if (handlers.size > 0 || this.#channels.get(channel) !== entry || this.#closed) return;
      this.#channels.delete(channel);
      await this.#command(`unlisten ${pg.escapeIdentifier(channel)}`).catch(this.#onError);
    };
  }

  async close(): Promise<void> {
    this.#closed = true;
    clearTimeout(this.#retryTimer);
    const client = await this.#client?.catch(() => undefined);
    this.#client = undefined;
    await client?.end().catch(() => undefined);
  }

  // helpers
  #command(sql: string): Promise<void> {
    const run = this.#serial.then(async () => {
      const client = await this.#connect();
      await client.query(sql);
    });
    this.#serial = run.catch(() => undefined);
    return run;
  }

  #connect(): Promise<pg.Client> {
    this.#client ??= this.#open().catch((err) => {
      this.#client = undefined;
      throw err;
    });
    return this.#client;
  }

  async #open(): Promise<pg.Client> {
    const client = new pg.Client(this.#config);
    client.on('notification', (msg) => this.#dispatch(msg.channel, msg.payload ?? ''));
    client.on('error', (err) => this.#lost(client, err));
    client.on('end', () => this.#lost(client));
    try {
      await client.connect();
      for (const channel of this.#channels.keys()) await client.query(`listen ${pg.escapeIdentifier(channel)}`);
    } catch (err) {
      await client.end().catch(() => undefined);
      throw err;
    }
    this.#retryDelayMs = 1000;
    return client;
  }

  #dispatch(channel: string, payload: string): void {
    for (const handler of this.#channels.get(channel)?.handlers ?? []) {
      try {
        handler(payload);
      } catch (err) {
        this.#onError(err);
      }
    }
  }

  #lost(client: pg.Client, err?: unknown): void {
    if (this.#closed) return;
    if (err) this.#onError(err);
    const current = this.#client;
    void current?.then(
      (c) => {
        if (c !== client || this.#client !== current) return;
        this.#client = undefined;
        client.end().catch(() => undefined);
        this.#scheduleReconnect();
      },
      () => undefined,
    );
  }

  #scheduleReconnect(): void {
    if (this.#closed || this.#channels.size === 0 || this.#retryTimer) return;
    this.#retryTimer = setTimeout(() => {
      this.#retryTimer = undefined;
      this.#connect().catch((err) => {
        this.#onError(err);
        this.#retryDelayMs = Math.min(this.#retryDelayMs * 2, 30_000);
        this.#scheduleReconnect();
      });
    }, this.#retryDelayMs);
    this.#retryTimer.unref();
  }
}
