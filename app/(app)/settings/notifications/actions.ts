"use server";
import { revalidatePath } from "next/cache";
import { createAction } from "@/lib/action";
import { updateMyNotificationPrefs } from "@/lib/dal/accounts/notifications";
import { ZNotificationPrefs } from "@/lib/validations/notifications";

export const updateNotificationPrefsAction = createAction(ZNotificationPrefs, async (input, actor) => {
  const prefs = await updateMyNotificationPrefs(actor, input);
  // Switching a kind off in-app hides it from the list and the unread count in the navigation.
  revalidatePath("/", "layout");
  return prefs;
});
