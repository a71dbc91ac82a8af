// Why: from schema 4 on, stored rows carry their version vectors (`version`, the workshop's
// `versions`; storage/stamping.ts). A test that compares what it wrote with what it reads
// back compares the content, and says so by reading through this.
type Stamped = { readonly version?: unknown; readonly versions?: unknown };

export function unstamped<T>(value: T): T {
  if (Array.isArray(value)) return value.map((v: unknown) => unstamped(v)) as T;
  if (value === null || typeof value !== 'object' || value instanceof Blob) return value;
  const { version: _v, versions: _vs, ...rest } = value as T & Stamped;
  return rest as T;
}

/** A graph's rows without their vectors. */
export function unstampedGraph<G extends { readonly workshop: object }>(g: G): G {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(g)) out[k] = unstamped(v);
  return out as G;
}
