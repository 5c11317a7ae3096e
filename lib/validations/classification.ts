import { z } from "zod";
import { ZSystemProfile } from "@/lib/rules";
import { TIER_CODES } from "./system-fields";

// Schemas of the classification workflow, shared by the wizard, the review form and the server actions.
const ZId = z.string().trim().min(1).max(64);

export const ZStoreRun = z.object({ systemId: ZId, answers: ZSystemProfile });
export type TStoreRun = z.input<typeof ZStoreRun>;

export const ZSaveDraft = z.object({ systemId: ZId, answers: ZSystemProfile });
export type TSaveDraft = z.input<typeof ZSaveDraft>;

export const ZRescreen = z.object({ systemIds: z.array(ZId).min(1, "Choose at least one system.").max(500) });
export type TRescreen = z.input<typeof ZRescreen>;
// One system from its page: the same id rule as the list's, so a blank id is invalid input here, not a server error.
export const ZRescreenOne = z.object({ systemId: ZId });

export const REVIEW_DECISIONS = ["CONFIRMED", "REQUIRES_REVIEW", "OVERRIDDEN"] as const;
export const REVIEW_DECISION_LABELS: Record<(typeof REVIEW_DECISIONS)[number], string> = {
  CONFIRMED: "Confirm the classification",
  REQUIRES_REVIEW: "Mark as requiring review",
  OVERRIDDEN: "Override the tier",
};

const JUSTIFICATION_MIN = 20;

// One form for the three decisions; what each one needs is checked here so the browser and the server agree.
export const ZReviewDecision = z
  .object({
    runId: ZId,
    decision: z.enum(REVIEW_DECISIONS),
    overrideTier: z.union([z.enum(TIER_CODES), z.literal("")]).default(""),
    justification: z.string().trim().max(5000).default(""),
    openQuestions: z.string().trim().max(5000).default(""),
    // An override that takes obligations away is recorded only once the lawyer has seen them and ticked this.
    confirmRemovals: z.boolean().default(false),
  })
  .superRefine((v, ctx) => {
    if (v.decision === "OVERRIDDEN") {
      if (!v.overrideTier)
        ctx.addIssue({ code: "custom", path: ["overrideTier"], message: "Choose the tier that applies instead." });
      if (v.justification.length < JUSTIFICATION_MIN) {
        ctx.addIssue({
          code: "custom",
          path: ["justification"],
          message: `An override needs a written justification of at least ${JUSTIFICATION_MIN} characters.`,
        });
      }
    }
    if (v.decision === "REQUIRES_REVIEW" && splitQuestions(v.openQuestions).length === 0) {
      ctx.addIssue({
        code: "custom",
        path: ["openQuestions"],
        message: "List at least one open question, one per line.",
      });
    }
  });
export type TReviewDecision = z.input<typeof ZReviewDecision>;

export function splitQuestions(text: string): string[] {
  return text
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean);
}
