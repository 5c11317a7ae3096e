"use server";
import { revalidatePath } from "next/cache";
import { createAction } from "@/lib/action";
import { signOffDerogation } from "@/lib/dal/legal-records/signoff";
import { saveAnnexIvSection, saveDerogation, saveFria } from "@/lib/dal/legal-records/write";
import {
  ZAnnexIvSectionInput,
  ZDerogationInput,
  ZFriaInput,
  ZSignOffDerogation,
} from "@/lib/validations/legal-records";

// The Overview's documentation line and the classification (after a sign-off) live elsewhere in the system's pages.
const refresh = (systemId: string) => revalidatePath(`/systems/${systemId}`, "layout");

export const saveAnnexIvSectionAction = createAction(ZAnnexIvSectionInput, async (input, actor) => {
  const saved = await saveAnnexIvSection(actor, input);
  refresh(input.systemId);
  return saved;
});

export const saveDerogationAction = createAction(ZDerogationInput, async (input, actor) => {
  const saved = await saveDerogation(actor, input);
  refresh(input.systemId);
  return saved;
});

export const saveFriaAction = createAction(ZFriaInput, async (input, actor) => {
  const saved = await saveFria(actor, input);
  refresh(input.systemId);
  return saved;
});

export const signOffDerogationAction = createAction(ZSignOffDerogation, async (input, actor) => {
  const outcome = await signOffDerogation(actor, input);
  refresh(input.systemId);
  return outcome;
});
