import "server-only";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";

// What the data model says about each column, so the importer's allow-list and type checks follow the schema instead
// of restating it: a new column is importable (and checked) as soon as the client is generated.
export type Column = {
  name: string;
  type: string;
  isList: boolean;
  isRequired: boolean;
  hasDefault: boolean;
  enumValues?: string[];
};

const SCALARS = new Set(["String", "Int", "Float", "Boolean", "DateTime", "Json", "Bytes", "BigInt", "Decimal"]);
let cache: Map<string, Map<string, Column>> | null = null;

// The client carries the schema it was generated from. Its runtime data model lacks list and optional flags, so the
// model blocks of that schema text are read instead (Prisma versions are pinned exactly; the round-trip test fails
// loudly if this ever stops working).
function schemaText(): string {
  const client = db() as unknown as { _engineConfig?: { inlineSchema?: string } };
  const text = client._engineConfig?.inlineSchema;
  if (!text)
    throw new Error("The Prisma client does not expose its schema; the organisation import cannot check columns.");
  return text;
}

// Blocks are read line by line (a default such as @default("{}") may contain braces); a block ends at a lone "}".
function blocks(text: string, keyword: "model" | "enum"): [string, string[]][] {
  const out: [string, string[]][] = [];
  let current: [string, string[]] | null = null;
  for (const line of text.split("\n")) {
    const name = new RegExp(`^${keyword}\\s+(\\w+)\\s*\\{`).exec(line)?.[1];
    if (name !== undefined) current = [name, []];
    else if (current && /^\}/.test(line)) {
      out.push(current);
      current = null;
    } else if (current) current[1].push(line.replace(/\/\/.*$/, "").trim());
  }
  return out;
}

export function parseSchema(text: string): Map<string, Map<string, Column>> {
  const enums = new Map(blocks(text, "enum").map(([name, lines]) => [name, lines.filter((l) => /^\w+$/.test(l))]));
  const models = new Map<string, Map<string, Column>>();
  for (const [name, lines] of blocks(text, "model")) {
    const columns = new Map<string, Column>();
    for (const line of lines) {
      const [, field, type, list, optional, rest = ""] = /^(\w+)\s+(\w+)(\[\])?(\?)?(.*)$/.exec(line) ?? [];
      if (field === undefined || type === undefined) continue; // not a field line
      if (!SCALARS.has(type) && !enums.has(type)) continue; // a relation, not a column
      columns.set(field, {
        name: field,
        type,
        isList: !!list,
        isRequired: !optional && !list,
        hasDefault: /@default\(|@updatedAt/.test(rest),
        enumValues: enums.get(type),
      });
    }
    models.set(name, columns);
  }
  return models;
}

// The columns of one model, limited to the client's own list of scalar fields (Prisma.<Model>ScalarFieldEnum).
// Kept per model: the importer asks for every row of a table.
const byModel = new Map<string, Map<string, Column>>();
export function modelColumns(model: string): Map<string, Column> {
  const known = byModel.get(model);
  if (known) return known;
  cache ??= parseSchema(schemaText());
  const parsed = cache.get(model);
  const scalarEnum = (Prisma as unknown as Record<string, Record<string, string> | undefined>)[
    `${model}ScalarFieldEnum`
  ];
  if (!parsed || !scalarEnum) throw new Error(`No model ${model} in the data model.`);
  const columns = new Map(
    Object.keys(scalarEnum).flatMap((name) => (parsed.has(name) ? [[name, parsed.get(name)!] as const] : [])),
  );
  byModel.set(model, columns);
  return columns;
}
