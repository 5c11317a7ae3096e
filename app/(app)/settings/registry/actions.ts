"use server";
import { revalidatePath } from "next/cache";
import { createAction } from "@/lib/action";
import {
  createRegistryConnection,
  deleteRegistryConnection,
  syncRegistryConnection,
  updateRegistryConnection,
} from "@/lib/dal/integrations/registry-sync";
import {
  ZCreateRegistryConnection,
  ZRegistryConnectionRef,
  ZUpdateRegistryConnection,
} from "@/lib/validations/registry";

const refresh = () => {
  revalidatePath("/settings/registry");
  revalidatePath("/models");
};

export const createRegistryConnectionAction = createAction(ZCreateRegistryConnection, async (input, actor) => {
  const result = await createRegistryConnection(actor, input);
  refresh();
  return result;
});

export const updateRegistryConnectionAction = createAction(ZUpdateRegistryConnection, async (input, actor) => {
  await updateRegistryConnection(actor, input);
  refresh();
  return null;
});

export const deleteRegistryConnectionAction = createAction(ZRegistryConnectionRef, async (input, actor) => {
  await deleteRegistryConnection(actor, input);
  refresh();
  return null;
});

// A failed sync is a result to show (status "error" with its reasons), not a failed action.
export const syncRegistryConnectionAction = createAction(ZRegistryConnectionRef, async (input, actor) => {
  const summary = await syncRegistryConnection(actor, input.connectionId);
  refresh();
  return summary;
});
