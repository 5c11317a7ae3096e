import { describe, expect, it } from "vitest";
import { canonicalJson } from "@/lib/canonical-json";
import { slugify } from "@/lib/slug";

describe("canonical JSON", () => {
  it("is independent of key order and renders dates as ISO strings", () => {
    const date = new Date("2026-12-02T00:00:00Z");
    expect(canonicalJson({ b: 1, a: { d: [2, { z: 1, y: date }], c: undefined } })).toBe(
      '{"a":{"d":[2,{"y":"2026-12-02T00:00:00.000Z","z":1}]},"b":1}',
    );
    expect(canonicalJson({ x: 1, y: 2 })).toBe(canonicalJson({ y: 2, x: 1 }));
  });
});

describe("slugify", () => {
  it("transliterates European names and adds a random suffix", () => {
    expect(slugify("Łódź Ærøskøbing Ştefan & Co")).toMatch(/^lodz-aeroskobing-stefan-co-[0-9a-f]{6}$/);
    expect(slugify("!!!")).toMatch(/^org-[0-9a-f]{6}$/);
    expect(slugify("Same")).not.toBe(slugify("Same"));
  });
});
