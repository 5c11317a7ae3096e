import { z } from "zod";
import { FRAMEWORK_IDS, FRAMEWORKS, type FrameworkId } from "@/lib/standards";

// Statement of Applicability input: one schema in the browser and in the server action. Only frameworks that have a
// Statement (ISO/IEC 42001) and only their own control numbers are accepted; excluding needs a justification.

const SOA_FRAMEWORKS = FRAMEWORK_IDS.filter((id) => FRAMEWORKS[id].hasSoa) as [FrameworkId, ...FrameworkId[]];
export const SOA_DECISIONS = [
  ["include", "Include"],
  ["exclude", "Exclude"],
] as const;
export const MIN_JUSTIFICATION = 10;

export const ZSetApplicability = z
  .object({
    framework: z.enum(SOA_FRAMEWORKS, { error: "Choose a framework with a Statement of Applicability." }),
    controlId: z.string().trim().min(1, "Choose a control.").max(20),
    decision: z.enum(["include", "exclude"], { error: "Choose include or exclude." }),
    justification: z.string().trim().max(2000, "Use at most 2,000 characters."),
    // The decision's version the form was opened at; 0 while the control has no decision yet (optimistic lock).
    version: z.number().int().min(0).max(2_147_483_647),
  })
  .superRefine((v, ctx) => {
    if (!FRAMEWORKS[v.framework].controls.some((c) => c.id === v.controlId))
      ctx.addIssue({ code: "custom", path: ["controlId"], message: "Choose a control of this framework." });
    if (v.decision === "exclude" && v.justification.length < MIN_JUSTIFICATION)
      ctx.addIssue({
        code: "custom",
        path: ["justification"],
        message: `Say why this control is excluded (at least ${MIN_JUSTIFICATION} characters): auditors read it.`,
      });
  });

export type TSetApplicability = z.input<typeof ZSetApplicability>;
