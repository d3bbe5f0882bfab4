export type SearchParams = Record<string, string | string[] | undefined>;

export function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** Builds a query string from the current params with some replaced; empty values are dropped. */
export function withParams(path: string, current: SearchParams, changes: Record<string, string | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries({ ...current, ...changes })) {
    const value = first(v);
    if (value) q.set(k, value);
  }
  const s = q.toString();
  return s ? `${path}?${s}` : path;
}

export function pick<T extends string>(value: string | string[] | undefined, allowed: readonly T[], fallback: T): T {
  const v = first(value);
  return (allowed as readonly string[]).includes(v ?? "") ? (v as T) : fallback;
}
