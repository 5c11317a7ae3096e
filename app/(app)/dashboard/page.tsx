import type { Metadata } from "next";
import { NotBuiltYet } from "@/components/shell/not-built-yet";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Dashboard" };

export default function DashboardPage() {
  return (
    <>
      <PageHeader title="Dashboard" description="Where the organisation stands under the EU AI Act, and what is coming." />
      <NotBuiltYet
        what="The portfolio dashboard will show systems by tier, role, business unit and lifecycle, readiness, the timeline of application dates and the items that need attention."
        comingWith="It comes once classification results and obligations are recorded for each system."
      />
    </>
  );
}
