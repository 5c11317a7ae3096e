import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ControlDetail } from "@/components/standards/control-detail";
import { ControlsTable } from "@/components/standards/controls-table";
import { SoaForm } from "@/components/standards/soa-form";
import { CoverageBar } from "@/components/standards/status";
import { Card, CardBody } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { TabNav } from "@/components/ui/tab-nav";
import { can } from "@/lib/access/permissions";
import { requireActor } from "@/lib/auth/session";
import { getViewer } from "@/lib/dal/accounts/organizations";
import { listApplicability } from "@/lib/dal/standards/applicability";
import { coverageFacts } from "@/lib/dal/standards/coverage";
import { obligationsOfCodes } from "@/lib/dal/standards/drill-down";
import { FRAMEWORKS, isFrameworkId } from "@/lib/standards";
import { frameworkCoverage, summaryLine } from "@/lib/standards/coverage";
import { ControlPoliciesCard } from "../../policies/control-policies-card";
import { setApplicabilityAction } from "../actions";

type Props = {
  params: Promise<{ framework: string }>;
  searchParams: Promise<{ show?: string; control?: string }>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { framework } = await params;
  return { title: isFrameworkId(framework) ? FRAMEWORKS[framework].name : "Standards" };
}

export default async function FrameworkPage({ params, searchParams }: Props) {
  const [{ framework: id }, { show, control: open }, actor] = await Promise.all([params, searchParams, requireActor()]);
  if (!isFrameworkId(id)) notFound();
  const f = FRAMEWORKS[id];
  const [facts, decisions, viewer] = await Promise.all([
    coverageFacts(actor),
    listApplicability(actor, id),
    getViewer(actor),
  ]);
  const excluded = new Set([...decisions.values()].filter((d) => !d.applicable).map((d) => d.controlId));
  const { controls, summary } = frameworkCoverage(f, facts, f.hasSoa ? excluded : undefined);
  const gapsOnly = show === "gaps";
  const base = `/standards/${id}${gapsOnly ? "?show=gaps" : ""}`;
  const hrefOf = (controlId: string) =>
    `/standards/${id}?${new URLSearchParams({ ...(gapsOnly ? { show: "gaps" } : {}), control: controlId })}#control-detail-title`;
  const listed = gapsOnly ? controls.filter((c) => c.status === "gap" || c.status === "partial") : controls;
  const opened = controls.find((c) => c.control.id === open);
  const codes = opened?.control.maps.flatMap((t) => (t.kind === "obligation" ? [t.code] : [])) ?? [];
  const drill = opened ? await obligationsOfCodes(actor, codes) : { rows: [], total: 0 };
  const canDecide = f.hasSoa && !!viewer.role && can(viewer.role, "standards.soa");
  const decision = opened ? decisions.get(opened.control.id) : undefined;
  return (
    <>
      <PageHeader
        title={`${f.name} ${f.edition}`}
        description={f.summary}
        actions={
          f.hasSoa && (
            <>
              <a
                href={`/standards/${id}/soa?format=csv`}
                download
                className="text-sm font-medium text-indigo-700 underline"
              >
                Statement of Applicability (CSV)
              </a>
              <a
                href={`/standards/${id}/soa?format=pdf`}
                download
                className="text-sm font-medium text-indigo-700 underline"
              >
                Statement of Applicability (PDF)
              </a>
            </>
          )
        }
      />
      <Card className="mb-6">
        <CardBody>
          <CoverageBar summary={summary} />
          <p className="mt-3 text-sm text-slate-800">{summaryLine(summary)}.</p>
        </CardBody>
      </Card>
      {opened && (
        <ControlDetail
          coverage={opened}
          obligations={drill}
          closeHref={base}
          decision={
            f.hasSoa &&
            (canDecide ? (
              <SoaForm
                key={opened.control.id}
                action={setApplicabilityAction}
                doneHref={base}
                initial={{
                  framework: id,
                  controlId: opened.control.id,
                  decision: decision && !decision.applicable ? "exclude" : "include",
                  justification: decision?.justification ?? "",
                  version: decision?.version ?? 0,
                }}
              />
            ) : (
              <p className="text-sm text-slate-700">
                Statement of Applicability:{" "}
                {!decision ? "included (not reviewed yet)" : decision.applicable ? "included" : "excluded"}
                {decision?.justification ? ` — ${decision.justification}` : ""}
              </p>
            ))
          }
        />
      )}
      {opened && <ControlPoliciesCard framework={id} controlId={opened.control.id} />}
      <TabNav
        label="Controls shown"
        className="mb-4"
        items={[
          { href: `/standards/${id}`, label: `All controls (${controls.length})`, active: !gapsOnly },
          {
            href: `/standards/${id}?show=gaps`,
            label: `Gaps (${summary.gap + summary.partial})`,
            active: gapsOnly,
          },
        ]}
      />
      {listed.length === 0 ? (
        <p className="text-sm text-slate-700">
          No gaps: every control Actlas records evidence is fully evidenced or has nothing to evidence yet.
        </p>
      ) : (
        <ControlsTable
          caption={`${f.name} controls${gapsOnly ? " with gaps" : ""}`}
          controls={listed}
          soa={f.hasSoa ? new Map(controls.map((c) => [c.control.id, decisions.get(c.control.id) ?? null])) : null}
          hrefOf={hrefOf}
        />
      )}
    </>
  );
}
