import { englishNote } from "./note-text";
import type { SyncNote } from "./notes";

// Every way talking to an MLflow server can fail, with a message that is safe and useful to show an administrator
// (no stack traces, no tokens): `note` says it in any language, `message` is its English.
export type MlflowErrorKind = "refused" | "network" | "timeout" | "http" | "not_found" | "invalid_response";

export class MlflowError extends Error {
  readonly kind: MlflowErrorKind;
  readonly note: SyncNote;
  readonly status?: number;

  constructor(kind: MlflowErrorKind, note: SyncNote, status?: number) {
    super(englishNote(note));
    this.name = "MlflowError";
    this.kind = kind;
    this.note = note;
    this.status = status;
  }
}
