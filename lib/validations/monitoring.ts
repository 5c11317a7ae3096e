import { z } from "zod";
import { MONITORING_KINDS, type MonitoringKindCode } from "@/lib/incidents/monitoring-obligations";
import { ZOptionalInstant } from "./incidents";

export { MONITORING_KINDS, type MonitoringKindCode };

const optionalName = z.string().trim().max(200).optional();

// A result pushed by a pipeline. direction "min": the value must stay at or above the threshold (accuracy);
// "max": at or below it (drift score, bias gap). No threshold means the result is recorded but cannot breach.
// The fields without the system, which the REST API takes from its path (lib/validations/api-incidents.ts).
export const ZMonitoringEventFields = z.object({
  kind: z.enum(MONITORING_KINDS, "Use EVALUATION, BIAS or DRIFT."),
  metric: z
    .string()
    .trim()
    .min(1, "Name the metric.")
    .max(100)
    .regex(/^[\w.:\-/ ]+$/, "Use letters, digits, spaces and . _ - : / only.")
    // The regex above reads the trimmed text; as sent, the name may be padded but not blank (the REST API's document).
    .meta({ pattern: "^\\s*[\\w.:\\-/](?:[\\w.:\\-/ ]*[\\w.:\\-/])?\\s*$" }),
  value: z.number().finite("Send a finite number."),
  threshold: z
    .number()
    .finite()
    .nullish()
    .transform((v) => v ?? null),
  direction: z.enum(["min", "max"]).default("max"),
  datasetRef: z.string().trim().max(500).default(""),
  modelVersionId: z.string().trim().max(64).optional(),
  model: optionalName.describe("Name both the model and its version, or neither."),
  version: optionalName.describe("Name both the model and its version, or neither."),
  observedAt: ZOptionalInstant,
  openIncidentDraft: z.boolean().default(false),
  details: z.record(z.string(), z.unknown()).optional(),
});

export function checkModelNamed(v: { model?: string; version?: string }, ctx: z.RefinementCtx) {
  if (!!v.model !== !!v.version)
    ctx.addIssue({
      code: "custom",
      path: [v.model ? "version" : "model"],
      message: "Name both the model and its version, or neither.",
    });
}

export const ZMonitoringEventInput = ZMonitoringEventFields.extend({
  systemId: z.string().trim().min(1).max(64),
}).superRefine(checkModelNamed);
export type MonitoringEventInput = z.output<typeof ZMonitoringEventInput>;

export function isBreach(e: { value: number; threshold: number | null; direction: "min" | "max" }): boolean {
  if (e.threshold === null) return false;
  return e.direction === "min" ? e.value < e.threshold : e.value > e.threshold;
}

export const ZResolveTask = z.object({
  taskId: z.string().trim().min(1).max(64),
  note: z
    .string()
    .trim()
    .min(5, "Say what was done (at least 5 characters).")
    .max(2000, "Use at most 2,000 characters."),
});
export type TResolveTask = z.input<typeof ZResolveTask>;

const planItem = z.object({
  what: z.string().trim().min(2, "Say what is monitored.").max(300, "Use at most 300 characters."),
  method: z.string().trim().max(500, "Use at most 500 characters."),
  frequency: z.string().trim().max(100, "Use at most 100 characters."),
  threshold: z.string().trim().max(200, "Use at most 200 characters."),
  ownerId: z.string().trim().max(64),
});
export type MonitoringPlanItem = z.output<typeof planItem>;

// The Art 72 plan: what is monitored, how, how often, the threshold that triggers action, and who owns it.
export const ZMonitoringPlanInput = z.object({
  systemId: z.string().trim().min(1).max(64),
  // 0 when no plan exists yet.
  version: z.number().int().min(0),
  items: z.array(planItem).min(1, "Add at least one thing you monitor.").max(40, "Use at most 40 rows."),
  reviewFrequency: z.string().trim().max(100, "Use at most 100 characters."),
  notes: z.string().trim().max(5000, "Use at most 5,000 characters."),
});
export type TMonitoringPlanInput = z.input<typeof ZMonitoringPlanInput>;
export type MonitoringPlanInput = z.output<typeof ZMonitoringPlanInput>;
