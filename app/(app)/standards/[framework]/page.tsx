import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
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
import { FRAMEWORKS, isFrameworkId, type FrameworkId } from "@/lib/standards";
import { frameworkCoverage } from "@/lib/standards/coverage";
import { editionIn } from "@/lib/standards/i18n";
import { ControlPoliciesCard } from "../../policies/control-policies-card";
import { setApplicabilityAction } from "../actions";

// The frameworks' summaries, as the Standards overview words them in the reader's language.
const SUMMARY_KEY = {
  "iso-42001": "summaryIso",
  "nist-ai-rmf": "summaryRmf",
  "nist-ai-600-1": "summaryGenAi",
} as const satisfies Record<FrameworkId, string>;

type Props = {
  params: Promise<{ framework: string }>;
  searchParams: Promise<{ show?: string; control?: string }>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { framework } = await params;
  return {
    title: isFrameworkId(framework) ? FRAMEWORKS[framework].name : (await getTranslations("Standards"))("title"),
  };
}

export default async function FrameworkPage({ params, searchParams }: Props) {
  const [{ framework: id }, { show, control: open }, actor] = await Promise.all([params, searchParams, requireActor()]);
  if (!isFrameworkId(id)) notFound();
  const f = FRAMEWORKS[id];
  const [facts, decisions, viewer, t, standards, locale] = await Promise.all([
    coverageFacts(actor),
    listApplicability(actor, id),
    getViewer(actor),
    getTranslations("StandardsFramework"),
    getTranslations("Standards"),
    getLocale(),
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
        title={`${f.name} ${editionIn(locale, f)}`}
        description={standards(SUMMARY_KEY[id])}
        actions={
          f.hasSoa && (
            <>
              <a
                href={`/standards/${id}/soa?format=csv`}
                download
                className="text-sm font-medium text-indigo-700 underline"
              >
                {t("soaCsv")}
              </a>
              <a
                href={`/standards/${id}/soa?format=pdf`}
                download
                className="text-sm font-medium text-indigo-700 underline"
              >
                {t("soaPdf")}
              </a>
            </>
          )
        }
      />
      <Card className="mb-6">
        <CardBody>
          <CoverageBar summary={summary} />
          <p className="mt-3 text-sm text-slate-800">{standards("summaryLine", summary)}</p>
        </CardBody>
      </Card>
      {opened && (
        <ControlDetail
          framework={id}
          coverage={opened}
          obligations={drill}
          closeHref={base}
          decision={
            f.hasSoa &&
            (canDecide ? (
              <ClientMessages namespaces={["SoaForm"]}>
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
              </ClientMessages>
            ) : (
              <p className="text-sm text-slate-700">
                {t(!decision ? "soaNotReviewed" : decision.applicable ? "soaIncluded" : "soaExcluded")}
                {decision?.justification ? ` — ${decision.justification}` : ""}
              </p>
            ))
          }
        />
      )}
      {opened && <ControlPoliciesCard framework={id} controlId={opened.control.id} />}
      <TabNav
        label={t("tabsLabel")}
        className="mb-4"
        items={[
          { href: `/standards/${id}`, label: t("allTab", { count: controls.length }), active: !gapsOnly },
          {
            href: `/standards/${id}?show=gaps`,
            label: t("gapsTab", { count: summary.gap + summary.partial }),
            active: gapsOnly,
          },
        ]}
      />
      {listed.length === 0 ? (
        <p className="text-sm text-slate-700">{t("noGaps")}</p>
      ) : (
        <ControlsTable
          framework={id}
          caption={t(gapsOnly ? "captionGaps" : "caption", { framework: f.name })}
          controls={listed}
          soa={f.hasSoa ? new Map(controls.map((c) => [c.control.id, decisions.get(c.control.id) ?? null])) : null}
          hrefOf={hrefOf}
        />
      )}
    </>
  );
}
