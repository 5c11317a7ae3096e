import { createElement as h } from "react";
import { describe, expect, it, vi } from "vitest";
import { DossierVersionList } from "@/components/dossier/dossier-version-list";
import { LOCALES } from "@/lib/i18n/locales";
import { renderIn } from "./render-in";

vi.mock("next/navigation", () => ({ useRouter: () => ({ push: () => {}, refresh: () => {} }) }));

const version = {
  id: "d-1",
  systemId: "sys-1",
  version: 1,
  finality: "FINAL" as const,
  createdAt: new Date("2026-11-02T10:00:00Z"),
  createdByName: "Ada Lindqvist",
  pdfSha256: "a".repeat(64),
  snapshotSha256: "b".repeat(64),
  ruleSetId: "eu-ai-act@2026.2",
  locale: "en",
  attestations: [],
};

// WCAG 2.5.3 (label in name): a speech-input user says what they see, so a link's accessible name must contain its
// visible words. The copies in other languages are named in the page's language ("auf Englisch"), so the visible
// word must be that same name ("Englisch"), not the language's name for itself ("English").
describe("the dossier's copies in other languages", () => {
  it.each(LOCALES)("in %s, each link's visible text is part of its accessible name", (locale) => {
    const html = renderIn(
      locale,
      h(DossierVersionList, {
        systemId: "sys-1",
        versions: [{ ...version, locale: locale === "en" ? "de" : "en" }],
        viewer: { userId: "u-1", name: "Ada Lindqvist", canAttest: false },
        attestAction: async () => ({ ok: true as const, data: undefined as never }),
      }),
    );
    const links = [...html.matchAll(/<a [^>]*hrefLang="[a-z]+"[^>]*aria-label="([^"]+)"[^>]*>([^<]+)<\/a>/g)];
    expect(links).toHaveLength(2);
    for (const [, name, text] of links) expect(String(name).toLowerCase()).toContain(String(text).trim().toLowerCase());
  });
});
