// Deterministic JSON (object keys sorted, dates as ISO strings) so that a hash over it is reproducible after a
// round trip through Postgres JSONB, which does not keep key order.
export function canonicalJson(value: unknown): string {
  return JSON.stringify(normalise(value));
}

function normalise(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(normalise);
  if (value && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const v = (value as Record<string, unknown>)[key];
      if (v !== undefined) out[key] = normalise(v);
    }
    return out;
  }
  return value;
}

// Plain JSON copy with dates as strings, for storing before/after snapshots.
export function toJsonValue<T>(value: T): unknown {
  return JSON.parse(canonicalJson(value));
}
