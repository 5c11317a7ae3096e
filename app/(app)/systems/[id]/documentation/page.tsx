import type { Metadata } from "next";
import { useTranslations } from "next-intl";
import { getLocale, getTranslations } from "next-intl/server";
import { AnnexIvProgressList } from "@/components/legal/annex-iv-progress";
import { RecordFacts, RecordStatusBadge } from "@/components/legal/record-status";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { requireActor } from "@/lib/auth/session";
import { getDocumentation, type LegalRecordDTO } from "@/lib/dal/legal-records/legal-records";
import type { Locale } from "@/lib/i18n/locales";
import type { Applicability } from "@/lib/legal/applicability";
import { ANNEX_IV_SECTION_COUNT } from "@/lib/legal/annex-iv";
import { localizeApplicability } from "@/lib/legal/i18n";
import { loadSystem } from "../load-system";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("SystemDocumentation");
  return { title: t("title") };
}

export default async function DocumentationPage({ params }: { params: Promise<{ id: string }> }) {
  const system = await loadSystem((await params).id);
  const [doc, t, locale] = await Promise.all([
    requireActor().then((actor) => getDocumentation(actor, system.id)),
    getTranslations("SystemDocumentation"),
    getLocale() as Promise<Locale>,
  ]);
  // Why each record applies is worded in English by lib/legal/applicability; the reader gets it in their language.
  const applies = (kind: keyof typeof doc.applicability) => localizeApplicability(locale, doc.applicability[kind]);
  const annex = applies("ANNEX_IV");
  return (
    <div className="space-y-6">
      <p className="max-w-3xl text-sm text-slate-600">{t("intro")}</p>
      <Card>
        <CardHeader
          title={t("annexIvTitle")}
          description={t("annexIvDescription")}
          actions={
            annex.applies ? (
              <Badge tone={doc.annexIvComplete === ANNEX_IV_SECTION_COUNT ? "green" : "amber"}>
                {t("sectionsComplete", { done: doc.annexIvComplete, total: ANNEX_IV_SECTION_COUNT })}
              </Badge>
            ) : (
              <Badge>{t("notRequired")}</Badge>
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
          kind="derogation"
          title={t("derogationTitle")}
          description={t("derogationDescription")}
          href={`/systems/${system.id}/documentation/derogation`}
          applicability={applies("DEROGATION")}
          record={doc.derogation}
          signOff
        />
        <RecordCard
          kind="fria"
          title={t("friaTitle")}
          description={t("friaDescription")}
          href={`/systems/${system.id}/documentation/fria`}
          applicability={applies("FRIA")}
          record={doc.fria}
        />
      </div>
    </div>
  );
}

type CardProps = {
  kind: "derogation" | "fria";
  title: string;
  description: string;
  href: string;
  applicability: Applicability;
  record: LegalRecordDTO | null;
  signOff?: boolean;
};

function RecordCard({ kind, title, description, href, applicability, record, signOff = false }: CardProps) {
  const t = useTranslations("SystemDocumentation");
  const open = kind === "derogation" ? t("openAssessment") : t("openFria");
  const start = kind === "derogation" ? t("startAssessment") : t("startFria");
  return (
    <Card>
      <CardHeader
        title={title}
        description={description}
        actions={
          applicability.applies ? (
            <RecordStatusBadge record={record} signOff={signOff} />
          ) : (
            <Badge>{t("notRequired")}</Badge>
          )
        }
      />
      <CardBody className="space-y-4">
        <p className="text-sm text-slate-700">{applicability.reason}</p>
        {applicability.applies && (
          <>
            <RecordFacts record={record} />
            <ButtonLink href={href} variant={record ? "secondary" : "primary"}>
              {record ? open : start}
            </ButtonLink>
          </>
        )}
      </CardBody>
    </Card>
  );
}
