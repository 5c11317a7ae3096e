import { describe, expect, it } from "vitest";
import { getDashboard } from "@/lib/dal/dashboard/dashboard";
import { listOrganisationObligations } from "@/lib/dal/obligations/obligation-list";
import { deadlineView, splitViews } from "@/lib/dashboard/headline";
import { parseObligationListParams } from "@/lib/validations/obligation-list";
import type { DashboardFilters } from "@/lib/validations/dashboard";
import type { UserActor } from "@/lib/access/actor";
import { createOrganization } from "../../helpers/factories";
import { addObligations, makeSystem } from "./fixtures";

// The figures the dashboard leads with, followed through their links into the obligations list, as a click would:
// each list must hold exactly the number the figure shows. Today is the real today here, because the list counts
// "now" and "later" from the server's clock.
const today = new Date().toISOString().slice(0, 10);
const shift = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

async function listed(actor: UserActor, href: string): Promise<number> {
  const params = Object.fromEntries(new URL(href, "https://x.test").searchParams);
  return (await listOrganisationObligations(actor, parseObligationListParams(params))).total;
}

describe("the dashboard's headline links", () => {
  it("list exactly what the next deadline and the due-now / starting-later figures count", async () => {
    const { organizationId, admin } = await createOrganization("Headline");
    const other = await createOrganization("Headline other");
    const retail = await makeSystem(organizationId, { tier: "HIGH", businessUnit: "Retail" });
    const group = await makeSystem(organizationId, { tier: "LIMITED", businessUnit: "Group" });
    await addObligations(organizationId, retail, [
      { appliesFrom: shift(-400), status: "DONE" },
      { appliesFrom: today, status: "NOT_STARTED" },
      { appliesFrom: shift(30), status: "NOT_STARTED" },
      { appliesFrom: shift(30), status: "DONE" },
      { appliesFrom: shift(30), status: "NOT_STARTED", obsolete: true },
      { appliesFrom: shift(200), status: "IN_PROGRESS" },
    ]);
    await addObligations(organizationId, group, [
      { appliesFrom: shift(30), status: "NOT_APPLICABLE" },
      { appliesFrom: shift(-1), status: "IN_PROGRESS" },
    ]);
    // The same day in another organisation: never in these counts.
    const foreign = await makeSystem(other.organizationId, { tier: "HIGH" });
    await addObligations(other.organizationId, foreign, [{ appliesFrom: shift(30) }, { appliesFrom: today }]);

    for (const filters of [{}, { unit: "Retail" }] as DashboardFilters[]) {
      const data = await getDashboard(admin, filters, { today });
      const deadline = deadlineView(data.byDay, today, filters);
      expect(deadline?.day).toBe(shift(30));
      expect(await listed(admin, deadline?.href ?? "")).toBe(deadline?.obligations);
      expect(await listed(admin, deadline?.openHref ?? "")).toBe(deadline?.open);
      for (const part of splitViews(data.byDay, today, filters)) {
        expect(await listed(admin, part.href), `${part.key} all`).toBe(part.applicable);
        expect(await listed(admin, part.doneHref), `${part.key} done`).toBe(part.done);
        expect(await listed(admin, part.openHref), `${part.key} open`).toBe(part.open);
      }
    }
    const all = await getDashboard(admin, {}, { today });
    expect(deadlineView(all.byDay, today, {})).toMatchObject({ obligations: 3, open: 1, systems: 2 });
    expect(splitViews(all.byDay, today, {}).map((p) => [p.key, p.done, p.open])).toEqual([
      ["now", 1, 2],
      ["later", 2, 2],
    ]);
  });
});
