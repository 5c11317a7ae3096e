"use server";
import { revalidatePath } from "next/cache";
import { createAction } from "@/lib/action";
import { createWebhook, deleteWebhook, sendTestWebhookEvent, setWebhookActive } from "@/lib/dal/integrations/webhooks";
import { setWebhookFormat } from "@/lib/dal/integrations/webhook-format";
import { tryWebhookUrl } from "@/lib/dal/integrations/webhook-try";
import {
  ZCreateWebhook,
  ZSetWebhookActive,
  ZSetWebhookFormat,
  ZTryWebhook,
  ZWebhookRef,
} from "@/lib/validations/webhooks";

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

export const setWebhookFormatAction = createAction(ZSetWebhookFormat, async (input, actor) => {
  await setWebhookFormat(actor, input);
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

// Nothing changes, so nothing to revalidate: the answer is shown next to the form.
export const tryWebhookAction = createAction(ZTryWebhook, (input, actor) => tryWebhookUrl(actor, input));
