// Postgres cannot store NUL (\0) in text or JSON, keys included, nor a lone UTF-16 surrogate in JSON (a text column
// silently turns it into U+FFFD); either is reported as a driver error deep inside a transaction. Server actions
// (lib/action.ts) and the database client (lib/db/client.ts) both ask this before anything is sent, so the person
// gets a validation error instead of a 500. Binary values and dates are not text.
const MAX_DEPTH = 64;

export type UnstorableText = "nul" | "lone-surrogate";

function problemOf(text: string): UnstorableText | null {
  if (text.includes("\u0000")) return "nul";
  return text.isWellFormed() ? null : "lone-surrogate";
}

// The first answer `check` gives for a string or object key anywhere in a value, depth-bounded.
function findInText<T>(value: unknown, check: (text: string) => T | null, depth = 0): T | null {
  if (typeof value === "string") return check(value);
  if (
    depth > MAX_DEPTH ||
    value === null ||
    typeof value !== "object" ||
    ArrayBuffer.isView(value) ||
    value instanceof Date
  )
    return null;
  const entries: [string | null, unknown][] = Array.isArray(value)
    ? value.map((item) => [null, item])
    : Object.entries(value);
  for (const [key, item] of entries) {
    const found = (key === null ? null : check(key)) ?? findInText(item, check, depth + 1);
    if (found !== null) return found;
  }
  return null;
}

/** The first kind of text in a value (strings and object keys, however deep) that Postgres cannot store. */
export function unstorableText(value: unknown): UnstorableText | null {
  return findInText(value, problemOf);
}

export function containsNul(value: unknown): boolean {
  return findInText(value, (text) => (text.includes("\u0000") ? true : null)) === true;
}
