import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import type { UserActor } from "@/lib/access/actor";
import { AppError, createAction } from "@/lib/action";
import { changedBy } from "@/lib/dal/core/conflict";

vi.mock("next/headers", () => ({ headers: async () => new Headers() }));
vi.mock("@/lib/auth/session", () => ({
  getActor: async (): Promise<UserActor> => ({ kind: "user", userId: "u1", organizationId: "o1", locale: "de" }),
}));

const at = new Date("2026-12-05T14:03:00Z");
const lost = createAction(z.object({}), async () => {
  throw changedBy("Ada Lovelace", at);
});
const closed = createAction(z.object({}), async () => {
  throw new AppError("CONFLICT", "This incident is closed; it is kept as filed and cannot be edited.");
});

// The editors offer "reload" when their save lost to someone else's. They used to recognise that by the English
// words, which a German or French reader no longer gets; the action says it apart from the words.
describe("a save that lost to someone else's", () => {
  it("is marked stale, whatever language its message is in", async () => {
    const result = await lost({});
    expect(result).toMatchObject({ ok: false, code: "CONFLICT", stale: true });
    expect(!result.ok && result.error).toMatch(/^Geändert von Ada Lovelace am 05\.12\.2026, 14:03 UTC/);
  });

  it("other conflicts are not", async () => {
    const result = await closed({});
    expect(result).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(result).not.toHaveProperty("stale");
  });
});
