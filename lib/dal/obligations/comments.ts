import "server-only";
import type { Actor } from "@/lib/access/actor";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { z } from "zod";
import type { ZAddComment } from "@/lib/validations/obligation";
import { writeAudit } from "@/lib/dal/core/audit";
import { authorize } from "@/lib/dal/core/authorize";
import { NOT_FOUND_MESSAGE } from "@/lib/dal/obligations/obligations";

export type CommentDTO = { id: string; body: string; createdAt: Date; author: { name: string } };

// Comments do not change what is done, so the readiness counters are left alone; obsolete obligations still take
// comments, because explaining why old work no longer matters is part of the record.
export async function addComment(actor: Actor, input: z.output<typeof ZAddComment>): Promise<CommentDTO> {
  const member = await authorize(actor, "obligation.work");
  return db().$transaction(async (tx) => {
    const obligation = await tx.obligation.findFirst({
      where: { id: input.obligationId, organizationId: member.organizationId },
      select: { id: true, systemId: true },
    });
    if (!obligation) throw new AppError("NOT_FOUND", NOT_FOUND_MESSAGE);
    const comment = await tx.comment.create({
      data: {
        organizationId: member.organizationId,
        obligationId: obligation.id,
        authorId: member.userId,
        body: input.body,
      },
      select: { id: true, body: true, createdAt: true, author: { select: { name: true } } },
    });
    await writeAudit(tx, member, {
      action: "obligation.commented",
      entityType: "Obligation",
      entityId: obligation.id,
      systemId: obligation.systemId,
      after: { commentId: comment.id, body: comment.body },
    });
    return comment;
  });
}
