"use server";
import { revalidatePath } from "next/cache";
import { createAction } from "@/lib/action";
import { createWebhook, deleteWebhook, sendTestWebhookEvent, setWebhookActive } from "@/lib/dal/integrations/webhooks";
import { ZCreateWebhook, ZSetWebhookActive, ZWebhookRef } from "@/lib/validations/webhooks";

const PATH = "/settings/webhooks";

export const createWebhookAction = createAction(ZCreateWebhook, async (input, actor) => {
  const result = await createWebhook(actor, input);
  revalidatePath(PATH);
  return result;
});

export const setWebhookActiveAction = createAction(ZSetWebhookActive, async (input, actor) => {
  await setWebhookActive(actor, input.webhookId, input.active);
  revalidatePath(PATH);
  return null;
});

export const deleteWebhookAction = createAction(ZWebhookRef, async (input, actor) => {
  await deleteWebhook(actor, input.webhookId);
  revalidatePath(PATH);
  return null;
});

export const sendTestWebhookAction = createAction(ZWebhookRef, async (input, actor) => {
  const result = await sendTestWebhookEvent(actor, input.webhookId);
  revalidatePath(PATH);
  return result;
});
