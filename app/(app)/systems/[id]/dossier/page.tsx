import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { DossierVersionList } from "@/components/dossier/dossier-version-list";
import { ExportDossierButton } from "@/components/dossier/export-dossier-button";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { can } from "@/lib/access/permissions";
import { requireActor } from "@/lib/auth/session";
import { dossierDocumentLocale, dossierGapsOf, listDossiers } from "@/lib/dal/dossiers/dossiers";
import { getViewer } from "@/lib/dal/accounts/organizations";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/locales";
import { loadSystem } from "../load-system";
import { attestDossierAction, exportDossierAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("DossierPage");
  return { title: t("metaTitle") };
}

export default async function SystemDossierPage({ params }: { params: Promise<{ id: string }> }) {
  const system = await loadSystem((await params).id);
  const actor = await requireActor();
  const [t, requested] = await Promise.all([getTranslations("DossierPage"), getLocale()]);
  const locale = isLocale(requested) ? requested : DEFAULT_LOCALE;
  const [versions, viewer, gaps, documentLocale] = await Promise.all([
    listDossiers(actor, system.id),
    getViewer(actor),
    dossierGapsOf(actor, system.id, locale),
    dossierDocumentLocale(actor),
  ]);
  const canAttest = !!viewer.role && can(viewer.role, "classification.review");
  // Sealing a version records it in the viewer's name: a write, not offered to read-only roles.
  const canSeal = !!viewer.role && can(viewer.role, "report.seal");
  return (
    <div className="space-y-6">
      {canSeal && (
        <Card>
          <CardHeader title={t("exportTitle")} description={t("exportDescription")} />
          <CardBody>
            <ClientMessages namespaces={["DossierExport"]}>
              <ExportDossierButton
                systemId={system.id}
                gaps={gaps}
                documentLocale={documentLocale}
                action={exportDossierAction}
              />
            </ClientMessages>
          </CardBody>
        </Card>
      )}
      <Card>
        <CardHeader title={t("versionsTitle")} />
        <CardBody>
          <ClientMessages namespaces={["DossierAttestation"]}>
            <DossierVersionList
              systemId={system.id}
              versions={versions}
              viewer={{ userId: viewer.user.id, name: viewer.user.name, canAttest }}
              attestAction={attestDossierAction}
            />
          </ClientMessages>
        </CardBody>
      </Card>
      <p className="text-sm text-slate-600">
        {t("contents")} {canAttest ? t("attestYou") : t("attestWho")} {!canSeal && `${t("readOnly")} `}
        {t.rich("verifyOn", {
          link: (chunks) => (
            <Link href="/reports#verify" className="font-medium text-indigo-800 underline">
              {chunks}
            </Link>
          ),
        })}
      </p>
    </div>
  );
}
