import { describe, expect, it } from "vitest";
import { parseSchema, type Column } from "@/lib/dal/org-transfer/internal/import-columns";
import { decodeColumnValue } from "@/lib/dal/org-transfer/internal/import-values";

const SCHEMA = `
enum Tier {
  HIGH
  // a comment
  MINIMAL
}

model Thing {
  id       String   @id @default(cuid())
  metrics  Json     @default("{}")
  tags     String[]
  tier     Tier?
  count    Int
  owner    User?    @relation(fields: [ownerId], references: [id])
  ownerId  String?
  updated  DateTime @updatedAt

  @@index([count])
}
`;

describe("organisation import: columns from the schema", () => {
  it("reads lists, optional and default flags, enum values, and skips relations (a default with braces does not end the model)", () => {
    const thing = parseSchema(SCHEMA).get("Thing")!;
    expect([...thing.keys()]).toEqual(["id", "metrics", "tags", "tier", "count", "ownerId", "updated"]);
    expect(thing.get("tags")).toMatchObject({ isList: true, isRequired: false });
    expect(thing.get("tier")).toMatchObject({ isRequired: false, enumValues: ["HIGH", "MINIMAL"] });
    expect(thing.get("count")).toMatchObject({ isRequired: true, hasDefault: false });
    expect(thing.get("updated")).toMatchObject({ hasDefault: true });
  });
});

const col = (type: string, extra: Partial<Column> = {}): Column => ({
  name: "c",
  type,
  isList: false,
  isRequired: true,
  hasDefault: false,
  ...extra,
});

describe("organisation import: values against their column", () => {
  it.each([
    [col("Int"), "7", false],
    [col("Int"), 2 ** 40, false],
    [col("Int"), 7, true],
    [col("Float"), Number.NaN, false],
    [col("Boolean"), "true", false],
    [col("String"), 5, false],
    [col("String", { isList: true }), ["a", 1], false],
    [col("String", { isList: true }), null, false],
    [col("String", { isList: true }), ["a"], true],
    [col("Tier", { enumValues: ["HIGH"] }), "SUPREME", false],
    [col("DateTime"), { $date: "yesterday" }, false],
    [col("DateTime"), "2026-01-01", false],
    [col("Bytes"), { $bytes: 5 }, false],
    [col("Bytes"), { $bytes: "not base64!" }, false],
    [col("Decimal"), 1, false],
  ])("%o with %o → accepted: %s", (column, value, ok) => {
    expect(decodeColumnValue(column, value).ok).toBe(ok);
  });

  it("restores dates and bytes", () => {
    expect(decodeColumnValue(col("DateTime"), { $date: "2026-01-02T03:04:05.000Z" })).toEqual({
      ok: true,
      value: new Date("2026-01-02T03:04:05.000Z"),
    });
    expect(decodeColumnValue(col("Bytes"), { $bytes: Buffer.from("hi").toString("base64") })).toEqual({
      ok: true,
      value: new Uint8Array(Buffer.from("hi")),
    });
  });
});
