"use server";
import { revalidatePath } from "next/cache";
import { createAction } from "@/lib/action";
import { rowErrorsIn } from "@/lib/csv/row-errors-i18n";
import { importRisks } from "@/lib/dal/risks/risk-import";
import { ZImportRisks } from "@/lib/validations/risks-csv";

export const importRisksAction = createAction(ZImportRisks, async (input, actor, { locale }) => {
  const result = await importRisks(actor, input);
  if (result.created > 0) revalidatePath("/systems/[id]/risks", "page");
  return { ...result, errors: rowErrorsIn(locale, result.errors) };
});
