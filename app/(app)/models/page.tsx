import type { Metadata } from "next";
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

export const metadata: Metadata = { title: "Models" };

export default async function ModelsPage({ searchParams }: { searchParams: Promise<{ q?: string | string[] }> }) {
  const actor = await requireActor();
  const raw = (await searchParams).q;
  const q = (Array.isArray(raw) ? raw[0] : raw)?.slice(0, 200) ?? "";
  const [viewer, { models, more }] = await Promise.all([getViewer(actor), listModels(actor, { q })]);
  const canLink = !!viewer.role && can(viewer.role, "system.write");
  const canConfigure = !!viewer.role && can(viewer.role, "integration.manage");
  return (
    <>
      <PageHeader
        title="Models"
        description="The organisation's machine-learning models and their versions: synced from the model registry with stage, run metrics and training data, or entered on an AI system's intake form."
        actions={
          canConfigure ? (
            <ButtonLink href="/settings/registry" variant="secondary">
              Registry connections
            </ButtonLink>
          ) : undefined
        }
      />
      <form role="search" className="mb-6 flex max-w-xl items-end gap-2" action="/models">
        <div className="grow space-y-1.5">
          <label htmlFor="models-q" className="block text-sm font-medium text-slate-800">
            Find a model
          </label>
          <SearchInput id="models-q" name="q" defaultValue={q} placeholder="Model name" />
        </div>
        <button
          type="submit"
          className="rounded-md border border-slate-300 bg-white px-3.5 py-2 text-sm font-medium text-slate-900 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600"
        >
          Search
        </button>
      </form>
      {models.length === 0 ? (
        <Card>
          <CardBody className="text-sm text-slate-600">
            {q ? (
              <>No model matches “{q}”.</>
            ) : (
              <>
                No models yet.{" "}
                {canConfigure
                  ? "Connect your MLflow server under Settings → Model registry, or"
                  : "Administrators can connect an MLflow server; you can also"}{" "}
                name models on an AI system&apos;s intake form.
              </>
            )}
          </CardBody>
        </Card>
      ) : (
        <div className="space-y-6">
          {models.map((m) => (
            <ModelCard
              key={m.id}
              model={m}
              links={canLink ? { link: linkModelAction, unlink: unlinkModelAction } : null}
            />
          ))}
          {more && (
            <p className="text-sm text-slate-600">
              Showing the first {models.length} models by name. Search to narrow the list.
            </p>
          )}
        </div>
      )}
    </>
  );
}
