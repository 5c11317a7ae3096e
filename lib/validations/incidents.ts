import { z } from "zod";
import { INCIDENT_HARMS, INCIDENT_STATUSES } from "@/lib/incidents/labels";

const ZId = z.string().trim().min(1).max(64);
// Clock skew between a browser or pipeline and the server must not turn "now" into "in the future".
const FUTURE_TOLERANCE_MS = 5 * 60_000;

// Instants travel as ISO 8601 with an offset (API) or as "YYYY-MM-DDTHH:mm" from <input type="datetime-local">,
// which the forms label as UTC. Empty, blank or null means "not known yet". zod's own date-time check, not Date's
// parser: Date turns 30 February into 2 March without a word.
const INSTANT = z.iso.datetime({ offset: true, local: true });
const LOCAL_INSTANT = z.iso.datetime({ local: true });
const HAS_OFFSET = /(?:Z|[+-]\d{2}:\d{2})$/;
export const ZOptionalInstant = z
  .union([z.string(), z.null()])
  .optional()
  .transform((v, ctx) => {
    const text = v ?? "";
    if (!text.trim()) return null;
    if (!INSTANT.safeParse(text).success) {
      ctx.addIssue({ code: "custom", message: "Enter a date and time like 2026-11-22 14:00 (UTC)." });
      return z.NEVER;
    }
    return new Date(HAS_OFFSET.test(text) ? text : `${text}Z`);
  })
  .meta({
    anyOf: [
      { type: "null" },
      { type: "string", pattern: "^\\s*$" },
      { type: "string", format: "date-time" },
      { type: "string", pattern: z.toJSONSchema(LOCAL_INSTANT).pattern },
    ],
    description:
      "A date and time, not in the future; without an offset it is read as UTC. Empty, blank or null: not known. occurredAt cannot be later than awareAt.",
  });

// Trimmed before the length counts; null and a missing field mean "". The document says so (lib/api/json-schema.ts).
const text = (max: number) =>
  z
    .union([
      z
        .string()
        .trim()
        .max(max, `Use at most ${max.toLocaleString("en-GB")} characters.`),
      z.null(),
    ])
    .optional()
    .transform((v) => v ?? "");

const fields = {
  title: z
    .string()
    .trim()
    .min(3, "Give the incident a short title (at least 3 characters).")
    .max(200, "Use at most 200 characters."),
  description: text(10_000),
  harm: z
    .union([z.enum(INCIDENT_HARMS), z.literal(""), z.null()])
    .optional()
    .transform((v) => (v ? v : null)),
  occurredAt: ZOptionalInstant,
  awareAt: ZOptionalInstant,
  affectedPersons: text(5000),
  correctiveActions: text(10_000),
  memberState: text(100),
  authority: text(300),
};

type Checked = { status: "DRAFT" | "OPEN"; harm: string | null; awareAt: Date | null; occurredAt: Date | null };

// An open incident is a serious incident on the Art 73 clock: it needs the harm category and the awareness date.
function checkIncident(v: Checked, ctx: z.RefinementCtx) {
  const now = Date.now() + FUTURE_TOLERANCE_MS;
  if (v.status === "OPEN" && !v.harm)
    ctx.addIssue({
      code: "custom",
      path: ["harm"],
      message: "Choose the harm category: it sets the reporting deadline.",
    });
  if (v.status === "OPEN" && !v.awareAt)
    ctx.addIssue({
      code: "custom",
      path: ["awareAt"],
      message: "Enter when you became aware: the Art 73 clock runs from then.",
    });
  if (v.awareAt && v.awareAt.getTime() > now)
    ctx.addIssue({
      code: "custom",
      path: ["awareAt"],
      message: "This is in the future; enter when you actually became aware.",
    });
  if (v.occurredAt && v.occurredAt.getTime() > now)
    ctx.addIssue({ code: "custom", path: ["occurredAt"], message: "This is in the future." });
  if (v.occurredAt && v.awareAt && v.occurredAt > v.awareAt) {
    ctx.addIssue({
      code: "custom",
      path: ["occurredAt"],
      message: "The incident cannot have happened after you became aware of it.",
    });
  }
}

export const ZIncidentInput = z
  .object({ systemId: ZId, status: z.enum(["DRAFT", "OPEN"]).default("OPEN"), ...fields })
  .superRefine(checkIncident);
export type TIncidentInput = z.input<typeof ZIncidentInput>;
export type IncidentInput = z.output<typeof ZIncidentInput>;

// Editing keeps the system; a draft can be confirmed as OPEN here. Later states move only through the report steps.
export const ZIncidentUpdate = z
  .object({ incidentId: ZId, version: z.number().int().min(1), status: z.enum(["DRAFT", "OPEN"]), ...fields })
  .superRefine(checkIncident);
export type TIncidentUpdate = z.input<typeof ZIncidentUpdate>;
export type IncidentUpdate = z.output<typeof ZIncidentUpdate>;

export const ZRecordReport = z
  .object({
    incidentId: ZId,
    version: z.number().int().min(1),
    kind: z.enum(["initial", "complete"]),
    reportedAt: ZOptionalInstant,
    reference: text(200),
  })
  .superRefine((v, ctx) => {
    if (!v.reportedAt)
      ctx.addIssue({
        code: "custom",
        path: ["reportedAt"],
        message: "Enter when the report was sent to the authority.",
      });
    else if (v.reportedAt.getTime() > Date.now() + FUTURE_TOLERANCE_MS)
      ctx.addIssue({
        code: "custom",
        path: ["reportedAt"],
        message: "This is in the future; record a report once it is sent.",
      });
  });
export type TRecordReport = z.input<typeof ZRecordReport>;
export type RecordReportInput = z.output<typeof ZRecordReport>;

export const ZCloseIncident = z.object({
  incidentId: ZId,
  version: z.number().int().min(1),
  reason: z
    .string()
    .trim()
    .min(10, "Say why the incident is closed (at least 10 characters); auditors will ask.")
    .max(2000, "Use at most 2,000 characters."),
});
export type TCloseIncident = z.input<typeof ZCloseIncident>;

// Query of the incident list (page and API): one status, one system, or only incidents whose clock is running.
export const ZIncidentListQuery = z.object({
  status: z
    .union([z.enum(INCIDENT_STATUSES), z.literal("")])
    .optional()
    .transform((v) => v || undefined),
  systemId: z
    .string()
    .trim()
    .max(64)
    .optional()
    .transform((v) => v || undefined),
  clock: z
    .union([z.literal("running"), z.literal("")])
    .optional()
    .transform((v) => v || undefined),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type IncidentListQuery = z.output<typeof ZIncidentListQuery>;
