import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/action";
import type { AppErrorCode } from "@/lib/errors";
import { formatBytes, MAX_EVIDENCE_BYTES } from "@/lib/evidence/limits";
import { ZEvidenceFileName } from "@/lib/validations/evidence";
import { firstIssue } from "@/lib/validations/first-issue";

// A training's certificate travels as multipart/form-data to a route handler (server actions cap bodies at 1 MB).
// The browser checks size and name early only to save a round trip; the server checks the content again.

/** The literacy forms' messages, which word these checks in the reader's language. */
export const useLiteracyFormsText = () => useTranslations("LiteracyForms");
export type LiteracyFormsText = ReturnType<typeof useLiteracyFormsText>;

/** What is wrong with the chosen file before it is sent, or null. */
export function certificateProblem(file: File, t: LiteracyFormsText): string | null {
  if (file.size === 0) return t("fileEmpty");
  if (file.size > MAX_EVIDENCE_BYTES) return t("fileTooLarge", { size: formatBytes(file.size) });
  const name = ZEvidenceFileName.safeParse(file.name);
  return name.success ? null : firstIssue(name.error).message;
}

const STATUS_CODE: Record<number, AppErrorCode> = {
  401: "UNAUTHENTICATED",
  403: "FORBIDDEN",
  404: "NOT_FOUND",
  409: "CONFLICT",
  429: "RATE_LIMITED",
};

type RouteAnswer<T> = { ok: true; data: T } | { ok: false; error: string; fieldErrors?: Record<string, string[]> };

/** Posts the form to the route and reads its answer as a server action's result, so forms treat both alike. */
export async function postCertificate<T>(url: string, body: FormData, t: LiteracyFormsText): Promise<ActionResult<T>> {
  const response = await fetch(url, { method: "POST", body });
  const answer = (await response.json().catch(() => null)) as RouteAnswer<T> | null;
  if (!answer)
    return {
      ok: false,
      code: "INTERNAL",
      error: t("uploadFailed", { status: response.status }),
    };
  if (answer.ok) return answer;
  const code = answer.fieldErrors ? "VALIDATION" : (STATUS_CODE[response.status] ?? "INTERNAL");
  return { ok: false, code, error: answer.error, fieldErrors: answer.fieldErrors };
}
