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
