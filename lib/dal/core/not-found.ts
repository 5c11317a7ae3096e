import "server-only";
import { AppError } from "@/lib/errors";

// One answer for "not yours" and "not there": a caller cannot tell another organisation's record from a missing one.
export function notFound(what: string): AppError {
  return new AppError("NOT_FOUND", `This ${what} does not exist or belongs to another organisation.`);
}
