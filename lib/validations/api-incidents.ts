import { z } from "zod";
import { ZDateTime } from "./api-common";
import { ZIncidentInput, ZIncidentListQuery } from "./incidents";
import { ZMonitoringEventInput } from "./monitoring";

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

export const ZIncidentCreateApi = ZIncidentInput;
export const ZIncidentListApiQuery = ZIncidentListQuery;

// The system comes from the path; the body is everything else of the monitoring event.
const { systemId: _systemId, ...eventShape } = ZMonitoringEventInput.shape;
export const ZMonitoringEventDoc = z.object(eventShape);
export const ZMonitoringEventBodyApi = z.looseObject({});

export const ZMonitoringEventResultApi = z.looseObject({
  eventId: z.string().optional(),
  breached: z.boolean().optional().describe("Whether the value crossed the threshold."),
  taskId: z.string().nullable().optional().describe("The monitoring task opened or updated by a breach."),
  incidentId: z.string().nullable().optional().describe("The incident draft opened, when asked for."),
});
