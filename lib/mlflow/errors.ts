// Every way talking to an MLflow server can fail, with a message that is safe and useful to show an administrator
// (no stack traces, no tokens).
export type MlflowErrorKind = "refused" | "network" | "timeout" | "http" | "not_found" | "invalid_response";

export class MlflowError extends Error {
  readonly kind: MlflowErrorKind;
  readonly status?: number;

  constructor(kind: MlflowErrorKind, message: string, status?: number) {
    super(message);
    this.name = "MlflowError";
    this.kind = kind;
    this.status = status;
  }
}
