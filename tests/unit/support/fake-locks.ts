// Why: unit tests run in Node, which has no Web Locks; the drafts learn from them which tabs are
// open (src/storage/tabs.ts). This is one origin's lock manager (exclusive locks, `ifAvailable`,
// `signal`, `query`), with a view per page, and `close()` letting go of a page's locks as the
// browser does when a tab is closed or killed.
type Callback = (lock: { name: string; mode: 'exclusive' } | null) => unknown;
interface Waiter {
  readonly name: string;
  readonly owner: object;
  readonly grant: () => void;
}

export class FakeLockManager {
  private readonly held = new Map<string, object>();
  private waiting: Waiter[] = [];

  /** One page: the locks it asks for are its own until it closes. */
  page(): { locks: LockManager; close: () => void } {
    const owner = {};
    const request = (name: string, second: LockOptions | Callback, third?: Callback): Promise<unknown> => {
      const options = typeof second === 'function' ? {} : second;
      const callback = (typeof second === 'function' ? second : third) as Callback;
      return new Promise((resolve, reject) => {
        const run = () => {
          this.held.set(name, owner);
          Promise.resolve(callback({ name, mode: 'exclusive' })).then(
            (v) => {
              this.release(name, owner);
              resolve(v);
            },
            (e: unknown) => {
              this.release(name, owner);
              reject(e as Error);
            },
          );
        };
        if (!this.held.has(name) && !this.waiting.some((w) => w.name === name)) return run();
        if (options.ifAvailable) return void Promise.resolve(callback(null)).then(resolve, reject);
        const waiter: Waiter = { name, owner, grant: run };
        this.waiting.push(waiter);
        options.signal?.addEventListener('abort', () => {
          if (!this.waiting.includes(waiter)) return;
          this.waiting = this.waiting.filter((w) => w !== waiter);
          reject(new Error('AbortError'));
        });
      });
    };
    const query = () =>
      Promise.resolve({
        held: [...this.held.keys()].map((name) => ({ name, mode: 'exclusive' as const })),
        pending: this.waiting.map((w) => ({ name: w.name, mode: 'exclusive' as const })),
      });
    const close = () => {
      this.waiting = this.waiting.filter((w) => w.owner !== owner);
      for (const [name, o] of this.held) if (o === owner) this.release(name, owner);
    };
    return { locks: { request, query } as unknown as LockManager, close };
  }

  private release(name: string, owner: object): void {
    if (this.held.get(name) !== owner) return;
    this.held.delete(name);
    const next = this.waiting.find((w) => w.name === name);
    if (!next) return;
    this.waiting = this.waiting.filter((w) => w !== next);
    next.grant();
  }
}
