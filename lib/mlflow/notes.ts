// What a registry sync warns of, or why it failed, as a RegistrySyncNote message with its values. The summary keeps
// the English text as well (the audit trail, summaries written before notes existed, anyone reading the JSON); the
// connection page words each note in the reader's language. `model` is the registered model the note is about, kept
// as the registry spells it.
export const SYNC_NOTE_KEYS = [
  "addressNotAllowed",
  "hostNotResolved",
  "timeout",
  "stoppedSending",
  "unreachable",
  "notJson",
  "unexpectedShape",
  "tooLarge",
  "pageTokenRepeated",
  "tooManyPages",
  "notFound",
  "noMlflowApi",
  "tokenRefused",
  "httpError",
  "runMissing",
  "tagMatchesNoSystem",
  "tagMatchesSeveral",
  "saveFailed",
  "syncStopped",
  // A message of another part of Actlas (a data-layer refusal), kept as it was written.
  "asWritten",
] as const;
export type SyncNoteKey = (typeof SYNC_NOTE_KEYS)[number];

type Values = Record<string, string | number>;
export type SyncNote = { key: SyncNoteKey; values?: Values; model?: string };

/** A note in the language of `t`, a translator of the RegistrySyncNote messages. */
export function syncNoteWith(t: (key: SyncNoteKey, values?: Values) => string, note: SyncNote): string {
  const text = t(note.key, note.values);
  return note.model ? `${note.model}: ${text}` : text;
}

const isValues = (v: unknown): v is Values =>
  !!v && typeof v === "object" && Object.values(v).every((x) => typeof x === "string" || typeof x === "number");

function isSyncNote(value: unknown): value is SyncNote {
  if (!value || typeof value !== "object") return false;
  const n = value as Partial<SyncNote>;
  return (
    (SYNC_NOTE_KEYS as readonly unknown[]).includes(n.key) &&
    (n.values === undefined || isValues(n.values)) &&
    (n.model === undefined || typeof n.model === "string")
  );
}

/**
 * Stored notes read back defensively: they stand for the English texts one for one, so a list that does not match
 * them (a summary written before notes existed, or by a newer version with keys this one lacks) gives none.
 */
export function readNotes(value: unknown, texts: string[]): SyncNote[] {
  if (!Array.isArray(value) || value.length !== texts.length || !value.every(isSyncNote)) return [];
  return value;
}
