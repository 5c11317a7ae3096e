import "server-only";
import type { Column } from "@/lib/dal/org-transfer/internal/import-columns";

export type Decoded = { ok: true; value: unknown } | { ok: false; message: string };

const INT_MAX = 2 ** 31 - 1;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

// One value of the file, checked against its column's type and turned into what Prisma expects. Dates and bytes
// travel as {"$date": …} and {"$bytes": …} (see encodeValue); anything else of the wrong shape is a clear problem
// for the person importing, not an error from deep inside the database driver.
export function decodeColumnValue(column: Column, value: unknown): Decoded {
  if (value === null)
    return column.isList ? { ok: false, message: "must be a list ([]), not null" } : { ok: true, value: null };
  if (column.isList) {
    if (!Array.isArray(value)) return { ok: false, message: `must be a list of ${describe(column)}` };
    const out: unknown[] = [];
    for (const item of value) {
      const decoded = item === null ? { ok: false as const, message: "" } : decodeOne(column, item);
      if (!decoded.ok) return { ok: false, message: `must be a list of ${describe(column)}` };
      out.push(decoded.value);
    }
    return { ok: true, value: out };
  }
  return decodeOne(column, value);
}

function decodeOne(column: Column, value: unknown): Decoded {
  const fail = { ok: false as const, message: `must be ${describe(column)}` };
  if (column.enumValues)
    return typeof value === "string" && column.enumValues.includes(value) ? { ok: true, value } : fail;
  switch (column.type) {
    case "String":
      return typeof value === "string" ? { ok: true, value } : fail;
    case "Int":
      return Number.isInteger(value) && Math.abs(value as number) <= INT_MAX ? { ok: true, value } : fail;
    case "Float":
      return typeof value === "number" && Number.isFinite(value) ? { ok: true, value } : fail;
    case "Boolean":
      return typeof value === "boolean" ? { ok: true, value } : fail;
    case "Json":
      return { ok: true, value };
    case "DateTime": {
      const text = tagged(value, "$date");
      const date = typeof text === "string" ? new Date(text) : null;
      return date && !Number.isNaN(date.getTime()) ? { ok: true, value: date } : fail;
    }
    case "Bytes": {
      const text = tagged(value, "$bytes");
      return typeof text === "string" && BASE64.test(text)
        ? { ok: true, value: new Uint8Array(Buffer.from(text, "base64")) }
        : fail;
    }
    default:
      return { ok: false, message: `has a type (${column.type}) that an import cannot restore` };
  }
}

function tagged(value: unknown, tag: string): unknown {
  if (!value || typeof value !== "object" || Array.isArray(value)) return undefined;
  const keys = Object.keys(value);
  return keys.length === 1 && keys[0] === tag ? (value as Record<string, unknown>)[tag] : undefined;
}

function describe(column: Column): string {
  if (column.enumValues) return `one of ${column.enumValues.join(", ")}`;
  const names: Record<string, string> = {
    String: "text",
    Int: "a whole number",
    Float: "a number",
    Boolean: "true or false",
    Json: "JSON",
    DateTime: 'a date written as {"$date": "2026-01-31T00:00:00.000Z"}',
    Bytes: 'file content written as {"$bytes": "<base64>"}',
  };
  return names[column.type] ?? column.type;
}
