export type AppErrorCode = "UNAUTHENTICATED" | "FORBIDDEN" | "NOT_FOUND" | "CONFLICT" | "VALIDATION" | "RATE_LIMITED";

export const HTTP_STATUS: Record<AppErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  VALIDATION: 422,
  RATE_LIMITED: 429,
};

export type FieldErrors = Record<string, string[]>;

// A process-wide brand: the production build can hold more than one copy of this module (the instrumentation bundle
// creates the shared database client, whose NUL guard throws from its copy), and a class identity check fails across
// copies, which turned expected 422s into 500s (issue #23).
const APP_ERROR_BRAND = Symbol.for("actlas.AppError");

// Expected failures carry a message that is safe to show to the user; anything else is masked at the boundary.
export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly fieldErrors?: FieldErrors;
  /** A save refused because someone else saved the record first: the form offers to reload, in any language. */
  readonly stale?: boolean;
  readonly [APP_ERROR_BRAND] = true;

  constructor(code: AppErrorCode, message: string, options?: { fieldErrors?: FieldErrors; stale?: boolean }) {
    super(message);
    this.name = "AppError";
    this.code = code;
    this.fieldErrors = options?.fieldErrors;
    if (options?.stale) this.stale = true;
  }

  // `instanceof AppError` holds for an AppError of any module copy.
  static [Symbol.hasInstance](value: unknown): boolean {
    return typeof value === "object" && value !== null && (value as Record<symbol, unknown>)[APP_ERROR_BRAND] === true;
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

export const GENERIC_ERROR_MESSAGE = "Something went wrong on our side. Nothing was saved; please try again.";

export const DATABASE_UNAVAILABLE_MESSAGE =
  "The database is not reachable right now; try again in a moment. Nothing was saved.";

// Connection-level failures (server down, restarting, network gone) as raised by pg, the Prisma pg adapter or
// Prisma itself. Anything matching here happened before a commit, so the transaction was rolled back.
const UNAVAILABLE_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  "ENOTFOUND",
  "EAI_AGAIN",
  "57P01",
  "57P02",
  "57P03",
  "08000",
  "08001",
  "08003",
  "08004",
  "08006",
  "P1001",
  "P1002",
  "P1017",
  "P2024",
]);
const UNAVAILABLE_TEXT =
  /connection terminated|connection refused|ECONNREFUSED|ECONNRESET|server closed the connection|terminating connection|the database system is (starting up|shutting down)|Can't reach database server|timeout exceeded when trying to connect|Connection ended unexpectedly|connection error and is not queryable|Client was closed and is not queryable|Server has closed the connection/i;

export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== "object" || depth > 5) return false;
  const { code, message, cause } = error as { code?: unknown; message?: unknown; cause?: unknown };
  if (typeof code === "string" && UNAVAILABLE_CODES.has(code)) return true;
  if (typeof message === "string" && UNAVAILABLE_TEXT.test(message)) return true;
  const original = (error as { meta?: { driverAdapterError?: unknown } }).meta?.driverAdapterError;
  return isDatabaseUnavailable(cause, depth + 1) || isDatabaseUnavailable(original, depth + 1);
}
