import "server-only";
import type { Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { MIN_COMPLETION_NOTE } from "@/lib/validations/obligation";
import { checkLiteracyDone } from "@/lib/dal/literacy/internal/art4-done";

// "Done" is the claim an auditor tests first: it must rest on evidence, or (unless the organisation requires evidence)
// on a written note saying how the duty was met. Checked when a duty becomes done, not when a done duty is edited.
export async function assertDoneIsBacked(
  tx: Tx,
  scope: { organizationId: string; obligationId: string },
  completionNote: string,
): Promise<void> {
  // The Art 4 duty follows the literacy register's coverage (full coverage is its evidence).
  if ((await checkLiteracyDone(tx, scope, completionNote)) === "backed") return;
  const { organizationId, obligationId } = scope;
  // Evidence is a file or link, or a linked policy version still in force (a retired one no longer says how the
  // duty is met today).
  const [evidence, policies, organization] = await Promise.all([
    tx.evidence.count({ where: { organizationId, obligationId } }),
    tx.policyEvidenceLink.count({ where: { organizationId, obligationId, policyVersion: { status: "PUBLISHED" } } }),
    tx.organization.findUniqueOrThrow({ where: { id: organizationId }, select: { evidenceRequiredForDone: true } }),
  ]);
  if (evidence + policies > 0) return;
  if (organization.evidenceRequiredForDone) {
    throw new AppError("VALIDATION", "Attach evidence before marking this obligation done.", {
      fieldErrors: {
        status: [
          "Your organisation requires evidence for done obligations: attach a file or a link, or link a published policy, first.",
        ],
      },
    });
  }
  if (completionNote.length < MIN_COMPLETION_NOTE) {
    throw new AppError("VALIDATION", "Say how this obligation was met, or attach evidence first.", {
      fieldErrors: {
        completionNote: [
          `No evidence is attached: say how this duty was met (at least ${MIN_COMPLETION_NOTE} characters), or attach evidence first.`,
        ],
      },
    });
  }
}
