import { z } from "zod";
import { ZDateTime } from "./api-common";
import { INCIDENT_HARMS } from "@/lib/incidents/labels";
import { ZIncidentInput, ZIncidentListQuery } from "./incidents";
import { checkModelNamed, ZMonitoringEventFields } from "./monitoring";

export const ZIncidentApi = z.looseObject({
  id: z.string(),
  number: z.number().int(),
  reference: z.string().describe("e.g. INC-0007"),
  systemId: z.string(),
  systemName: z.string(),
  title: z.string(),
  description: z.string(),
  status: z.string(),
  harm: z.string().nullable(),
  occurredAt: ZDateTime.nullable(),
  awareAt: ZDateTime.nullable(),
  deadline: ZDateTime.nullable().describe("Art 73 reporting deadline, from awareAt and harm."),
  initialReportAt: ZDateTime.nullable(),
  completeReportAt: ZDateTime.nullable(),
  version: z.number().int(),
  createdAt: ZDateTime,
});

// What checkIncident demands, as JSON Schema: an OPEN incident (the default) is on the Art 73 clock and needs the
// harm category and when you became aware (not in the future).
export const ZIncidentCreateApi = ZIncidentInput.meta({
  if: { properties: { status: { const: "DRAFT" } }, required: ["status"] },
  else: {
    required: ["harm", "awareAt"],
    properties: {
      harm: { type: "string", enum: [...INCIDENT_HARMS] },
      awareAt: { type: "string", format: "date-time", description: "Not in the future." },
    },
  },
});
export const ZIncidentListApiQuery = ZIncidentListQuery;

// The system comes from the path; the body is everything else of the monitoring event, checked by the same fields
// and rule as the app's. "Both or neither" as JSON Schema: blank text counts as not named, as the server trims.
const named = (field: string) => ({ required: [field], properties: { [field]: { pattern: "\\S" } } });
const blank = (field: string) => ({ properties: { [field]: { pattern: "^\\s*$" } } });
export const ZMonitoringEventApi = ZMonitoringEventFields.superRefine(checkModelNamed).meta({
  dependentSchemas: {
    model: { anyOf: [blank("model"), named("version")] },
    version: { anyOf: [blank("version"), named("model")] },
  },
  description:
    "Name both `model` and `version`, or neither; they, or `modelVersionId`, must name a version registered in the organisation (422 otherwise).",
});

export const ZMonitoringEventResultApi = z.object({
  eventId: z.string(),
  breached: z.boolean().describe("Whether the value crossed the threshold."),
  taskId: z.string().optional().describe("The monitoring task opened or updated by a breach (only when breached)."),
  incidentId: z.string().optional().describe("The incident draft opened, when asked for."),
});
