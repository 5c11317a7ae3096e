import type { Metadata } from "next";
import { PackLinkForm } from "@/components/deployer-pack/link-form";
import { PackLinkList } from "@/components/deployer-pack/link-list";
import { PackView } from "@/components/deployer-pack/pack-view";
import { PublishPackForm } from "@/components/deployer-pack/publish-form";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { can } from "@/lib/access/permissions";
import { requireActor } from "@/lib/auth/session";
import { getViewer } from "@/lib/dal/accounts/organizations";
import { listPackLinks } from "@/lib/dal/deployer-pack/links";
import { deployerPackPage, NOT_A_PROVIDER } from "@/lib/dal/deployer-pack/packs";
import { missingItems } from "@/lib/deployer-pack/snapshot";
import { loadSystem } from "../load-system";
import { createPackLinkAction, publishDeployerPackAction, revokePackLinkAction } from "./actions";

export const metadata: Metadata = { title: "Deployer pack" };

export default async function DeployerPackTab({ params }: { params: Promise<{ id: string }> }) {
  const system = await loadSystem((await params).id);
  const actor = await requireActor();
  const [page, links, viewer] = await Promise.all([
    deployerPackPage(actor, system.id),
    listPackLinks(actor, system.id),
    getViewer(actor),
  ]);
  const canShare = !!viewer.role && can(viewer.role, "evidence.write");
  const [latest, ...older] = page.packs;
  const base = `/systems/${system.id}/deployer-pack`;
  if (!page.isProvider && !latest)
    return (
      <Card>
        <CardHeader title="Deployer pack" />
        <CardBody>
          <p className="text-sm text-slate-700">{NOT_A_PROVIDER}</p>
        </CardBody>
      </Card>
    );
  const versionOf = new Map(page.candidates.map((c) => [c.sha256, c.versionId]));
  return (
    <div className="space-y-6">
      {canShare && page.isProvider && (
        <Card>
          <CardHeader
            title={latest ? "Publish a new version" : "Publish the deployer pack"}
            description="What your customers (deployers) need from you: the instructions for use, the declaration of conformity, the registration and where to report a serious incident. Publishing freezes it into a signed PDF; later edits never change a version already sent."
          />
          <CardBody>
            <PublishPackForm
              initial={page.initial}
              candidates={page.candidates}
              intendedPurpose={system.intendedPurpose}
              nextVersion={(latest?.version ?? 0) + 1}
              publish={publishDeployerPackAction}
            />
          </CardBody>
        </Card>
      )}
      {latest ? (
        <Card>
          <CardHeader title={`Version ${latest.version} (latest)`} description="As your customers see it." />
          <CardBody>
            <PackView
              pack={latest.snapshot}
              missing={missingItems(latest.snapshot)}
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
        <p className="text-sm text-slate-700">No version published yet.</p>
      )}
      {latest && (
        <Card>
          <CardHeader
            title="Links for customers"
            description="Each link is for one customer, expires, and can be revoked. Whoever holds it sees this pack and its files, nothing else; every visit is recorded in the Activity tab."
          />
          <CardBody className="space-y-6">
            {canShare && <PackLinkForm systemId={system.id} create={createPackLinkAction} />}
            <PackLinkList
              systemId={system.id}
              links={links}
              now={new Date().toISOString()}
              revoke={canShare ? revokePackLinkAction : undefined}
            />
          </CardBody>
        </Card>
      )}
      {older.length > 0 && (
        <Card>
          <CardHeader title="Earlier versions" />
          <CardBody>
            <ul className="divide-y divide-slate-100">
              {older.map((p) => (
                <li key={p.id} className="py-2 text-sm">
                  <a className="font-medium text-indigo-800 underline" href={`${base}/${p.id}`}>
                    Version {p.version} (PDF)
                  </a>{" "}
                  <span className="text-slate-600">published {p.snapshot.publishedAt.slice(0, 10)}</span>
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
