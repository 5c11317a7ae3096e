import "server-only";
import { z } from "zod";
import { AppError, type FieldErrors } from "@/lib/errors";

// The data layer parses again (it is called from actions and tests alike); a failure is the form's field errors.
export function parseOrFieldErrors<S extends z.ZodType>(schema: S, raw: unknown): z.output<S> {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const { fieldErrors } = z.flattenError(parsed.error as z.ZodError<Record<string, unknown>>);
  throw new AppError("VALIDATION", "Please correct the highlighted fields.", {
    fieldErrors: fieldErrors as FieldErrors,
  });
}
