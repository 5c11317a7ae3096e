import { NextIntlClientProvider } from "next-intl";
import { createElement as h, type ComponentProps } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { CurrentResult } from "@/components/classification/current-result";
import { MESSAGES } from "@/i18n/messages";
import { toDispositionCode, toTierCode } from "@/lib/classification/codes";
import { reviewState } from "@/lib/classification/review-state";
import type { CurrentRunDTO } from "@/lib/dal/classification/run-history";
import type { Locale } from "@/lib/i18n/locales";
import { classify } from "@/lib/rules";
import { DEMO_PROFILES } from "@/prisma/seed/demo-profiles";

// The demo's TalentRank: high-risk via Annex III 4(a), the bank its deployer.
function storedRun(): CurrentRunDTO {
  const answers = DEMO_PROFILES["CV screening and ranking (TalentRank)"]!;
  const result = classify(answers, { asOf: "2026-12-06" });
  const codes = {
    tier: toTierCode(result.tier),
    possibleTier: toTierCode(result.possibleTier),
    disposition: toDispositionCode(result.disposition),
  };
  return {
    id: "run-1",
    sequence: 1,
    createdAt: new Date("2026-12-06T10:00:00Z"),
    createdByName: "Ada Lindqvist",
    ...codes,
    engineDisposition: codes.disposition,
    review: reviewState(codes, null),
    ruleSetId: result.ruleSet.id,
    systemVersion: 1,
    result,
    answers,
  };
}

function render(locale: Locale): string {
  const props = { locale, messages: MESSAGES[locale], timeZone: "UTC" };
  const result = h(CurrentResult, { systemId: "sys-1", run: storedRun(), latestDecision: null });
  return renderToStaticMarkup(
    h(NextIntlClientProvider, props as ComponentProps<typeof NextIntlClientProvider>, result),
  );
}

describe("the current result in the reader's language", () => {
  it("shows the engine's findings and obligations in German, with the page's own words", () => {
    const html = render("de");
    expect(html).toContain("Aktuelles Ergebnis");
    expect(html).toContain("Einstellung oder Auswahl natürlicher Personen.");
    expect(html).toContain("Verwendung gemäß der Betriebsanleitung");
    expect(html).not.toContain("Recruitment or selection of natural persons.");
  });

  it("in French", () => {
    const html = render("fr");
    expect(html).toContain("Résultat actuel");
    expect(html).toContain("Recrutement ou sélection de personnes physiques.");
    expect(html).toContain("Utiliser conformément à la notice");
  });

  it("and in English as the engine said it", () => {
    const html = render("en");
    expect(html).toContain("Current result");
    expect(html).toContain("Recruitment or selection of natural persons.");
    expect(html).toContain("Use according to the instructions");
    expect(html).toContain("6 Dec 2026");
  });
});
