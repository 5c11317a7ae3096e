import Link from "next/link";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import type { DocumentationDTO } from "@/lib/dal/legal-records/legal-records";
import { ANNEX_IV_SECTION_COUNT } from "@/lib/legal/annex-iv";

// The Overview's one line on the written records: only what the law asks of this system is mentioned.
export function DocumentationSummary({ systemId, doc }: { systemId: string; doc: DocumentationDTO }) {
  const parts: string[] = [];
  if (doc.applicability.ANNEX_IV.applies)
    parts.push(`${doc.annexIvComplete} of ${ANNEX_IV_SECTION_COUNT} Annex IV sections complete`);
  if (doc.applicability.DEROGATION.applies) {
    parts.push(
      doc.derogation?.signedOffAt
        ? "Art 6(3) assessment signed off"
        : doc.derogation?.complete
          ? "Art 6(3) assessment awaiting sign-off"
          : "Art 6(3) assessment missing",
    );
  }
  if (doc.applicability.FRIA.applies) parts.push(doc.fria?.complete ? "FRIA complete" : "FRIA missing");
  return (
    <Card>
      <CardHeader title="Documentation" />
      <CardBody className="space-y-2 text-sm">
        <p className="text-slate-900">
          {parts.length
            ? `Documentation: ${parts.join("; ")}.`
            : "Documentation: the law asks for no Annex IV, Art 6(3) or FRIA record for this system."}
        </p>
        <Link href={`/systems/${systemId}/documentation`} className="font-medium text-indigo-800 underline">
          Open documentation
        </Link>
      </CardBody>
    </Card>
  );
}
