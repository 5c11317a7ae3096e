import type { Metadata } from "next";
import { NotBuiltYet } from "@/components/shell/not-built-yet";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Obligations" };

export default function ObligationsPage() {
  return (
    <>
      <PageHeader title="Obligations" description="Every open duty across your AI systems, with owners, due dates and evidence." />
      <NotBuiltYet
        what="The organisation-wide obligations list, with a “my work” view, will list what each role must do for each system."
        comingWith="It is derived from the classification of each system, which is not recorded yet."
      />
    </>
  );
}
