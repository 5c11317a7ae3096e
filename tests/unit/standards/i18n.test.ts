import { describe, expect, it } from "vitest";
import { LOCALES } from "@/lib/i18n/locales";
import { renderSoa } from "@/lib/pdf/soa/render-soa";
import { FRAMEWORK_IDS, FRAMEWORKS } from "@/lib/standards";
import { frameworkCoverage, type CoverageFacts } from "@/lib/standards/coverage";
import {
  controlGroupIn,
  controlTitleIn,
  editionIn,
  localizeControlRow,
  STANDARDS_CATALOGUES,
} from "@/lib/standards/i18n";
import { soaWordsIn } from "@/lib/standards/i18n/soa-words";
import { soaRows } from "@/lib/standards/soa";
import { pdfPages } from "../pdf/pdf-text";

const TRANSLATED = LOCALES.filter((l) => l !== "en");

// Issue #22: the crosswalk's own words (control titles and groups) in German and French. A control added to a
// framework without its translations fails here, by name, rather than showing English to those readers.
describe("the standards crosswalk in German and French", () => {
  it.each(TRANSLATED)("%s has a title and a group for every control of every framework", (locale) => {
    const catalogue = STANDARDS_CATALOGUES[locale];
    expect(catalogue, locale).toBeDefined();
    const missing: string[] = [];
    for (const id of FRAMEWORK_IDS)
      for (const control of FRAMEWORKS[id].controls) {
        const title = catalogue!.titles[id][control.id];
        if (!title || title === control.title) missing.push(`${id} ${control.id}: title`);
        if (controlGroupIn(locale, id, control) === control.group) missing.push(`${id} ${control.id}: group`);
      }
    expect(missing).toEqual([]);
  });

  it.each(TRANSLATED)("%s names no control that the frameworks do not have", (locale) => {
    for (const id of FRAMEWORK_IDS) {
      const ids = new Set(FRAMEWORKS[id].controls.map((c) => c.id));
      expect(Object.keys(STANDARDS_CATALOGUES[locale]!.titles[id]).filter((c) => !ids.has(c))).toEqual([]);
    }
    const groups = new Set(FRAMEWORK_IDS.flatMap((id) => FRAMEWORKS[id].controls.map((c) => c.group)));
    expect(Object.keys(STANDARDS_CATALOGUES[locale]!.groups).filter((g) => !groups.has(g))).toEqual([]);
  });

  const control = (framework: (typeof FRAMEWORK_IDS)[number], id: string) =>
    FRAMEWORKS[framework].controls.find((c) => c.id === id)!;

  it("words known controls as translated", () => {
    const verify = control("iso-42001", "A.6.2.4");
    expect(controlTitleIn("de", "iso-42001", verify)).toBe("Das System verifizieren und validieren");
    expect(controlTitleIn("fr", "iso-42001", verify)).toBe("Vérifier et valider le système");
    expect(controlGroupIn("de", "iso-42001", verify)).toBe("A.6 Lebenszyklus von KI-Systemen");
    expect(controlGroupIn("fr", "iso-42001", verify)).toBe("A.6 Cycle de vie des systèmes d'IA");
    const inventory = control("nist-ai-rmf", "GOVERN 1.6");
    expect(controlTitleIn("de", "nist-ai-rmf", inventory)).toBe("Ein Inventar der KI-Systeme führen");
    expect(controlTitleIn("fr", "nist-ai-rmf", inventory)).toBe("Tenir un inventaire des systèmes d'IA");
    expect(controlGroupIn("fr", "nist-ai-rmf", inventory)).toBe("GOVERN (gouvernance)");
    // A Generative AI Profile action's group is its AI RMF subcategory with that subcategory's translated title.
    const listed = control("nist-ai-600-1", "GV-1.6-001");
    expect(controlGroupIn("de", "nist-ai-600-1", listed)).toBe("GOVERN 1.6 Ein Inventar der KI-Systeme führen");
    expect(controlTitleIn("fr", "nist-ai-600-1", listed)).toBe(
      "Inscrire les systèmes d'IA générative à l'inventaire de l'IA",
    );
    expect(editionIn("de", FRAMEWORKS["iso-42001"])).toBe("2023, Anhang A");
    expect(editionIn("fr", FRAMEWORKS["nist-ai-600-1"])).toBe("Generative AI Profile (2024)");
  });

  it("keeps English exactly as the crosswalk words it, and falls back to it for an unknown control", () => {
    for (const id of FRAMEWORK_IDS) {
      expect(editionIn("en", FRAMEWORKS[id])).toBe(FRAMEWORKS[id].edition);
      for (const c of FRAMEWORKS[id].controls) {
        expect(controlTitleIn("en", id, c)).toBe(c.title);
        expect(controlGroupIn("en", id, c)).toBe(c.group);
      }
    }
    const unknown = { id: "A.99", group: "A.99 Something new", title: "Do something new" };
    expect(controlTitleIn("de", "iso-42001", unknown)).toBe("Do something new");
    expect(controlGroupIn("fr", "iso-42001", unknown)).toBe("A.99 Something new");
  });
});

const facts: CoverageFacts = {
  systems: 1,
  classified: 1,
  obligations: {},
  highRisk: 0,
  highRiskWithRisks: 0,
  literacyPairs: 0,
  literacyTrained: 0,
};

describe("the Statement of Applicability in German", () => {
  it("lists the controls' titles and groups in the document's language", async () => {
    const framework = FRAMEWORKS["iso-42001"];
    const { rows, summary } = soaRows(framework, facts, new Map(), soaWordsIn("de"));
    expect(frameworkCoverage(framework, facts).controls).toHaveLength(rows.length);
    const localized = rows.map((r) => localizeControlRow("de", framework.id, r));
    expect(localized.find((r) => r.controlId === "A.8.4")).toMatchObject({
      title: "Vorfälle kommunizieren",
      group: "A.8 Informationen für interessierte Parteien",
      controlId: "A.8.4",
      applicability: "Included (not reviewed)",
    });
    const pdf = await renderSoa(
      {
        organizationName: "Beispiel GmbH",
        frameworkName: framework.name,
        edition: editionIn("de", framework),
        mappingVersion: "test",
        ruleSetId: "test",
        generatedAt: "2026-12-06T09:00:00.000Z",
        rows: localized,
        summary,
      },
      "de",
    );
    const text = (await pdfPages(pdf)).join(" ").replace(/\s+/g, " ");
    expect(text).toContain("2023, Anhang A");
    expect(text).toContain("Vorfälle kommunizieren");
    expect(text).toContain("Lieferanten steuern");
    expect(text).toContain("Kontrollen vollständig belegt");
    expect(text).toContain("Noch nichts zu belegen: Kein System hat diese Pflicht");
    expect(text).not.toContain("Communicate incidents");
    expect(text).not.toContain("controls fully evidenced");
  });
});
