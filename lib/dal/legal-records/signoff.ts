import "server-only";
import type { Actor } from "@/lib/access/actor";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { PROFILING_SIGN_OFF } from "@/lib/legal/profiling";
import type { ClassificationResult } from "@/lib/rules";
import { formatDateTime } from "@/lib/utils";
import { ZSignOffDerogation, type TSignOffDerogation } from "@/lib/validations/legal-records";
import { writeAudit } from "@/lib/dal/core/audit";
import { authorize } from "@/lib/dal/core/authorize";
import { storeRunTx } from "@/lib/dal/classification/internal/store-run";
import { recordConflict, requireApplicable, systemLegalContext } from "@/lib/dal/legal-records/internal/context";

export type SignOffOutcome = { version: number; runSequence: number; disposition: "final" | "requires_review" };

function undeterminedMessage(result: ClassificationResult): string {
  const deciding = result.openQuestions.filter((q) => q.decides).map((q) => q.text);
  const shown = deciding.slice(0, 3).join(" ");
  const more = deciding.length > 3 ? ` (and ${deciding.length - 3} more)` : "";
  return `Not determined yet: answer the deciding questions on the Classification tab before signing off. ${shown}${more}`.trim();
}

// Legal's sign-off of an Art 6(3) assessment. In the same transaction a new classification run is stored from the
// current answers with the assessment "documented and reviewed", so the engine itself lifts its "requires review"
// (and keeps it where anything else is still open).
export async function signOffDerogation(actor: Actor, raw: TSignOffDerogation): Promise<SignOffOutcome> {
  const member = await authorize(actor, "classification.review");
  const input = ZSignOffDerogation.parse(raw);
  const { organizationId } = member;
  return db().$transaction(async (tx) => {
    const ctx = await systemLegalContext(organizationId, input.systemId, tx);
    requireApplicable(ctx, "DEROGATION");
    const record = await tx.legalRecord.findFirst({
      where: { organizationId, systemId: ctx.id, kind: "DEROGATION", section: 0 },
      select: {
        id: true,
        version: true,
        complete: true,
        content: true,
        signedOffAt: true,
        updatedById: true,
        updatedAt: true,
        signedOffBy: { select: { name: true } },
      },
    });
    if (!record) throw new AppError("VALIDATION", "Write and save the assessment before signing it off.");
    if (record.version !== input.version) throw await recordConflict(tx, record);
    if (record.signedOffAt)
      throw new AppError(
        "CONFLICT",
        `Already signed off by ${record.signedOffBy?.name ?? "a former member"} at ${formatDateTime(record.signedOffAt)}.`,
      );
    const content = record.content as Record<string, string>;
    if (content.profiling === "yes" || ctx.answers?.performsProfiling === true)
      throw new AppError("VALIDATION", PROFILING_SIGN_OFF);
    if (!record.complete)
      throw new AppError(
        "VALIDATION",
        "Complete the assessment and its registration data, tick “Complete” and save, then sign it off.",
      );
    if (!ctx.answers)
      throw new AppError("VALIDATION", "Classify the system before signing off its Art 6(3) assessment.");
    const signedOffAt = new Date();
    const { count } = await tx.legalRecord.updateMany({
      where: { id: record.id, organizationId, version: input.version },
      data: { signedOffById: member.userId, signedOffAt, version: { increment: 1 } },
    });
    if (count === 0) {
      // Re-read: `record` predates the change that won, which may be a colleague's signature rather than an edit.
      const latest = await tx.legalRecord.findFirstOrThrow({
        where: { id: record.id, organizationId },
        select: { updatedById: true, updatedAt: true, signedOffAt: true, signedOffBy: { select: { name: true } } },
      });
      if (latest.signedOffAt)
        throw new AppError(
          "CONFLICT",
          `Already signed off by ${latest.signedOffBy?.name ?? "a former member"} at ${formatDateTime(latest.signedOffAt)}.`,
        );
      throw await recordConflict(tx, latest);
    }
    // The signed record's profiling check ("no") answers the question where the questionnaire left it open.
    const answers = {
      ...ctx.answers,
      performsProfiling: ctx.answers.performsProfiling ?? false,
      derogationStatus: "documented_and_reviewed" as const,
    };
    const run = await storeRunTx(tx, member, { systemId: ctx.id, answers });
    // A signature settles the Art 6(3) question only: while another deciding question is open the tier could still be
    // higher, so nothing is signed (throwing rolls back the run and the signature with this transaction).
    if (run.result.disposition === "undetermined") throw new AppError("VALIDATION", undeterminedMessage(run.result));
    await writeAudit(tx, member, {
      action: "legal_record.signed_off",
      entityType: "LegalRecord",
      entityId: record.id,
      systemId: ctx.id,
      after: { kind: "DEROGATION", signedOffAt, runSequence: run.sequence, disposition: run.result.disposition },
    });
    return { version: input.version + 1, runSequence: run.sequence, disposition: run.result.disposition };
  });
}
