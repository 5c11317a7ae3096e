import Link from "next/link";
import { HeatMap } from "@/components/risks/heat-map";
import { ViewToggle } from "@/components/risks/view-toggle";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import type { PortfolioCell } from "@/lib/dal/risks/portfolio";
import type { RiskLabels } from "@/lib/risks/labels";
import { orgRisksHref, type RiskView } from "@/lib/validations/risk-portfolio";

type Params = Record<string, string | string[] | undefined>;

// The dashboard's own address with only the heat map's view changed, so its filters and trend range stay as they are.
function dashboardHref(params: Params, view: RiskView): string {
  const qs = new URLSearchParams();
  for (const [key, value] of Object.entries(params))
    if (key !== "risks") for (const v of [value].flat()) if (v !== undefined) qs.append(key, v);
  if (view === "inherent") qs.set("risks", "inherent");
  const s = qs.toString();
  return `/dashboard${s ? `?${s}` : ""}#risk-portfolio`;
}

// Every open risk of every system in one grid (Art 9); each cell leads to exactly those risks on /risks.
export function RiskPortfolioSection({
  cells,
  labels,
  view,
  params,
}: {
  cells: PortfolioCell[];
  labels: RiskLabels;
  view: RiskView;
  params: Params;
}) {
  const total = cells.reduce((sum, c) => sum + c.count, 0);
  const inherent = view === "inherent";
  return (
    <Card id="risk-portfolio" data-card="risk-portfolio">
      <CardHeader
        title="Risk portfolio"
        description={`Open risks of all AI systems by likelihood and impact (Art 9), ${inherent ? "before any treatment" : "at their residual rating where one is set, otherwise the inherent one"}. The filters above do not apply here.`}
        actions={
          <ViewToggle
            currentHref={dashboardHref(params, "current")}
            inherentHref={dashboardHref(params, "inherent")}
            inherent={inherent}
          />
        }
      />
      <CardBody>
        {total === 0 ? (
          <p className="text-sm text-slate-700">
            No open risks recorded yet. Risks are kept on each AI system&apos;s Risks tab.
          </p>
        ) : (
          <>
            <HeatMap
              points={cells}
              {...labels}
              selected={null}
              hrefFor={(likelihood, impact) => orgRisksHref({ view, likelihood, impact })}
              caption={`${inherent ? "Inherent" : "Current"} open risks of all AI systems by likelihood (rows) and impact (columns)`}
            />
            <p className="mt-3 text-sm">
              <Link href={orgRisksHref({ view })} className="font-medium text-indigo-800 underline underline-offset-2">
                All {total.toLocaleString("en")} open {total === 1 ? "risk" : "risks"}
              </Link>
            </p>
          </>
        )}
      </CardBody>
    </Card>
  );
}
