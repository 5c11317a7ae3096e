import { z } from "zod";

// The organisation's words for the five steps of each axis of the risk scale (Settings → Risk scale). One flat field
// per step, so an error lands next to the very step it is about (in the browser and from the server alike).
export const RISK_SCALE_AXES = ["likelihood", "impact"] as const;
export type RiskScaleAxis = (typeof RISK_SCALE_AXES)[number];
export const RISK_SCALE_STEPS = [1, 2, 3, 4, 5] as const;
export const MAX_RISK_LABEL = 40;

type StepKey = `${RiskScaleAxis}${(typeof RISK_SCALE_STEPS)[number]}`;
export const stepKey = (axis: RiskScaleAxis, step: number) => `${axis}${step}` as StepKey;

const label = z
  .string("Name this step.")
  .trim()
  .min(1, "Name this step.")
  .max(MAX_RISK_LABEL, `Keep it to ${MAX_RISK_LABEL} characters or fewer.`);

const shape = Object.fromEntries(
  RISK_SCALE_AXES.flatMap((axis) => RISK_SCALE_STEPS.map((step) => [stepKey(axis, step), label])),
) as Record<StepKey, typeof label>;

export const ZRiskScale = z
  .object(shape)
  .superRefine((values, ctx) => {
    // Two steps with one name would make the heat map and the selects ambiguous (case and spacing do not count).
    for (const axis of RISK_SCALE_AXES) {
      const seen = new Map<string, number>();
      for (const step of RISK_SCALE_STEPS) {
        const key = values[stepKey(axis, step)].toLocaleLowerCase("en").replace(/\s+/g, " ");
        const earlier = seen.get(key);
        if (earlier !== undefined && key) {
          ctx.addIssue({
            code: "custom",
            path: [stepKey(axis, step)],
            message: `Each step needs its own name: step ${earlier} is already called this.`,
          });
        } else seen.set(key, step);
      }
    }
  })
  .transform((values) => ({
    likelihood: RISK_SCALE_STEPS.map((step) => values[stepKey("likelihood", step)]),
    impact: RISK_SCALE_STEPS.map((step) => values[stepKey("impact", step)]),
  }));
export type TRiskScale = z.input<typeof ZRiskScale>;
export type RiskScaleInput = z.output<typeof ZRiskScale>;
