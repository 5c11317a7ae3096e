import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DispositionBadge, TierBadge } from "@/components/system-badges";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/session";
import { getSystem, type SystemDetailDTO } from "@/lib/dal/systems";
import { isAppError } from "@/lib/errors";
import { formatDate, formatDateTime } from "@/lib/utils";
import { IntakeDetails } from "./intake-details";

type Props = { params: Promise<{ id: string }> };

async function loadSystem(id: string): Promise<SystemDetailDTO> {
  try {
    return await getSystem(await requireActor(), id);
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const system = await loadSystem((await params).id);
  return { title: system.name };
}

export default async function SystemPage({ params }: Props) {
  const system = await loadSystem((await params).id);
  return (
    <>
      <PageHeader
        title={system.name}
        description={system.description || "No description yet."}
        actions={<span className="flex gap-2"><TierBadge tier={system.tier} /><DispositionBadge disposition={system.disposition} /></span>}
      />
      <div className="grid gap-6 xl:grid-cols-[1fr_20rem]">
        <IntakeDetails system={system} />
        <aside className="space-y-6">
          <Card>
            <CardHeader title="Classification" />
            <CardBody className="space-y-2 text-sm text-slate-700">
              {system.tier ? (
                <p>Classified on {formatDateTime(system.classifiedAt)}.</p>
              ) : (
                <p>Not classified yet. The EU AI Act classification of this system will appear here once it has been screened.</p>
              )}
            </CardBody>
          </Card>
          <Card>
            <CardHeader title="Record" />
            <CardBody>
              <dl className="space-y-2 text-sm">
                <div><dt className="text-slate-600">Created</dt><dd className="text-slate-900">{formatDate(system.createdAt)}</dd></div>
                <div><dt className="text-slate-600">Last updated</dt><dd className="text-slate-900">{formatDateTime(system.updatedAt)}</dd></div>
                <div><dt className="text-slate-600">Revision</dt><dd className="text-slate-900">{system.version}</dd></div>
              </dl>
            </CardBody>
          </Card>
        </aside>
      </div>
    </>
  );
}
