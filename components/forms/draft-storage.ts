// Local drafts of long forms, so that a reload, a crash or a click away loses nothing typed. Pure functions over a
// Storage (localStorage in the browser), so they can be tested without one.

export type StoredDraft<V> = { values: V; savedAt: string; version?: number };

// localStorage holds ~5 MB per origin for every form of every tab: one draft must not crowd out the others.
export const MAX_DRAFT_BYTES = 200 * 1024;

const PREFIX = "actlas:draft";

// Organisation and user are both part of the key: on a shared computer one person's draft is never offered to
// another, nor a draft from one organisation inside another.
export function draftKey(
  scope: { organizationId: string | null; userId: string },
  form: string,
  recordId?: string,
): string {
  return [PREFIX, scope.organizationId ?? "no-org", scope.userId, form, recordId].filter(Boolean).join(":");
}

// Forms here hold no credentials, but a field with such a name must never reach storage readable by any script.
const SECRET_NAME = /password|secret|token|api[-_]?key/i;

function withoutSecrets(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutSecrets);
  if (value && typeof value === "object")
    return Object.fromEntries(
      Object.entries(value)
        .filter(([k]) => !SECRET_NAME.test(k))
        .map(([k, v]) => [k, withoutSecrets(v)]),
    );
  return value;
}

/** Writes the draft; returns false (and keeps no stale copy) when it is too large or storage refuses it. */
export function writeDraft<V>(storage: Storage, key: string, values: V, version?: number, now = new Date()): boolean {
  const draft: StoredDraft<unknown> = { values: withoutSecrets(values), savedAt: now.toISOString(), version };
  const text = JSON.stringify(draft);
  // UTF-16 in most browsers: two bytes a character is the honest upper bound.
  if (text.length * 2 > MAX_DRAFT_BYTES) {
    clearDraft(storage, key);
    return false;
  }
  try {
    storage.setItem(key, text);
    return true;
  } catch {
    // Quota exceeded or storage disabled (private mode): the leave warning still protects the user.
    return false;
  }
}

/** The stored draft, or null when there is none or it cannot be read (a corrupt one is removed). */
export function readDraft<V>(storage: Storage, key: string): StoredDraft<V> | null {
  let text: string | null;
  try {
    text = storage.getItem(key);
  } catch {
    return null;
  }
  if (text === null) return null;
  try {
    const parsed = JSON.parse(text) as Partial<StoredDraft<V>> | null;
    if (parsed && typeof parsed === "object" && parsed.values && typeof parsed.savedAt === "string")
      return {
        values: parsed.values,
        savedAt: parsed.savedAt,
        version: typeof parsed.version === "number" ? parsed.version : undefined,
      };
  } catch {
    // fall through: unreadable
  }
  clearDraft(storage, key);
  return null;
}

export function clearDraft(storage: Storage, key: string): void {
  try {
    storage.removeItem(key);
  } catch {
    // storage disabled: nothing was kept
  }
}

/** localStorage when the browser offers it (not during server rendering, not where a policy blocks it). */
export function browserStorage(): Storage | null {
  try {
    return typeof window === "undefined" ? null : window.localStorage;
  } catch {
    return null;
  }
}
