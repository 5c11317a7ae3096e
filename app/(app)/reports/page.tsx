import type { Metadata } from "next";
import { NotBuiltYet } from "@/components/shell/not-built-yet";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Reports" };

export default function ReportsPage() {
  return (
    <>
      <PageHeader title="Reports" description="Sealed PDF dossiers per system and portfolio reports for management." />
      <NotBuiltYet
        what="Dossier exports with SHA-256 seals, attestation and verification will live here."
        comingWith="They need the classification, obligations and documentation records that come first."
      />
    </>
  );
}
