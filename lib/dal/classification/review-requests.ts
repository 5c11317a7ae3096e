import "server-only";
import { z } from "zod";
import type { Actor } from "@/lib/access/actor";
import type { DispositionCode } from "@/lib/classification/codes";
import { openQuestionsOf } from "@/lib/classification/progress";
import { reviewState } from "@/lib/classification/review-state";
import { db, type Tx } from "@/lib/db/client";
import { AppError, type FieldErrors } from "@/lib/errors";
import { readStoredProfile, type ClassificationResult } from "@/lib/rules";
import type { TierCode } from "@/lib/validations/system-fields";
import {
  ZRequestReview,
  ZRespondReview,
  type TRequestReview,
  type TRespondReview,
} from "@/lib/validations/review-requests";
import { writeAudit } from "@/lib/dal/core/audit";
import { authorize } from "@/lib/dal/core/authorize";
import type { RunWriter } from "@/lib/dal/classification/internal/store-run";
import { notifyUsers, reviewerIds } from "@/lib/dal/classification/internal/review-notify";
import { announceReview } from "@/lib/dal/classification/internal/review-webhooks";
import { writtenNotification, type NotificationPart, type NotificationTextKey } from "@/lib/notifications/text";

// A review step's notice: the step and the system as its title, the note (or a fixed line) as its body.
const aboutSystem = (key: NotificationTextKey, system: string, body: NotificationPart) =>
  writtenNotification({ title: [{ key, values: { system } }], body: [body] });

export type ReviewRequestStatus = "OPEN" | "ANSWERED" | "SENT_BACK" | "CLOSED";
export type ReviewRequestDTO = {
  id: string;
  systemId: string;
  runId: string;
  runSequence: number;
  question: string;
  status: ReviewRequestStatus;
  response: string;
  requestedById: string;
  requestedByName: string;
  respondedByName: string | null;
  createdAt: Date;
  respondedAt: Date | null;
  closedAt: Date | null;
};
export type ReviewRequestListItemDTO = ReviewRequestDTO & { systemName: string };
export type ReviewQueueItemDTO = ReviewRequestDTO & {
  systemName: string;
  tier: TierCode;
  possibleTier: TierCode;
  disposition: DispositionCode;
  openQuestions: number;
};

// Bad input is refused with the message next to its field, whoever calls (action, route or test).
function validated<S extends z.ZodType>(schema: S, raw: unknown): z.output<S> {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const { fieldErrors } = z.flattenError(parsed.error as z.ZodError<Record<string, unknown>>);
  throw new AppError("VALIDATION", "Please correct the highlighted fields.", {
    fieldErrors: fieldErrors as FieldErrors,
  });
}

const NO_SYSTEM = "This AI system does not exist or belongs to another organisation.";
const NO_REQUEST = "This review request does not exist or belongs to another organisation.";
const href = (systemId: string) => `/systems/${systemId}/classification#review-requests`;

const requestSelect = {
  id: true,
  systemId: true,
  runId: true,
  question: true,
  status: true,
  response: true,
  requestedById: true,
  requestedByName: true,
  createdAt: true,
  respondedAt: true,
  closedAt: true,
  run: { select: { sequence: true } },
  requestedBy: { select: { name: true } },
  respondedBy: { select: { name: true } },
} as const;

type RequestRow = {
  requestedByName: string | null;
  run: { sequence: number };
  requestedBy: { name: string };
  respondedBy: { name: string } | null;
} & Omit<ReviewRequestDTO, "runSequence" | "requestedByName" | "respondedByName">;

function toDTO({ run, requestedBy, respondedBy, requestedByName, ...r }: RequestRow): ReviewRequestDTO {
  return {
    ...r,
    runSequence: run.sequence,
    requestedByName: requestedByName ?? requestedBy.name,
    respondedByName: respondedBy?.name ?? null,
  };
}

// A compliance officer asks legal about the system's current run; every reviewer of the organisation is told.
export async function requestReview(actor: Actor, raw: TRequestReview): Promise<{ requestId: string }> {
  const member = await authorize(actor, "classification.run");
  const input = validated(ZRequestReview, raw);
  return db().$transaction(async (tx) => {
    const system = await tx.aiSystem.findFirst({
      where: { id: input.systemId, organizationId: member.organizationId },
      select: { id: true, name: true, currentRunId: true },
    });
    if (!system) throw new AppError("NOT_FOUND", NO_SYSTEM);
    if (!system.currentRunId)
      throw new AppError("VALIDATION", "Classify the system before asking legal to review the result.");
    const request = await tx.reviewRequest.create({
      data: {
        organizationId: member.organizationId,
        systemId: system.id,
        runId: system.currentRunId,
        requestedById: member.userId,
        question: input.question,
      },
      select: { id: true },
    });
    await writeAudit(tx, member, {
      action: "review.requested",
      entityType: "ReviewRequest",
      entityId: request.id,
      systemId: system.id,
      after: { runId: system.currentRunId, question: input.question },
    });
    await notifyUsers(tx, member.organizationId, await reviewerIds(tx, member.organizationId, member.userId), {
      kind: "review_requested",
      ...aboutSystem("legalReviewRequestedTitle", system.name, { text: input.question }),
      href: href(system.id),
      dedupeKey: `review_requested:${request.id}`,
    });
    const announced = { id: request.id, systemId: system.id, systemName: system.name };
    await announceReview(tx, member, "review.requested", announced, { question: input.question });
    return { requestId: request.id };
  });
}

// Legal answers (the request stays with legal until a decision) or sends it back to the requester with a note.
export async function respondToReviewRequest(actor: Actor, raw: TRespondReview): Promise<void> {
  const member = await authorize(actor, "classification.review");
  const input = validated(ZRespondReview, raw);
  await db().$transaction(async (tx) => {
    const request = await tx.reviewRequest.findFirst({
      where: { id: input.requestId, organizationId: member.organizationId },
      select: { id: true, systemId: true, status: true, requestedById: true, system: { select: { name: true } } },
    });
    if (!request) throw new AppError("NOT_FOUND", NO_REQUEST);
    const respondedAt = new Date();
    // Naming the status in the update makes a second reply, or a reply after a decision, lose cleanly.
    const { count } = await tx.reviewRequest.updateMany({
      where: { id: request.id, organizationId: member.organizationId, status: { in: ["OPEN", "ANSWERED"] } },
      data: { status: input.reply, response: input.note, respondedById: member.userId, respondedAt },
    });
    if (count === 0) throw new AppError("CONFLICT", "This request was already sent back or closed. Reload the page.");
    await writeAudit(tx, member, {
      action: input.reply === "ANSWERED" ? "review.answered" : "review.sent_back",
      entityType: "ReviewRequest",
      entityId: request.id,
      systemId: request.systemId,
      before: { status: request.status },
      after: { status: input.reply, note: input.note },
    });
    await notifyUsers(tx, member.organizationId, [request.requestedById], {
      kind: "review_replied",
      ...aboutSystem(
        input.reply === "ANSWERED" ? "legalReviewAnsweredTitle" : "legalReviewSentBackTitle",
        request.system.name,
        { text: input.note },
      ),
      href: href(request.systemId),
      dedupeKey: `review_replied:${request.id}:${respondedAt.getTime()}`,
    });
    const announced = { id: request.id, systemId: request.systemId, systemName: request.system.name };
    await announceReview(tx, member, "review.replied", announced, { reply: input.reply, note: input.note });
  });
}

// A confirm or override on the run settles what was asked about it: open requests close and their requesters learn.
export async function closeReviewRequestsTx(tx: Tx, member: RunWriter, runId: string, decision: string) {
  const open = await tx.reviewRequest.findMany({
    where: { organizationId: member.organizationId, runId, status: { in: ["OPEN", "ANSWERED"] } },
    select: { id: true, systemId: true, requestedById: true, system: { select: { name: true } } },
  });
  if (open.length === 0) return;
  await tx.reviewRequest.updateMany({
    where: { organizationId: member.organizationId, id: { in: open.map((r) => r.id) } },
    data: { status: "CLOSED", closedAt: new Date() },
  });
  for (const r of open) {
    await notifyUsers(tx, member.organizationId, [r.requestedById], {
      kind: "review_replied",
      ...aboutSystem(
        decision === "OVERRIDDEN" ? "legalReviewOverrodeTitle" : "legalReviewConfirmedTitle",
        r.system.name,
        { key: "legalReviewClosedBody" },
      ),
      href: href(r.systemId),
      dedupeKey: `review_closed:${r.id}`,
    });
  }
}

// Every request of one system, newest first (the thread on the classification tab).
export async function listReviewRequests(actor: Actor, systemId: string): Promise<ReviewRequestDTO[]> {
  const member = await authorize(actor, "system.read");
  const rows = await db().reviewRequest.findMany({
    where: { organizationId: member.organizationId, systemId },
    orderBy: { createdAt: "desc" },
    select: requestSelect,
  });
  return rows.map(toDTO);
}

// Legal's queue: requests waiting for legal, newest first, with the state of the run they ask about.
export async function listReviewQueue(actor: Actor): Promise<ReviewQueueItemDTO[]> {
  const member = await authorize(actor, "classification.review");
  const rows = await db().reviewRequest.findMany({
    where: { organizationId: member.organizationId, status: "OPEN" },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    take: 500,
    select: {
      ...requestSelect,
      system: { select: { name: true } },
      run: {
        select: {
          sequence: true,
          tier: true,
          possibleTier: true,
          disposition: true,
          result: true,
          answers: true,
          reviews: { orderBy: { decidedAt: "desc" }, take: 1, select: { decision: true, overrideTier: true } },
        },
      },
    },
  });
  return rows.map(({ system, run, ...r }) => {
    const state = reviewState(run, run.reviews[0]);
    return {
      ...toDTO({ ...r, run }),
      systemName: system.name,
      tier: state.tier,
      possibleTier: state.possibleTier,
      disposition: state.disposition,
      // Counted as the classification page and the questionnaire count them, so the queue and the page agree.
      openQuestions: openCount(run.answers, run.result as ClassificationResult),
    };
  });
}

// The REST API's lists: one system's requests, or the organisation's (optionally one status), newest first, a page at
// a time. Readable with system.read like the thread on the classification tab; legal's decisions stay in the app.
export async function listReviewRequestsPage(
  actor: Actor,
  filter: { systemId?: string; status?: ReviewRequestStatus; page: number; pageSize: number },
): Promise<{ items: ReviewRequestListItemDTO[]; total: number }> {
  const member = await authorize(actor, "system.read");
  const { organizationId } = member;
  if (filter.systemId !== undefined) {
    const system = await db().aiSystem.findFirst({
      where: { id: filter.systemId, organizationId },
      select: { id: true },
    });
    if (!system) throw new AppError("NOT_FOUND", NO_SYSTEM);
  }
  const where = { organizationId, systemId: filter.systemId, status: filter.status };
  const [rows, total] = await Promise.all([
    db().reviewRequest.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      skip: (filter.page - 1) * filter.pageSize,
      take: filter.pageSize,
      select: { ...requestSelect, system: { select: { name: true } } },
    }),
    db().reviewRequest.count({ where }),
  ]);
  return { items: rows.map(({ system, ...r }) => ({ ...toDTO(r), systemName: system.name })), total };
}

export async function getReviewRequest(actor: Actor, requestId: string): Promise<ReviewRequestListItemDTO> {
  const member = await authorize(actor, "system.read");
  const row = await db().reviewRequest.findFirst({
    where: { id: requestId, organizationId: member.organizationId },
    select: { ...requestSelect, system: { select: { name: true } } },
  });
  if (!row) throw new AppError("NOT_FOUND", NO_REQUEST);
  const { system, ...r } = row;
  return { ...toDTO(r), systemName: system.name };
}

function openCount(answers: unknown, result: ClassificationResult): number {
  const { deciding, completing } = openQuestionsOf(readStoredProfile(answers), result);
  return deciding.length + completing.length;
}
