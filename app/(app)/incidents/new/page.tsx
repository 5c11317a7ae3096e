import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { NewIncidentForm } from "@/components/incidents/incident-form";
import { TierOrUndeterminedBadge } from "@/components/system-badges";
import { SystemPicker } from "@/components/system-picker";
import { Alert } from "@/components/ui/alert";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/access/permissions";
import { requireActor } from "@/lib/auth/session";
import { findIncidentSystems } from "@/lib/dal/incidents/incidents";
import { getViewer } from "@/lib/dal/accounts/organizations";
import { getSystem } from "@/lib/dal/systems/systems";
import { isAppError } from "@/lib/errors";
import { createIncidentAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("IncidentNewPage");
  return { title: t("metaTitle") };
}

type Props = { searchParams: Promise<{ systemId?: string; q?: string }> };

async function chosenSystem(actor: Awaited<ReturnType<typeof requireActor>>, id: string | undefined) {
  if (!id) return null;
  try {
    return await getSystem(actor, id);
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") return null;
    throw error;
  }
}

export default async function NewIncidentPage({ searchParams }: Props) {
  const { systemId, q = "" } = await searchParams;
  const actor = await requireActor();
  const [viewer, system, t] = await Promise.all([
    getViewer(actor),
    chosenSystem(actor, systemId),
    getTranslations("IncidentNewPage"),
  ]);
  const header = <PageHeader title={t("title")} description={t("description")} />;
  if (!viewer.role || !can(viewer.role, "incident.manage")) {
    return (
      <>
        {header}
        <Alert tone="info" title={t("roleTitle")}>
          {t("roleBody")}
        </Alert>
      </>
    );
  }
  if (!system) {
    const options = await findIncidentSystems(actor, q);
    return (
      <>
        {header}
        {systemId && (
          <div className="mb-4">
            <Alert tone="error">{t("notFound")}</Alert>
          </div>
        )}
        <Card>
          <CardHeader title={t("step1")} />
          <CardBody>
            <SystemPicker
              action="/incidents/new"
              inputId="incident-system-q"
              searchLabel={t("find")}
              query={q}
              items={options.map((s) => ({
                id: s.id,
                name: s.name,
                href: `/incidents/new?${new URLSearchParams({ systemId: s.id })}`,
                badge: <TierOrUndeterminedBadge system={s} />,
              }))}
              listLabel={t("listLabel")}
              intro={q ? t("introQuery", { q }) : t("introHighRisk")}
              empty={q ? t("emptyQuery") : t("emptyHighRisk")}
              linkText={t("choose")}
            />
          </CardBody>
        </Card>
      </>
    );
  }
  return (
    <>
      {header}
      <Card>
        <CardHeader
          title={t("step2")}
          description={t("step2Description")}
          actions={
            <span className="flex items-center gap-3 text-sm">
              <span className="font-medium text-slate-900">{system.name}</span>
              <TierOrUndeterminedBadge system={system} />
              <Link href="/incidents/new" className="text-indigo-800 underline">
                {t("changeSystem")}
              </Link>
            </span>
          }
        />
        <CardBody className="py-6">
          <ClientMessages namespaces={["IncidentForm", "IncidentLabels"]}>
            <NewIncidentForm systemId={system.id} action={createIncidentAction} />
          </ClientMessages>
        </CardBody>
      </Card>
    </>
  );
}
