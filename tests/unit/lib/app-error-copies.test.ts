import { describe, expect, it, vi } from "vitest";

// The production build can load lib/errors.ts more than once (the instrumentation bundle and the route bundles each
// hold a copy); an AppError thrown by one copy must still be recognised by the other (issue #23: NUL in API input
// answered 500 instead of 422).
async function freshCopy() {
  vi.resetModules();
  return import("@/lib/errors");
}

describe("AppError across module copies", () => {
  it("is recognised by isAppError and instanceof of another copy", async () => {
    const a = await freshCopy();
    const b = await freshCopy();
    expect(a.AppError).not.toBe(b.AppError);
    const thrownByB = new b.AppError("VALIDATION", "NUL");
    expect(a.isAppError(thrownByB)).toBe(true);
    expect(thrownByB instanceof a.AppError).toBe(true);
  });

  it("does not take other errors or look-alike objects for one", async () => {
    const { AppError, isAppError } = await freshCopy();
    expect(isAppError(new Error("x"))).toBe(false);
    expect(isAppError({ name: "AppError", code: "VALIDATION", message: "x" })).toBe(false);
    expect(isAppError(null)).toBe(false);
    expect(Object.create(null) instanceof AppError).toBe(false);
  });
});
