"use server";
import { createPublicAction } from "@/lib/action";
import { requestIp } from "@/lib/auth/request-ip";
import { answerVendorItem, askVendorExtension } from "@/lib/dal/vendors/portal";
import { ZAnswerItem, ZAskForTime } from "@/lib/validations/vendors";

// The respondent portal's actions: no session; the token in the input is the credential (lib/dal/vendors/portal.ts).
export const answerVendorItemAction = createPublicAction(ZAnswerItem, async (input) => {
  await answerVendorItem(input, await requestIp());
  return null;
});

export const askVendorExtensionAction = createPublicAction(ZAskForTime, async (input) => {
  await askVendorExtension(input, await requestIp());
  return null;
});
