// The one picker behind "Record an incident" and "Dossier of one AI system": a labelled GET search and a list of
// links whose names say which system each one opens.
import { NextIntlClientProvider } from "next-intl";
import { createElement as h, type ComponentProps, type ReactElement } from "react";
import { renderToStaticMarkup as renderBare } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { SystemPicker } from "@/components/system-picker";
import { MESSAGES } from "@/i18n/messages";

// The picker's own words come from the messages, so it renders inside the provider a page gives it (English here).
function renderToStaticMarkup(element: ReactElement, locale: "en" | "de" = "en") {
  const props = { locale, messages: MESSAGES[locale], timeZone: "UTC" };
  return renderBare(h(NextIntlClientProvider, props as ComponentProps<typeof NextIntlClientProvider>, element));
}

const base = {
  action: "/reports",
  inputId: "dossier-system-q",
  searchLabel: "Find an AI system's dossier",
  listLabel: "Matching AI systems",
  linkText: "Open dossier",
  linkContext: "of",
};

describe("SystemPicker", () => {
  it("searches by GET with a labelled box that keeps the query", () => {
    const html = renderToStaticMarkup(h(SystemPicker, { ...base, query: "credit", items: [] }));
    expect(html).toContain('<form role="search" aria-label="Find an AI system&#x27;s dossier"');
    expect(html).toContain('action="/reports" method="get"');
    expect(html).toContain('<label for="dossier-system-q"');
    const input = /<input[^>]*id="dossier-system-q"[^>]*>/.exec(html)?.[0] ?? "";
    for (const attribute of ['type="search"', 'name="q"', 'value="credit"', 'aria-keyshortcuts="/"'])
      expect(input).toContain(attribute);
  });

  it("names each link after its system, and shows the empty message only when nothing is listed", () => {
    const items = [{ id: "s1", name: "Credit scoring", href: "/systems/s1/dossier", detail: "Latest: version 2" }];
    const html = renderToStaticMarkup(h(SystemPicker, { ...base, query: "credit", items, empty: "None match." }));
    expect(html).toContain('<ul class="');
    expect(html).toContain('aria-label="Matching AI systems"');
    expect(html).toContain('href="/systems/s1/dossier"');
    expect(html).toContain('Open dossier<span class="sr-only"> of Credit scoring</span>');
    expect(html).toContain("Latest: version 2");
    expect(html).not.toContain("None match.");
    const none = renderToStaticMarkup(h(SystemPicker, { ...base, query: "x", items: [], empty: "None match." }));
    expect(none).toContain("None match.");
    expect(none).not.toContain("<ul");
  });

  it("labels its search in the reader's language", () => {
    const html = renderToStaticMarkup(h(SystemPicker, { ...base, query: "", items: [] }), "de");
    expect(html).toContain("Name des KI-Systems");
    expect(html).toContain(">Suchen</button>");
  });
});
