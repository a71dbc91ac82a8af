// Why: unit tests run in Node, which has no localStorage or sessionStorage; the drafts and
// the vault keep text there. This is the Web Storage interface over a Map, plus `entries()`
// for tests that dump everything stored.
export class MemoryStorage {
  private m = new Map<string, string>();
  get length() {
    return this.m.size;
  }
  key(i: number) {
    return [...this.m.keys()][i] ?? null;
  }
  getItem(k: string) {
    return this.m.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    this.m.set(k, String(v));
  }
  removeItem(k: string) {
    this.m.delete(k);
  }
  clear() {
    this.m.clear();
  }
  entries() {
    return [...this.m.entries()];
  }
}
