import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { HeatMap } from "@/components/risks/heat-map";
import { LinkedRiskActions } from "@/components/risks/linked-risk-actions";
import { RiskList } from "@/components/risks/risk-list";
import { EditRiskForm, NewRiskForm } from "@/components/risks/risk-form";
import { ViewToggle } from "@/components/risks/view-toggle";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { can } from "@/lib/access/permissions";
import { requireActor } from "@/lib/auth/session";
import { getViewer } from "@/lib/dal/accounts/organizations";
import { riskHistory } from "@/lib/dal/risks/history";
import { riskOrigins, riskPrefill } from "@/lib/dal/risks/origin";
import { getRiskFormOptions, listRisks } from "@/lib/dal/risks/risks";
import { getRiskLabels } from "@/lib/dal/risks/scale";
import { isLocale } from "@/lib/i18n/locales";
import { currentRating } from "@/lib/risks/score";
import { loadSystem } from "../load-system";
import { createRiskAction, updateRiskAction } from "./actions";
import { RiskCsvCard } from "./csv-card";
import { RiskEditPanels } from "./edit-panels";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("SystemRisks");
  return { title: t("title") };
}

// fromIncident / fromEvent: the new-risk form opened from an incident's page or a breach on the Monitoring tab.
// What the risk forms render on the client (the forms area's namespaces, and the band and status words).
const CLIENT_NAMESPACES = [
  "RiskFields",
  "RiskChoices",
  "RiskWords",
  "RiskForm",
  "RiskAcceptForm",
  "RiskImportForm",
  "RiskObligationLinks",
] as const;

type Search = { view?: string; cell?: string; edit?: string; fromIncident?: string; fromEvent?: string };
type Props = { params: Promise<{ id: string }>; searchParams: Promise<Search> };

// The cell filter is "likelihood-impact", e.g. "4-5"; anything else shows every risk.
function parseCell(cell: string | undefined): { likelihood: number; impact: number } | null {
  const m = /^([1-5])-([1-5])$/.exec(cell ?? "");
  return m ? { likelihood: Number(m[1]), impact: Number(m[2]) } : null;
}

export default async function SystemRisksPage({ params, searchParams }: Props) {
  const system = await loadSystem((await params).id);
  const search = await searchParams;
  const actor = await requireActor();
  const pageLocale = await getLocale();
  const locale = isLocale(pageLocale) ? pageLocale : "en";
  const [viewer, risks, options, labels, origins, t] = await Promise.all([
    getViewer(actor),
    listRisks(actor, system.id),
    getRiskFormOptions(actor, system.id),
    getRiskLabels(actor),
    riskOrigins(actor, system.id, locale),
    getTranslations("SystemRisks"),
  ]);
  const canWrite = !!viewer.role && can(viewer.role, "risk.write");
  const canAcceptHigh = !!viewer.role && can(viewer.role, "risk.accept");
  const inherent = search.view === "inherent";
  const base = `/systems/${system.id}/risks`;
  const viewQuery = inherent ? "view=inherent&" : "";
  const pointOf = (r: (typeof risks)[number]) => (inherent ? r : currentRating(r));
  const cell = parseCell(search.cell);
  const shown = cell
    ? risks.filter((r) => pointOf(r).likelihood === cell.likelihood && pointOf(r).impact === cell.impact)
    : risks;
  const editing = canWrite ? risks.find((r) => r.id === search.edit) : undefined;
  const owners = new Map(options.owners.map((o) => [o.userId, o.name]));
  const history = editing ? await riskHistory(actor, editing.id) : [];
  const from = { incidentId: search.fromIncident, eventId: search.fromEvent };
  // From an incident or a breach: a new linked risk, or (editing) a re-score recorded against it.
  const linked = canWrite ? await riskPrefill(actor, system.id, from, locale) : null;
  const prefill = editing ? null : linked;
  const fromQuery = from.incidentId ? `fromIncident=${from.incidentId}` : `fromEvent=${from.eventId}`;
  const editingOrigin = editing && origins.get(editing.id);
  return (
    <ClientMessages namespaces={CLIENT_NAMESPACES}>
      <div className="space-y-6">
        <Card>
          <CardHeader
            title={t("heatMap")}
            description={inherent ? t("heatMapInherent") : t("heatMapCurrent")}
            actions={<ViewToggle currentHref={base} inherentHref={`${base}?view=inherent`} inherent={inherent} />}
          />
          <CardBody>
            <HeatMap
              points={risks.map(pointOf)}
              {...labels}
              selected={cell}
              hrefFor={(l, i) => `${base}?${viewQuery}cell=${l}-${i}#risk-register`}
              caption={inherent ? t("captionInherent") : t("captionCurrent")}
            />
          </CardBody>
        </Card>

        <Card id="risk-register">
          <CardHeader
            title={cell ? t("cellTitle", cell) : t("register")}
            description={t("shownOf", { shown: shown.length, total: risks.length })}
            actions={
              cell ? (
                <Link href={`${base}${inherent ? "?view=inherent" : ""}`} className="text-sm text-indigo-800 underline">
                  {t("showAll")}
                </Link>
              ) : undefined
            }
          />
          {shown.length === 0 ? (
            <CardBody>
              <p className="text-sm text-slate-700">{risks.length === 0 ? t("noneYet") : t("noneInCell")}</p>
            </CardBody>
          ) : (
            <RiskList
              risks={shown}
              ownerName={(id) => (id ? (owners.get(id) ?? null) : null)}
              editHref={(id) => (canWrite ? `${base}?edit=${id}#risk-form` : null)}
              labels={labels}
              originOf={(id) => origins.get(id)}
            />
          )}
        </Card>

        {canWrite && (
          <Card id="risk-form">
            <CardHeader
              title={editing ? t("editTitle", { title: editing.title }) : prefill ? t("addLinked") : t("add")}
              description={`${editingOrigin ? t("openedFrom", { origin: editingOrigin.label }) : ""}${t("rateHelp")}`}
            />
            <CardBody className="space-y-4">
              {prefill && risks.length > 0 && (
                <LinkedRiskActions
                  systemId={system.id}
                  risks={risks}
                  context={t("fromOrigin", { origin: prefill.origin })}
                  fromQuery={fromQuery}
                />
              )}
              {editing ? (
                <EditRiskForm
                  key={`${editing.id}-${editing.version}-${linked?.origin ?? ""}`}
                  risk={editing}
                  rescoreFrom={linked}
                  owners={options.owners}
                  {...labels}
                  doneHref={base}
                  action={updateRiskAction}
                />
              ) : (
                <NewRiskForm
                  key={prefill?.origin ?? "new"}
                  prefill={prefill}
                  systemId={system.id}
                  owners={options.owners}
                  {...labels}
                  doneHref={base}
                  action={createRiskAction}
                />
              )}
            </CardBody>
          </Card>
        )}
        {editing && (
          <RiskEditPanels
            risk={editing}
            obligations={options.obligations}
            canAcceptHigh={canAcceptHigh}
            base={base}
            history={history}
          />
        )}
        <RiskCsvCard systemId={system.id} canImport={canWrite} />
      </div>
    </ClientMessages>
  );
}
