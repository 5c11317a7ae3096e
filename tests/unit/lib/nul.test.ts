import { describe, expect, it } from "vitest";
import { containsNul, unstorableText } from "@/lib/nul";

describe("containsNul", () => {
  it("finds NUL in strings, nested values and keys", () => {
    expect(containsNul("a\u0000b")).toBe(true);
    expect(containsNul({ where: { OR: [{ name: "ok" }, { name: "x\u0000" }] } })).toBe(true);
    expect(containsNul({ data: { meta: { "k\u0000": 1 } } })).toBe(true);
  });

  it("passes clean input, binary contents and dates", () => {
    expect(containsNul({ name: "Credit scoring", tags: ["a", "b"], at: new Date(0), n: 3, empty: null })).toBe(false);
    expect(containsNul({ data: { content: new Uint8Array([0, 0, 0]) } })).toBe(false);
    expect(containsNul(Buffer.from("\u0000"))).toBe(false);
  });

  it("stops at a depth no real input reaches instead of overflowing", () => {
    let deep: unknown = "\u0000";
    for (let i = 0; i < 200; i++) deep = { inner: deep };
    expect(containsNul(deep)).toBe(false);
  });
});

describe("unstorableText", () => {
  it("names NUL and lone surrogates anywhere, keys included, and passes well-formed text", () => {
    expect(unstorableText({ data: { name: "x\uDC00y" } })).toBe("lone-surrogate");
    expect(unstorableText({ data: { meta: { ["k\uD800"]: 1 } } })).toBe("lone-surrogate");
    expect(unstorableText(["ok", "a\u0000"])).toBe("nul");
    expect(unstorableText({ name: "👩‍👩‍👧 𝕳", tags: ["a"], at: new Date(0), bytes: new Uint8Array([0xd8]) })).toBeNull();
  });

  it("leaves containsNul about NUL alone, wherever a surrogate comes first", () => {
    expect(containsNul(["\uD800", "a\u0000"])).toBe(true);
    expect(containsNul(["\uD800"])).toBe(false);
  });
});
