import "server-only";
import type { Tx } from "@/lib/db/client";
import { todayIso } from "@/lib/dates";
import { AI_LITERACY_OBLIGATION, coverageSummary, isFullyCovered } from "@/lib/literacy/coverage";
import { AppError } from "@/lib/errors";
import { MIN_COMPLETION_NOTE } from "@/lib/validations/obligation";
import { systemPeople } from "./pairs";

/**
 * The Art 4 duty of a system rests on the literacy register. When it becomes done:
 * - everyone who operates or oversees the system holds a current training: the register is its evidence ("backed"),
 *   so no file or note is asked for, even where the organisation requires evidence;
 * - otherwise (someone untrained, or no one assigned): a written note saying why the duty is met anyway is required
 *   even with evidence attached, since a file cannot show that the people now operating the system were trained.
 * Returns "backed", "checked" (note present; the ordinary evidence rules still apply), or null for any other duty.
 */
export async function checkLiteracyDone(
  tx: Tx,
  scope: { organizationId: string; obligationId: string },
  completionNote: string,
): Promise<"backed" | "checked" | null> {
  const o = await tx.obligation.findFirst({
    where: { id: scope.obligationId, organizationId: scope.organizationId },
    select: { code: true, systemId: true },
  });
  if (!o || o.code !== AI_LITERACY_OBLIGATION) return null;
  const { coverage } = await systemPeople(tx, scope.organizationId, o.systemId, todayIso());
  if (isFullyCovered(coverage)) return "backed";
  if (completionNote.trim().length >= MIN_COMPLETION_NOTE) return "checked";
  throw new AppError("VALIDATION", "Say why AI literacy is met although coverage is incomplete.", {
    fieldErrors: {
      completionNote: [
        `${coverageSummary(coverage)}: say why this duty is met anyway (at least ${MIN_COMPLETION_NOTE} characters), or train them first.`,
      ],
    },
  });
}
