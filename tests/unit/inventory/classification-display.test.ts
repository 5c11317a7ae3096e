import { NextIntlClientProvider } from "next-intl";
import { createElement, type ComponentProps, type ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ClassificationBadges } from "@/components/system-badges";
import { MESSAGES } from "@/i18n/messages";
import { classificationText, plannedTier } from "@/lib/classification/display";
import type { Locale } from "@/lib/i18n/locales";

// The badges speak the reader's language, so they render inside the provider a page gives them.
function render(element: ReactElement, locale: Locale = "en") {
  const props = { locale, messages: MESSAGES[locale], timeZone: "UTC" };
  // The provider's props type children as required; createElement passes them as its third argument.
  return renderToStaticMarkup(
    createElement(NextIntlClientProvider, props as ComponentProps<typeof NextIntlClientProvider>, element),
  );
}

const UNDETERMINED = { tier: "MINIMAL", possibleTier: "HIGH", disposition: "UNDETERMINED" } as const;

describe("a stored classification outside the classification pages", () => {
  it("reads 'Not determined yet, could be <possible tier>' and never shows the floor tier while undetermined", () => {
    expect(classificationText(UNDETERMINED)).toBe("Not determined yet — could be High-risk");
    const html = render(createElement(ClassificationBadges, { system: UNDETERMINED }));
    expect(html).toContain("Not determined yet");
    expect(html).toContain("could be High-risk");
    expect(html).not.toContain("Minimal");
  });

  it("treats a row without a possible tier (stored before it existed) as settled at its tier", () => {
    expect(plannedTier({ tier: "LIMITED", disposition: "UNDETERMINED" })).toBe("LIMITED");
    expect(plannedTier({ tier: "HIGH", possibleTier: null, disposition: "FINAL" })).toBe("HIGH");
    expect(classificationText({ tier: null, disposition: null })).toBe("Not classified");
  });

  it("shows a settled tier with its review badge", () => {
    const html = render(
      createElement(ClassificationBadges, {
        system: { tier: "HIGH", possibleTier: "HIGH", disposition: "REQUIRES_REVIEW" },
      }),
    );
    expect(html).toContain("High-risk");
    expect(html).toContain("Requires review");
    expect(html).not.toContain("Not determined");
  });

  it("reads the same in German and French, with the possible tier in that language (French sets the badge label off with a colon, as a badge starts upper-case)", () => {
    const de = render(createElement(ClassificationBadges, { system: UNDETERMINED }), "de");
    expect(de).toContain("Noch nicht bestimmt");
    expect(de).toContain("könnte Hochrisiko sein");
    const fr = render(createElement(ClassificationBadges, { system: UNDETERMINED }), "fr");
    expect(fr).toContain("Pas encore déterminé");
    expect(fr).toContain("pourrait être : À haut risque");
  });
});
