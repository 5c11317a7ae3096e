// fast-check arbitraries derived from zod 4 schemas, for fuzzing server actions and API routes. Every node
// yields either a value of roughly the right shape (so parsing gets deep into the schema and sometimes succeeds)
// or something hostile: wrong types, classic attack strings, huge or odd unicode text, prototype-pollution keys.
import fc from "fast-check";
import type { z } from "zod";

type Def = {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  entries?: Record<string, string | number>;
  values?: unknown[];
  innerType?: z.ZodType;
  in?: z.ZodType;
  options?: z.ZodType[];
  items?: z.ZodType[];
  keyType?: z.ZodType;
  valueType?: z.ZodType;
  getter?: () => z.ZodType;
  left?: z.ZodType;
  right?: z.ZodType;
};

const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

export const HOSTILE_STRINGS = [
  "",
  " ",
  "\u0000",
  "a\u0000b",
  '\'; DROP TABLE "AiSystem"; --',
  "' OR '1'='1",
  "1; SELECT pg_sleep(5)--",
  "<script>alert(1)</script>",
  "<img src=x onerror=alert(1)>",
  "javascript:alert(1)",
  "${7*7}",
  "{{7*7}}",
  "../../../../etc/passwd",
  "%00",
  "\u202Eevil",
  "𝕳𝖊𝖑𝖑𝖔 👩‍👩‍👧‍👦",
  "\uD800",
  "\uFFFF",
  "__proto__",
  "constructor",
  "NaN",
  "-1",
  "1e309",
  "null",
  "undefined",
  "true",
  "[]",
  "{}",
  "x".repeat(70_000),
  "é".repeat(5_000),
  "http://169.254.169.254/latest/meta-data/",
  "file:///etc/passwd",
  "2026-02-30",
  "0000-00-00",
  "c".repeat(25),
];

const hostileScalar: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(
    ...HOSTILE_STRINGS,
    null,
    undefined,
    true,
    false,
    0,
    -1,
    1.5,
    NaN,
    Infinity,
    -Infinity,
    Number.MAX_SAFE_INTEGER + 2,
    -0,
  ),
  fc.string({ unit: "binary", maxLength: 64 }),
  fc.double(),
  fc.integer(),
);

const deepNesting = (depth: number): unknown => (depth === 0 ? "bottom" : { a: [deepNesting(depth - 1)] });

export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: hostileScalar },
  { weight: 1, arbitrary: fc.constant(deepNesting(200)) },
  {
    weight: 1,
    arbitrary: fc.constant(JSON.parse('{"__proto__":{"isAdmin":true},"constructor":{"prototype":{"polluted":1}}}')),
  },
  { weight: 1, arbitrary: fc.array(hostileScalar, { maxLength: 5 }) },
  { weight: 1, arbitrary: fc.constant(new Array(5_000).fill("x")) },
  { weight: 1, arbitrary: fc.dictionary(fc.string({ maxLength: 8 }), hostileScalar, { maxKeys: 4 }) },
);

const shaped = (schema: z.ZodType, depth: number): fc.Arbitrary<unknown> => {
  const def = defOf(schema);
  const inner = (s: z.ZodType | undefined) => (s ? zodArbitrary(s, depth + 1) : hostileValue);
  switch (def.type) {
    case "string":
      return fc.oneof(
        fc.string({ maxLength: 40 }),
        fc.constantFrom("test@example.com", "https://example.com", "2026-05-01", "c123456789012345678901234", "DE"),
      );
    case "number":
      return fc.oneof(fc.integer({ min: -10, max: 1000 }), fc.double({ noNaN: false }));
    case "bigint":
      return fc.bigInt();
    case "boolean":
      return fc.boolean();
    case "date":
      return fc.date({ noInvalidDate: false });
    case "null":
      return fc.constant(null);
    case "undefined":
    case "void":
      return fc.constant(undefined);
    case "enum":
      return fc.constantFrom(...Object.values(def.entries ?? { x: "x" }));
    case "literal":
      return fc.constantFrom(...(def.values ?? [null]));
    case "optional":
    case "nullable":
    case "default":
    case "prefault":
    case "catch":
    case "readonly":
    case "nonoptional":
      return fc.oneof(inner(def.innerType), fc.constantFrom(undefined, null));
    case "pipe":
      return inner(def.in);
    case "lazy":
      return depth > 4 ? hostileValue : inner(def.getter?.());
    case "union":
      return (def.options ?? []).length
        ? fc.oneof(...(def.options ?? []).map((o) => zodArbitrary(o, depth + 1)))
        : hostileValue;
    case "intersection":
      return fc.oneof(inner(def.left), inner(def.right));
    case "tuple":
      return fc.tuple(...(def.items ?? []).map((i) => zodArbitrary(i, depth + 1)));
    case "array":
    case "set":
      return fc.array(inner(def.element), { maxLength: depth > 2 ? 2 : 6 });
    case "record":
    case "map":
      return fc.dictionary(
        fc.oneof(fc.string({ maxLength: 10 }), fc.constantFrom("__proto__", "constructor")),
        inner(def.valueType),
        { maxKeys: 4 },
      );
    case "object": {
      const fields = Object.fromEntries(
        Object.entries(def.shape ?? {}).map(([key, value]) => [key, zodArbitrary(value, depth + 1)]),
      );
      return fc.record(fields, { requiredKeys: [] }).chain((value) =>
        fc.oneof(
          fc.constant(value),
          // An extra key the schema does not know, sometimes a prototype-pollution key.
          fc
            .tuple(fc.constantFrom("__proto__", "constructor", "organizationId", "id", "role", "extra"), hostileValue)
            .map(([k, v]) => ({ ...value, [k]: v })),
        ),
      );
    }
    default:
      return hostileValue;
  }
};

// Mostly well-shaped values (7 in 10), the rest hostile at this node; depth bounds recursion.
export function zodArbitrary(schema: z.ZodType, depth = 0): fc.Arbitrary<unknown> {
  if (depth > 8) return hostileValue;
  return fc.oneof({ weight: 7, arbitrary: shaped(schema, depth) }, { weight: 3, arbitrary: hostileValue });
}
