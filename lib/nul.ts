// Postgres cannot store NUL (\0) in text or JSON, keys included, and reports it as a driver error deep inside a
// transaction. Server actions (lib/action.ts) and the database client (lib/db/client.ts) both ask this before
// anything is sent, so the person gets a validation error instead of a 500. Binary values and dates are not text.
const MAX_DEPTH = 64;

export function containsNul(value: unknown, depth = 0): boolean {
  if (typeof value === "string") return value.includes("\u0000");
  if (
    depth > MAX_DEPTH ||
    value === null ||
    typeof value !== "object" ||
    ArrayBuffer.isView(value) ||
    value instanceof Date
  )
    return false;
  if (Array.isArray(value)) return value.some((item) => containsNul(item, depth + 1));
  return Object.entries(value).some(([key, item]) => key.includes("\u0000") || containsNul(item, depth + 1));
}
