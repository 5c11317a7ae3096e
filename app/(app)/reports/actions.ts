"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { createAction } from "@/lib/action";
import { exportPortfolioReport } from "@/lib/dal/dashboard/portfolio-report";

// Only the facts the page needs go back to the browser (the id, to download the PDF from its own route), never the
// PDF bytes.
export const exportPortfolioReportAction = createAction(z.object({}), async (_input, actor) => {
  const report = await exportPortfolioReport(actor);
  revalidatePath("/reports");
  return { id: report.id, version: report.version, asOf: report.asOf };
});
