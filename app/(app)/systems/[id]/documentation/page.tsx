import type { Metadata } from "next";
import { AnnexIvProgressList } from "@/components/legal/annex-iv-progress";
import { RecordFacts, RecordStatusBadge } from "@/components/legal/record-status";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { requireActor } from "@/lib/auth/session";
import { getDocumentation, type LegalRecordDTO } from "@/lib/dal/legal-records/legal-records";
import type { Applicability } from "@/lib/legal/applicability";
import { ANNEX_IV_SECTION_COUNT } from "@/lib/legal/annex-iv";
import { loadSystem } from "../load-system";

export const metadata: Metadata = { title: "Documentation" };

export default async function DocumentationPage({ params }: { params: Promise<{ id: string }> }) {
  const system = await loadSystem((await params).id);
  const doc = await getDocumentation(await requireActor(), system.id);
  const annex = doc.applicability.ANNEX_IV;
  return (
    <div className="space-y-6">
      <p className="max-w-3xl text-sm text-slate-600">
        What the AI Act asks to be written down for this system, as the current classification sees it. Each record goes
        into the sealed dossier, with anything missing marked as a gap.
      </p>
      <Card>
        <CardHeader
          title="Annex IV technical documentation"
          description="Art 11(1): nine sections, drawn up before the system is placed on the market or put into service and kept up to date."
          actions={
            annex.applies ? (
              <Badge tone={doc.annexIvComplete === ANNEX_IV_SECTION_COUNT ? "green" : "amber"}>
                {doc.annexIvComplete} of {ANNEX_IV_SECTION_COUNT} complete
              </Badge>
            ) : (
              <Badge>Not required</Badge>
            )
          }
        />
        <CardBody>
          {annex.applies ? (
            <AnnexIvProgressList systemId={system.id} sections={doc.annexIv} />
          ) : (
            <p className="max-w-3xl text-sm text-slate-700">{annex.reason}</p>
          )}
        </CardBody>
      </Card>
      <div className="grid gap-6 lg:grid-cols-2">
        <RecordCard
          title="Art 6(3) assessment"
          description="Why an Annex III system is not high-risk, with its EU-database registration data (Art 6(4), Art 49(2))."
          href={`/systems/${system.id}/documentation/derogation`}
          applicability={doc.applicability.DEROGATION}
          record={doc.derogation}
          signOff
        />
        <RecordCard
          title="Fundamental rights impact assessment"
          description="Art 27: before first use, with the notification to the market surveillance authority."
          href={`/systems/${system.id}/documentation/fria`}
          applicability={doc.applicability.FRIA}
          record={doc.fria}
        />
      </div>
    </div>
  );
}

type CardProps = {
  title: string;
  description: string;
  href: string;
  applicability: Applicability;
  record: LegalRecordDTO | null;
  signOff?: boolean;
};

function RecordCard({ title, description, href, applicability, record, signOff = false }: CardProps) {
  return (
    <Card>
      <CardHeader
        title={title}
        description={description}
        actions={
          applicability.applies ? <RecordStatusBadge record={record} signOff={signOff} /> : <Badge>Not required</Badge>
        }
      />
      <CardBody className="space-y-4">
        <p className="text-sm text-slate-700">{applicability.reason}</p>
        {applicability.applies && (
          <>
            <RecordFacts record={record} />
            <ButtonLink href={href} variant={record ? "secondary" : "primary"}>
              {record
                ? `Open ${title.toLowerCase().startsWith("art") ? "the assessment" : "the FRIA"}`
                : `Start ${title.toLowerCase().startsWith("art") ? "the assessment" : "the FRIA"}`}
            </ButtonLink>
          </>
        )}
      </CardBody>
    </Card>
  );
}
