import { z } from "zod";

const ZId = z.string().trim().min(1).max(64);

// Owner and due date for many obligations of one system at once (the "next steps" after a classification). Empty
// means "leave as it is", so one run can set only the owner or only the date; each row carries the version the
// person saw, so a duty someone else changed meanwhile is refused, not overwritten.
export const ZPlanObligations = z
  .object({
    systemId: ZId,
    obligations: z
      .array(z.object({ id: ZId, version: z.number().int().min(1) }))
      .min(1, "Choose at least one obligation.")
      .max(200, "Choose at most 200 obligations at a time."),
    ownerId: z
      .string()
      .trim()
      .max(64)
      .transform((v) => (v ? v : null)),
    dueDate: z
      .string()
      .trim()
      .refine(
        (v) => v === "" || (/^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`))),
        "Enter a date like 2027-12-02, or leave it empty.",
      )
      .transform((v) => (v ? v : null)),
  })
  .superRefine((v, ctx) => {
    if (!v.ownerId && !v.dueDate)
      ctx.addIssue({ code: "custom", path: ["ownerId"], message: "Choose an owner, a due date or both." });
    if (new Set(v.obligations.map((o) => o.id)).size !== v.obligations.length)
      ctx.addIssue({ code: "custom", path: ["obligations"], message: "Each obligation can be chosen once." });
  });
export type TPlanObligations = z.input<typeof ZPlanObligations>;
export type PlanObligationsInput = z.output<typeof ZPlanObligations>;
