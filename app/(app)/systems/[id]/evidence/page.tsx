import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { EvidenceLinkForm } from "@/components/evidence/evidence-link-form";
import { EvidenceList } from "@/components/evidence/evidence-list";
import { EvidenceUploadForm } from "@/components/evidence/evidence-upload-form";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { can } from "@/lib/access/permissions";
import { requireActor } from "@/lib/auth/session";
import { listSystemEvidence } from "@/lib/dal/obligations/evidence";
import { listSystemObligations } from "@/lib/dal/obligations/obligations";
import { getViewer } from "@/lib/dal/accounts/organizations";
import { loadSystem } from "../load-system";
import { addEvidenceLinkAction } from "./actions";
import { ruleText } from "@/lib/rules/i18n";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Evidence");
  return { title: t("title") };
}

export default async function SystemEvidencePage({ params }: { params: Promise<{ id: string }> }) {
  const system = await loadSystem((await params).id);
  const actor = await requireActor();
  const [evidence, obligations, viewer, t, locale] = await Promise.all([
    listSystemEvidence(actor, system.id),
    listSystemObligations(actor, system.id),
    getViewer(actor),
    getTranslations("Evidence"),
    getLocale(),
  ]);
  const canWrite = !!viewer.role && can(viewer.role, "evidence.write");
  const options = obligations
    .filter((o) => !o.obsoleteAt)
    .map((o) => ({ id: o.id, label: `${o.article} · ${ruleText(locale, o.title)}` }));
  const files = evidence.filter((e) => e.kind === "FILE").length;
  return (
    <ClientMessages namespaces={["Evidence"]}>
      <div className="space-y-6">
        {canWrite && (
          <Card>
            <CardHeader title={t("addTitle")} description={t("addDescription")} />
            <CardBody className="grid gap-8 lg:grid-cols-2">
              <section aria-labelledby="upload-heading">
                <h3 id="upload-heading" className="mb-3 text-sm font-semibold text-slate-900">
                  {t("uploadAFile")}
                </h3>
                <EvidenceUploadForm systemId={system.id} obligations={options} />
              </section>
              <section aria-labelledby="link-heading">
                <h3 id="link-heading" className="mb-3 text-sm font-semibold text-slate-900">
                  {t("addALink")}
                </h3>
                <EvidenceLinkForm systemId={system.id} obligations={options} action={addEvidenceLinkAction} />
              </section>
            </CardBody>
          </Card>
        )}
        <Card>
          <CardHeader
            title={t("title")}
            description={
              evidence.length ? t("summary", { files, links: evidence.length - files }) : t("emptyDescription")
            }
          />
          <CardBody>
            <EvidenceList items={evidence} systemId={system.id} canWrite={canWrite} showObligation />
          </CardBody>
        </Card>
      </div>
    </ClientMessages>
  );
}
