// Local drafts of long forms: one per person, organisation, form and record; never too large, never a secret, and a
// damaged entry is dropped instead of breaking the form that reads it.
import { describe, expect, it } from "vitest";
import { clearDraft, draftKey, MAX_DRAFT_BYTES, readDraft, writeDraft } from "@/components/forms/draft-storage";

// Node has no localStorage: the same Storage interface over a Map, with an optional quota like a browser's.
class MemoryStorage implements Storage {
  private items = new Map<string, string>();
  constructor(private quotaChars = Infinity) {}
  get length() {
    return this.items.size;
  }
  clear() {
    this.items.clear();
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  setItem(key: string, value: string) {
    if (value.length > this.quotaChars) throw new DOMException("full", "QuotaExceededError");
    this.items.set(key, value);
  }
}

const alice = { organizationId: "org-a", userId: "user-1" };

describe("draftKey", () => {
  it("names organisation, person, form and record", () => {
    expect(draftKey(alice, "new-system")).toBe("actlas:draft:org-a:user-1:new-system");
    expect(draftKey(alice, "fria", "sys-9")).toBe("actlas:draft:org-a:user-1:fria:sys-9");
  });

  it("keeps another person's or another organisation's draft apart", () => {
    const storage = new MemoryStorage();
    writeDraft(storage, draftKey(alice, "new-system"), { name: "Alice's" });
    expect(readDraft(storage, draftKey({ ...alice, userId: "user-2" }, "new-system"))).toBeNull();
    expect(readDraft(storage, draftKey({ ...alice, organizationId: "org-b" }, "new-system"))).toBeNull();
    expect(readDraft(storage, draftKey(alice, "edit-system", "sys-1"))).toBeNull();
    expect(readDraft<{ name: string }>(storage, draftKey(alice, "new-system"))?.values.name).toBe("Alice's");
  });
});

describe("writeDraft and readDraft", () => {
  const key = draftKey(alice, "fria", "sys-1");

  it("round-trips the values with the time and the revision they were typed against", () => {
    const storage = new MemoryStorage();
    const now = new Date("2026-11-20T10:15:00Z");
    expect(writeDraft(storage, key, { fields: { a: "x" }, evidenceIds: ["e1"] }, 3, now)).toBe(true);
    expect(readDraft(storage, key)).toEqual({
      values: { fields: { a: "x" }, evidenceIds: ["e1"] },
      savedAt: "2026-11-20T10:15:00.000Z",
      version: 3,
    });
  });

  it("skips a draft over the size limit and drops the older copy, which would no longer match the form", () => {
    const storage = new MemoryStorage();
    writeDraft(storage, key, { description: "short" });
    expect(writeDraft(storage, key, { description: "x".repeat(MAX_DRAFT_BYTES / 2) })).toBe(false);
    expect(readDraft(storage, key)).toBeNull();
    expect(writeDraft(storage, key, { description: "x".repeat(MAX_DRAFT_BYTES / 2 - 200) })).toBe(true);
  });

  it("reports a full storage instead of throwing", () => {
    expect(writeDraft(new MemoryStorage(50), key, { description: "more than fifty characters of typing here" })).toBe(
      false,
    );
  });

  it("ignores and removes corrupt or foreign entries", () => {
    const storage = new MemoryStorage();
    for (const text of ["{not json", "null", "42", '{"values":{"a":1}}', '{"savedAt":"2026-01-01"}']) {
      storage.setItem(key, text);
      expect(readDraft(storage, key)).toBeNull();
      expect(storage.getItem(key)).toBeNull();
    }
  });

  it("never stores a field that looks like a secret, however deep", () => {
    const storage = new MemoryStorage();
    writeDraft(storage, key, { name: "n", password: "p", nested: [{ apiKey: "k", clientSecret: "s", note: "ok" }] });
    const text = storage.getItem(key) ?? "";
    expect(text).not.toMatch(/"p"|"k"|"s"/);
    expect(readDraft(storage, key)?.values).toEqual({ name: "n", nested: [{ note: "ok" }] });
  });

  it("clears", () => {
    const storage = new MemoryStorage();
    writeDraft(storage, key, { a: 1 });
    clearDraft(storage, key);
    expect(readDraft(storage, key)).toBeNull();
  });
});
