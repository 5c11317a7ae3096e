// The organisation-wide risk list (/risks) and the dashboard's portfolio heat map: which rating to place a risk by
// and which cell to list, all kept in the URL so a filtered list can be shared. Bad values mean "no filter".
export const RISK_VIEWS = ["current", "inherent"] as const;
export type RiskView = (typeof RISK_VIEWS)[number];
export const ORG_RISK_PAGE_SIZE = 25;

export type OrgRiskQuery = { view: RiskView; likelihood: number | null; impact: number | null; page: number };

type Params = Record<string, string | string[] | undefined>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
const level = (v: string | string[] | undefined) => {
  const s = one(v);
  return s && /^[1-5]$/.test(s) ? Number(s) : null;
};

export function parseOrgRiskParams(params: Params): OrgRiskQuery {
  const page = Number(one(params.page));
  return {
    view: one(params.view) === "inherent" ? "inherent" : "current",
    likelihood: level(params.l),
    impact: level(params.i),
    page: Number.isInteger(page) && page >= 1 && page <= 100_000 ? page : 1,
  };
}

export function orgRisksHref(query: Partial<OrgRiskQuery> = {}): string {
  const qs = new URLSearchParams();
  if (query.likelihood) qs.set("l", String(query.likelihood));
  if (query.impact) qs.set("i", String(query.impact));
  if (query.view === "inherent") qs.set("view", "inherent");
  if (query.page && query.page > 1) qs.set("page", String(query.page));
  const s = qs.toString();
  return s ? `/risks?${s}` : "/risks";
}
