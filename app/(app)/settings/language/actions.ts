"use server";
import { revalidatePath } from "next/cache";
import { createAction } from "@/lib/action";
import { updateDocumentLanguage, updateMyLanguage } from "@/lib/dal/accounts/language";
import { ZDocumentLanguage, ZMyLanguage } from "@/lib/validations/language";

export const updateMyLanguageAction = createAction(ZMyLanguage, async (input, actor) => {
  const locale = await updateMyLanguage(actor, input);
  // The whole interface changes language, so every cached page goes.
  revalidatePath("/", "layout");
  return { locale };
});

export const updateDocumentLanguageAction = createAction(ZDocumentLanguage, async (input, actor) => {
  const documentLocale = await updateDocumentLanguage(actor, input);
  revalidatePath("/settings");
  revalidatePath("/settings/language");
  return { documentLocale };
});
