"use server";
import { revalidatePath } from "next/cache";
import { createAction } from "@/lib/action";
import { createIncident, updateIncident } from "@/lib/dal/incidents/incidents";
import { closeIncident, recordIncidentReport } from "@/lib/dal/incidents/reports";
import { ZCloseIncident, ZIncidentInput, ZIncidentUpdate, ZRecordReport } from "@/lib/validations/incidents";

// Clocks show on the incident pages, the system's Monitoring tab and the dashboard.
function refreshViews() {
  revalidatePath("/incidents", "layout");
  revalidatePath("/systems/[id]", "layout");
  revalidatePath("/dashboard");
}

export const createIncidentAction = createAction(ZIncidentInput, async (input, actor) => {
  const incident = await createIncident(actor, input);
  refreshViews();
  return { id: incident.id };
});

export const updateIncidentAction = createAction(ZIncidentUpdate, async (input, actor) => {
  const result = await updateIncident(actor, input);
  refreshViews();
  return result;
});

export const recordReportAction = createAction(ZRecordReport, async (input, actor) => {
  const result = await recordIncidentReport(actor, input);
  refreshViews();
  return result;
});

export const closeIncidentAction = createAction(ZCloseIncident, async (input, actor) => {
  const result = await closeIncident(actor, input);
  refreshViews();
  return result;
});
