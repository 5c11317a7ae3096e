import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { PackLinkForm } from "@/components/deployer-pack/link-form";
import { PackLinkList } from "@/components/deployer-pack/link-list";
import { PackView } from "@/components/deployer-pack/pack-view";
import { PublishPackForm } from "@/components/deployer-pack/publish-form";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { can } from "@/lib/access/permissions";
import { requireActor } from "@/lib/auth/session";
import { getViewer } from "@/lib/dal/accounts/organizations";
import { listPackLinks } from "@/lib/dal/deployer-pack/links";
import { deployerPackPage } from "@/lib/dal/deployer-pack/packs";
import { missingItemCodes } from "@/lib/deployer-pack/snapshot";
import { formatDateIn } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { loadSystem } from "../load-system";
import { createPackLinkAction, publishDeployerPackAction, revokePackLinkAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("DeployerPackPage");
  return { title: t("title") };
}

// What the forms, the link list and the pack's words (client components) read in the browser.
const CLIENT_NAMESPACES = ["DeployerPackPublish", "DeployerPackLinks", "DeployerPackItems"] as const;

export default async function DeployerPackTab({ params }: { params: Promise<{ id: string }> }) {
  const system = await loadSystem((await params).id);
  const actor = await requireActor();
  const [page, links, viewer, t, locale] = await Promise.all([
    deployerPackPage(actor, system.id),
    listPackLinks(actor, system.id),
    getViewer(actor),
    getTranslations("DeployerPackPage"),
    getLocale() as Promise<Locale>,
  ]);
  const canShare = !!viewer.role && can(viewer.role, "evidence.write");
  const [latest, ...older] = page.packs;
  const base = `/systems/${system.id}/deployer-pack`;
  if (!page.isProvider && !latest)
    return (
      <Card>
        <CardHeader title={t("title")} />
        <CardBody>
          <p className="text-sm text-slate-700">{t("notProvider")}</p>
        </CardBody>
      </Card>
    );
  const versionOf = new Map(page.candidates.map((c) => [c.sha256, c.versionId]));
  return (
    <div className="space-y-6">
      {canShare && page.isProvider && (
        <Card>
          <CardHeader title={latest ? t("publishNew") : t("publishFirst")} description={t("publishDescription")} />
          <CardBody>
            <ClientMessages namespaces={CLIENT_NAMESPACES}>
              <PublishPackForm
                initial={page.initial}
                candidates={page.candidates}
                intendedPurpose={system.intendedPurpose}
                nextVersion={(latest?.version ?? 0) + 1}
                publish={publishDeployerPackAction}
              />
            </ClientMessages>
          </CardBody>
        </Card>
      )}
      {latest ? (
        <Card>
          <CardHeader title={t("latest", { version: latest.version })} description={t("latestDescription")} />
          <CardBody>
            <PackView
              pack={latest.snapshot}
              missing={missingItemCodes(latest.snapshot)}
              pdfHref={`${base}/${latest.id}`}
              pdfSha256={latest.pdfSha256}
              fileHref={(i) => {
                const id = versionOf.get(latest.snapshot.files[i]?.sha256 ?? "");
                return id ? `/api/evidence/${id}` : null;
              }}
            />
          </CardBody>
        </Card>
      ) : (
        <p className="text-sm text-slate-700">{t("noVersion")}</p>
      )}
      {latest && (
        <Card>
          <CardHeader title={t("linksTitle")} description={t("linksDescription")} />
          <CardBody className="space-y-6">
            <ClientMessages namespaces={CLIENT_NAMESPACES}>
              {canShare && <PackLinkForm systemId={system.id} create={createPackLinkAction} />}
              <PackLinkList
                systemId={system.id}
                links={links}
                now={new Date().toISOString()}
                revoke={canShare ? revokePackLinkAction : undefined}
              />
            </ClientMessages>
          </CardBody>
        </Card>
      )}
      {older.length > 0 && (
        <Card>
          <CardHeader title={t("earlierTitle")} />
          <CardBody>
            <ul className="divide-y divide-slate-100">
              {older.map((p) => (
                <li key={p.id} className="py-2 text-sm">
                  <a className="font-medium text-indigo-800 underline" href={`${base}/${p.id}`}>
                    {t("earlierPdf", { version: p.version })}
                  </a>{" "}
                  <span className="text-slate-600">
                    {t("earlierPublished", { date: formatDateIn(locale, p.snapshot.publishedAt) })}
                  </span>
                  <span className="block font-mono text-xs break-all text-slate-600">SHA-256 {p.pdfSha256}</span>
                </li>
              ))}
            </ul>
          </CardBody>
        </Card>
      )}
    </div>
  );
}
