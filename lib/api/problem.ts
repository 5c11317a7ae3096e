import { AppError, type AppErrorCode, type FieldErrors } from "@/lib/errors";

// RFC 9457 problem details. `type` points at the error's explanation on the API docs page, so a client developer
// who logs the body can look it up; `errors` carries per-field messages for 422.
export type Problem = {
  type: string;
  title: string;
  status: number;
  detail: string;
  errors?: FieldErrors;
  correlationId?: string;
};

export const PROBLEM_TYPES = {
  unauthenticated: { status: 401, title: "Authentication required" },
  forbidden: { status: 403, title: "Not allowed" },
  "not-found": { status: 404, title: "Not found" },
  "method-not-allowed": { status: 405, title: "Method not allowed" },
  conflict: { status: 409, title: "Conflict" },
  "payload-too-large": { status: 413, title: "Payload too large" },
  "unsupported-media-type": { status: 415, title: "Unsupported media type" },
  "bad-request": { status: 400, title: "Malformed request" },
  validation: { status: 422, title: "Validation failed" },
  "idempotency-key-reused": { status: 422, title: "Idempotency key reused with a different request" },
  "rate-limited": { status: 429, title: "Too many requests" },
  internal: { status: 500, title: "Internal error" },
  unavailable: { status: 503, title: "Service unavailable" },
} as const;

export type ProblemType = keyof typeof PROBLEM_TYPES;

export const PROBLEM_FOR_CODE: Record<AppErrorCode, ProblemType> = {
  UNAUTHENTICATED: "unauthenticated",
  FORBIDDEN: "forbidden",
  NOT_FOUND: "not-found",
  CONFLICT: "conflict",
  VALIDATION: "validation",
  RATE_LIMITED: "rate-limited",
};

export function problemBody(
  kind: ProblemType,
  detail: string,
  extra: Pick<Problem, "errors" | "correlationId"> = {},
): Problem {
  const { status, title } = PROBLEM_TYPES[kind];
  return { type: `/developers/api#problem-${kind}`, title, status, detail, ...extra };
}

export function problemResponse(
  kind: ProblemType,
  detail: string,
  extra: Pick<Problem, "errors" | "correlationId"> = {},
  headers: HeadersInit = {},
): Response {
  const body = problemBody(kind, detail, extra);
  return new Response(JSON.stringify(body), {
    status: body.status,
    headers: { "Content-Type": "application/problem+json", "Cache-Control": "no-store", ...headers },
  });
}

// Zod issue paths joined with dots ("models.0.name"), so nested fields keep their place.
export function fieldErrorsOf(
  issues: readonly { path: readonly PropertyKey[]; message: string }[],
  prefix = "",
): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const key = [prefix, ...issue.path.map(String)].filter(Boolean).join(".") || "(root)";
    (errors[key] ??= []).push(issue.message);
  }
  return errors;
}

// A PATCH merges the fields it leaves out from the row it reads; a version from the future (a client's guess) could
// otherwise match a concurrent save made in between and store a merge of rows nobody read. Older versions are left
// to the data layer, whose conflict names who changed the record.
export function futureVersion(what: "system" | "obligation" | "risk", sent: number, stored: number): AppError {
  return new AppError(
    "CONFLICT",
    `This ${what} is at version ${stored}; version ${sent} does not exist yet. Send the version from your last read.`,
  );
}
