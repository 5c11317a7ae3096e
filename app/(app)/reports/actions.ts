"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { createAction } from "@/lib/action";
import { exportPortfolioReport } from "@/lib/dal/dashboard/portfolio-report";

// Only the facts the page shows go back to the browser, never the PDF bytes.
export const exportPortfolioReportAction = createAction(z.object({}), async (_input, actor) => {
  const report = await exportPortfolioReport(actor);
  revalidatePath("/reports");
  return { version: report.version, asOf: report.asOf };
});
