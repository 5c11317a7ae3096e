import type { Metadata } from "next";
import { Pencil } from "lucide-react";
import { getLocale, getTranslations } from "next-intl/server";
import { ClassificationSummary } from "@/components/classification/classification-summary";
import { GateCard } from "@/components/gate/gate-card";
import { DocumentationSummary } from "@/components/legal/documentation-summary";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { can } from "@/lib/access/permissions";
import { requireActor } from "@/lib/auth/session";
import { getViewer } from "@/lib/dal/accounts/organizations";
import { getClassificationSummary } from "@/lib/dal/classification/classification";
import { previewGate } from "@/lib/dal/classification/gate";
import { getDocumentation } from "@/lib/dal/legal-records/legal-records";
import { isClassificationStale } from "@/lib/dal/systems/systems";
import { formatDateIn, formatDateTimeIn } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { IntakeDetails } from "./intake-details";
import { loadSystem } from "./load-system";
import { StaleClassificationNotice } from "@/components/intake/stale-classification-notice";
import { ClientMessages } from "@/components/i18n/client-messages";
import { SystemLiteracyCard } from "@/components/literacy/system-literacy-card";
import { systemLiteracy } from "@/lib/dal/literacy/coverage";
import { listPersonChoices } from "@/lib/dal/literacy/people";
import { assignOperatorAction, unassignOperatorAction } from "@/app/(app)/literacy/actions";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ saved?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await loadSystem((await params).id)).name };
}

const SAVED_KEYS: Record<string, "savedCreated" | "savedUpdated"> = {
  created: "savedCreated",
  updated: "savedUpdated",
};

export default async function SystemOverviewPage({ params, searchParams }: Props) {
  // Independent lookups side by side rather than one after the other.
  const [actor, system, { saved: savedKey }] = await Promise.all([
    requireActor(),
    params.then(({ id }) => loadSystem(id)),
    searchParams,
  ]);
  // After loadSystem, so an unknown or foreign id is the 404 page before any card asks about it.
  const [{ role }, summary, gate, doc, literacy, t, locale] = await Promise.all([
    getViewer(actor),
    getClassificationSummary(actor, system.id),
    previewGate(actor, system.id),
    getDocumentation(actor, system.id),
    systemLiteracy(actor, system.id),
    getTranslations("SystemOverview"),
    getLocale() as Promise<Locale>,
  ]);
  const canEdit = !!role && can(role, "system.write");
  const candidates = canEdit
    ? (await listPersonChoices(actor)).map((p) => ({ id: p.id, name: `${p.name} (${p.email})` }))
    : null;
  const savedMessage = SAVED_KEYS[savedKey ?? ""];
  const saved = savedMessage && t(savedMessage);
  return (
    <div className="space-y-6">
      {saved && <Alert tone="success">{saved}</Alert>}
      {isClassificationStale(system) && (
        <StaleClassificationNotice systemId={system.id} canRescreen={!!role && can(role, "classification.run")} />
      )}
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div className="flex items-center gap-2">
          <h2 className="text-lg font-semibold text-slate-900">{t("intake")}</h2>
          {system.isDraft && <Badge tone="amber">{t("draft")}</Badge>}
        </div>
        <div className="flex flex-wrap gap-2">
          {!!role && can(role, "evidence.write") && (
            <ButtonLink href={`/vendors/requests/new?systemId=${system.id}`} variant="secondary">
              {t("requestVendorInfo")}
            </ButtonLink>
          )}
          {canEdit && (
            <ButtonLink href={`/systems/${system.id}/edit`} variant="secondary">
              <Pencil aria-hidden="true" className="h-4 w-4" /> {t("edit")}
            </ButtonLink>
          )}
        </div>
      </div>
      {system.isDraft && (
        <Alert tone="info" title={t("draftTitle")}>
          {t("draftMissing")} {canEdit ? t("draftComplete") : t("draftOthersComplete")}
        </Alert>
      )}
      <div className="grid gap-6 xl:grid-cols-[1fr_20rem]">
        <IntakeDetails system={system} />
        <aside className="space-y-6">
          <ClassificationSummary
            systemId={system.id}
            summary={summary}
            canRun={!!role && can(role, "classification.run")}
          />
          <GateCard gate={gate} />
          <DocumentationSummary systemId={system.id} doc={doc} />
          <ClientMessages namespaces={["LiteracyForms"]}>
            <SystemLiteracyCard
              systemId={system.id}
              {...literacy}
              candidates={candidates}
              assign={assignOperatorAction}
              unassign={unassignOperatorAction}
            />
          </ClientMessages>
          <Card>
            <CardHeader title={t("record")} />
            <CardBody>
              <dl className="space-y-2 text-sm">
                <div>
                  <dt className="text-slate-600">{t("created")}</dt>
                  <dd className="text-slate-900">{formatDateIn(locale, system.createdAt)}</dd>
                </div>
                <div>
                  <dt className="text-slate-600">{t("lastUpdated")}</dt>
                  <dd className="text-slate-900">{formatDateTimeIn(locale, system.updatedAt)}</dd>
                </div>
                <div>
                  <dt className="text-slate-600">{t("revision")}</dt>
                  <dd className="text-slate-900">{system.version}</dd>
                </div>
              </dl>
            </CardBody>
          </Card>
        </aside>
      </div>
    </div>
  );
}
