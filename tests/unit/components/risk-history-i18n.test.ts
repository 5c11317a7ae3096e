import { createElement as h } from "react";
import { describe, expect, it } from "vitest";
import { RiskHistory } from "@/components/risks/risk-history";
import type { Locale } from "@/lib/i18n/locales";
import { renderIn } from "./render-in";

const history = (locale: Locale) =>
  renderIn(
    locale,
    h(RiskHistory, {
      entries: [
        {
          action: "risk.updated",
          actorLabel: "Ada",
          createdAt: new Date(0),
          before: { likelihood: 4, nextReviewDate: null, customField: "a" },
          after: { likelihood: 2, nextReviewDate: "2027-01-15", customField: "b", rescoredFrom: "incident INC-7" },
        },
      ],
    }),
  );

// A risk's history names each changed field as the form labels it, not by its code ("likelihood", "nextReviewDate").
describe("the risk's history", () => {
  it("names the changed fields in the reader's language", () => {
    expect(history("de")).toContain("<li>Wahrscheinlichkeit: 4 → 2</li>");
    expect(history("de")).toContain("<li>Nächste Überprüfung: — → 2027-01-15</li>");
    expect(history("fr")).toContain("<li>Probabilité : 4 → 2</li>");
    expect(history("en")).toContain("<li>Likelihood: 4 → 2</li>");
    // A field the form does not know keeps its code rather than vanish.
    expect(history("de")).toContain("<li>customField: a → b</li>");
  });
});

describe("a re-score's origin in the risk's history (issue #22)", () => {
  const entry = (after: Record<string, unknown>) => ({
    action: "risk.updated",
    actorLabel: "Ada",
    createdAt: new Date(0),
    before: { impact: 3 },
    after: { impact: 5, ...after },
  });
  const render = (locale: Locale, after: Record<string, unknown>) =>
    renderIn(locale, h(RiskHistory, { entries: [entry(after)] }));
  const breach = {
    kind: "BIAS",
    metric: "age_gap",
    value: 0.12,
    threshold: 0.05,
    direction: "max",
    observedAt: "2026-12-01T08:00:00.000Z",
  };

  it("words the incident or breach in the reader's language from the reference kept beside the English", () => {
    const incident = {
      rescoredFrom: "incident INC-0003: Refusals",
      rescoredFromRef: { incident: { number: 3, title: "Refusals" } },
    };
    expect(render("de", incident)).toContain("Vorfall INC-0003: Refusals");
    expect(render("de", incident)).not.toContain("incident INC-0003");
    expect(render("en", incident)).toContain("incident INC-0003: Refusals");
    const fr = render("fr", { rescoredFrom: "breach of Bias", rescoredFromRef: { breach } });
    expect(fr).toContain("seuil franchi (biais)");
    // The reference is not listed as a changed field.
    expect(fr).not.toContain("rescoredFromRef");
  });

  it("keeps the English words of an entry written before the reference was kept, or with a reference it cannot read", () => {
    expect(render("de", { rescoredFrom: "incident INC-0003: Refusals" })).toContain("incident INC-0003: Refusals");
    expect(
      render("de", { rescoredFrom: "incident INC-0003: Refusals", rescoredFromRef: { incident: { number: "3" } } }),
    ).toContain("incident INC-0003: Refusals");
  });
});
