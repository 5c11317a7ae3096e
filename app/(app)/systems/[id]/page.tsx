import type { Metadata } from "next";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { formatDate, formatDateTime } from "@/lib/utils";
import { IntakeDetails } from "./intake-details";
import { loadSystem } from "./load-system";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await loadSystem((await params).id)).name };
}

export default async function SystemOverviewPage({ params }: Props) {
  const system = await loadSystem((await params).id);
  return (
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
  );
}
