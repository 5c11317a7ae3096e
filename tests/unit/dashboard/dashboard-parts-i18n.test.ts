import { createElement as h } from "react";
import { describe, expect, it } from "vitest";
import { AttentionPanel } from "@/components/dashboard/attention-panel";
import { ComingPanel } from "@/components/dashboard/coming-panel";
import { CountTable } from "@/components/dashboard/count-table";
import { FurthestBehind } from "@/components/dashboard/furthest-behind";
import { ReadinessTable } from "@/components/dashboard/readiness-table";
import { TableToggle } from "@/components/dashboard/table-toggle";
import { TimelineTable } from "@/components/dashboard/timeline-table";
import { TrendTable } from "@/components/dashboard/trend-table";
import type { Locale } from "@/lib/i18n/locales";
import { renderIn } from "../components/render-in";

const dashboard = (locale: Locale) =>
  renderIn(
    locale,
    h("div", null, [
      h(ComingPanel, {
        key: "c",
        today: "2026-12-06",
        deadline: {
          day: "2027-12-02",
          obligations: 12,
          done: 2,
          open: 10,
          systems: 3,
          href: "/o",
          openHref: "/o?open",
        },
        split: [{ key: "now", applicable: 8, done: 4, open: 4, href: "/n", doneHref: "/n?d", openHref: "/n?o" }],
      }),
      h(AttentionPanel, {
        key: "a",
        items: [
          {
            key: "overdue",
            title: "T",
            explanation: "E",
            count: 5,
            countLabel: "x",
            href: "/x",
            systems: { total: 4, examples: [{ id: "s1", name: "TalentRank" }] },
          },
        ],
      }),
      h(FurthestBehind, {
        key: "f",
        systems: [
          {
            id: "s1",
            name: "TalentRank",
            tier: "HIGH",
            possibleTier: "HIGH",
            disposition: "FINAL",
            done: 1,
            applicable: 4,
          },
        ],
      }),
      h(TableToggle, { key: "t", label: "Readiness by tier", children: null }),
      h(CountTable, {
        key: "n",
        caption: "c",
        heading: "h",
        rows: [{ key: "HIGH", label: "High", value: 2, href: "/s" }],
      }),
      h(ReadinessTable, {
        key: "r",
        caption: "c",
        heading: "h",
        rows: [
          { key: "k", label: "Unit", done: 1, open: 2, applicable: 3, doneHref: "/d", openHref: "/o", allHref: "/a" },
        ],
      }),
      h(TimelineTable, {
        key: "q",
        rows: [
          {
            quarter: "2027-Q4",
            label: "Q4 2027",
            done: 1,
            open: 2,
            systems: 2,
            dates: ["2027-12-02"],
            captions: ["Annex III high-risk duties"],
            isCurrent: true,
            doneHref: "/d",
            openHref: "/o",
            allHref: "/a",
          },
        ],
      }),
      h(TrendTable, {
        key: "p",
        points: [
          {
            day: "2026-12-06",
            dueNowPct: 50,
            laterPct: null,
            dueNowOpen: 4,
            laterOpen: 10,
            overdue: 1,
            highRisk: 2,
            openIncidents: 0,
          },
        ],
      }),
    ]),
  );

describe("the dashboard's inner parts in the reader's language", () => {
  it("in German", () => {
    const html = dashboard("de");
    expect(html).toContain("Nächste Frist");
    expect(html).toContain("in 361 Tagen");
    expect(html).toContain("12 Pflichten in 3 Systemen");
    expect(html).toContain("Jetzt fällig");
    expect(html).toContain("50 % erfüllt");
    expect(html).toContain("und 3 weitere");
    expect(html).toContain("1 von 4 erledigt (25 %)");
    expect(html).toContain("Als Tabelle anzeigen");
    expect(html).toContain("Hochrisiko-Pflichten nach Annex III");
    expect(html).toContain("Kennzahlen nach Tag");
    expect(html).toContain("2. Dez. 2027");
    expect(html).not.toMatch(/Next deadline|Show as table|Due now|Headline figures/);
  });

  it("in French", () => {
    const html = dashboard("fr");
    expect(html).toContain("Prochaine échéance");
    expect(html).toContain("12 obligations sur 3 systèmes");
    expect(html).toContain("Afficher sous forme de tableau");
    expect(html).toContain("Obligations à haut risque de l'Annex III");
    expect(html).toContain("Systèmes à haut risque");
    expect(html).not.toMatch(/Next deadline|Show as table|Due now|Headline figures/);
  });

  it("in English as before", () => {
    const html = dashboard("en");
    expect(html).toContain("in 361 days");
    expect(html).toContain("12 duties across 3 systems");
    expect(html).toContain("begin to apply;");
    expect(html).toContain("and 3 more");
    expect(html).toContain("1 of 4 done (25 %)");
    expect(html).toContain("Show as table: Readiness by tier");
    expect(html).toContain("Annex III high-risk duties");
    expect(html).toContain("2 Dec 2027");
  });
});
