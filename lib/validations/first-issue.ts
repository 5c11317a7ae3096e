import type { z } from "zod";

/**
 * Where and why a parse failed, for a one-line message. zod reports at least one issue for every failed parse; the
 * fallback only satisfies the type, which allows an empty list.
 */
export function firstIssue(error: z.ZodError): { path: string; message: string } {
  const [issue] = error.issues;
  return { path: issue?.path.join(".") ?? "", message: issue?.message ?? "The value is not valid." };
}
