import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { ModelCard } from "@/components/registry/model-card";
import { ButtonLink } from "@/components/ui/button";
import { Card, CardBody } from "@/components/ui/card";
import { SearchInput } from "@/components/ui/search-input";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/access/permissions";
import { requireActor } from "@/lib/auth/session";
import { getViewer } from "@/lib/dal/accounts/organizations";
import { listModels } from "@/lib/dal/integrations/registry-sync-models";
import { linkModelAction, unlinkModelAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("ModelsPage");
  return { title: t("title") };
}

export default async function ModelsPage({ searchParams }: { searchParams: Promise<{ q?: string | string[] }> }) {
  const actor = await requireActor();
  const raw = (await searchParams).q;
  const q = (Array.isArray(raw) ? raw[0] : raw)?.slice(0, 200) ?? "";
  const [viewer, { models, more }, t] = await Promise.all([
    getViewer(actor),
    listModels(actor, { q }),
    getTranslations("ModelsPage"),
  ]);
  const canLink = !!viewer.role && can(viewer.role, "system.write");
  const canConfigure = !!viewer.role && can(viewer.role, "integration.manage");
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          canConfigure ? (
            <ButtonLink href="/settings/registry" variant="secondary">
              {t("registryConnections")}
            </ButtonLink>
          ) : undefined
        }
      />
      <form role="search" className="mb-6 flex max-w-xl items-end gap-2" action="/models">
        <div className="grow space-y-1.5">
          <label htmlFor="models-q" className="block text-sm font-medium text-slate-800">
            {t("find")}
          </label>
          <SearchInput id="models-q" name="q" defaultValue={q} placeholder={t("placeholder")} />
        </div>
        <button
          type="submit"
          className="rounded-md border border-slate-300 bg-white px-3.5 py-2 text-sm font-medium text-slate-900 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600"
        >
          {t("search")}
        </button>
      </form>
      {models.length === 0 ? (
        <Card>
          <CardBody className="text-sm text-slate-600">
            {q ? t("noMatch", { q }) : canConfigure ? t("emptyAdmin") : t("emptyMember")}
          </CardBody>
        </Card>
      ) : (
        <ClientMessages namespaces={["RegistryModels"]}>
          <div className="space-y-6">
            {models.map((m) => (
              <ModelCard
                key={m.id}
                model={m}
                links={canLink ? { link: linkModelAction, unlink: unlinkModelAction } : null}
              />
            ))}
            {more && <p className="text-sm text-slate-600">{t("more", { count: models.length })}</p>}
          </div>
        </ClientMessages>
      )}
    </>
  );
}
