"use server";
import { revalidatePath } from "next/cache";
import { createAction } from "@/lib/action";
import { saveMonitoringPlan } from "@/lib/dal/monitoring/plans";
import { resolveTask } from "@/lib/dal/obligations/tasks";
import { ZMonitoringPlanInput, ZResolveTask } from "@/lib/validations/monitoring";

export const saveMonitoringPlanAction = createAction(ZMonitoringPlanInput, async (input, actor) => {
  const result = await saveMonitoringPlan(actor, input);
  revalidatePath("/systems/[id]/monitoring", "page");
  return result;
});

export const resolveTaskAction = createAction(ZResolveTask, async (input, actor) => {
  const result = await resolveTask(actor, input);
  revalidatePath("/systems/[id]", "layout");
  return result;
});
