import { z } from "zod";
import { ZDateTime } from "./api-common";

export const GATE_REASON_CODES = [
  "not_classified",
  "prohibited",
  "awaiting_review",
  "undetermined",
  "stale_system_changed",
  "stale_rule_set_changed",
  "blocking_obligations_open",
  "monitoring_breach_open",
] as const;

export const ZGateAnswerApi = z.object({
  systemId: z.string(),
  systemName: z.string(),
  status: z.enum(["pass", "fail"]).describe("pass: nothing stands in the way of shipping; fail: see reasons."),
  reasons: z.array(
    z.object({
      code: z.enum(GATE_REASON_CODES),
      message: z.string(),
      items: z
        .array(z.object({ id: z.string(), label: z.string() }))
        .optional()
        .describe("The obligations or monitoring tasks concerned."),
    }),
  ),
  checkedAt: ZDateTime,
  previousStatus: z
    .enum(["pass", "fail"])
    .nullable()
    .describe("The answer the gate gave last time, null on the first check."),
});
