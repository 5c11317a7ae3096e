"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { createAction } from "@/lib/action";
import { markAllNotificationsRead, markNotificationRead } from "@/lib/dal/accounts/notifications";
import { ZNotificationRef } from "@/lib/validations/notifications";

// The unread count lives in the app layout, so the whole app subtree is revalidated.
export const markNotificationReadAction = createAction(ZNotificationRef, async (input, actor) => {
  await markNotificationRead(actor, input.notificationId);
  revalidatePath("/", "layout");
  return null;
});

export const markAllNotificationsReadAction = createAction(z.object({}), async (_input, actor) => {
  const count = await markAllNotificationsRead(actor);
  revalidatePath("/", "layout");
  return { count };
});
