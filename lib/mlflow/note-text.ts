import { createTranslator } from "use-intl/core";
import { MESSAGES } from "@/i18n/messages";
import { DEFAULT_LOCALE } from "@/lib/i18n/locales";
import { syncNoteWith, type SyncNote } from "./notes";
import type { SyncSummary } from "./summary";

const english = createTranslator({
  locale: DEFAULT_LOCALE,
  messages: MESSAGES[DEFAULT_LOCALE],
  namespace: "RegistrySyncNote",
});

/** The English a note stands for: what the audit trail, older readers and logs get. */
export const englishNote = (note: SyncNote): string => syncNoteWith(english, note);

/** Adds a warning to a sync's summary: its English and its note, side by side. */
export function warn(summary: SyncSummary, note: SyncNote): void {
  summary.warnings.push(englishNote(note));
  summary.warningNotes.push(note);
}

/** Adds an error to a sync's summary: its English and its note, side by side. */
export function fail(summary: SyncSummary, note: SyncNote): void {
  summary.errors.push(englishNote(note));
  summary.errorNotes.push(note);
}
