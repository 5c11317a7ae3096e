// The REST API page's cards, the CSV and SBOM import steps and the model registry's parts in German and French
// (issue #22), with the Act's own words where a legal term appears (lib/rules/glossary), and English as it was.
import { NextIntlClientProvider } from "next-intl";
import { createElement as h, type ComponentProps, type ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ApiCallLog } from "@/components/api-docs/api-call-log";
import { GettingStartedCard } from "@/components/api-docs/getting-started-card";
import { OperationCard } from "@/components/api-docs/operation-card";
import { ProblemsCard } from "@/components/api-docs/problems-card";
import { BomDiffTable } from "@/components/bom/bom-diff-table";
import { AllowedValues } from "@/components/import/allowed-values";
import { ImportProgress } from "@/components/import/import-progress";
import { ImportReport } from "@/components/import/import-report";
import { MappingTable } from "@/components/import/mapping-table";
import { ModelCard } from "@/components/registry/model-card";
import { SyncSummaryView } from "@/components/registry/sync-summary";
import { MESSAGES } from "@/i18n/messages";
import { operationDocsByTag } from "@/lib/api/docs-model";
import type { BomImportResult } from "@/lib/bom/diff";
import type { ModelDTO } from "@/lib/dal/integrations/registry-sync-models";
import type { CheckedCsv } from "@/lib/import/csv";
import type { ImportReportDTO } from "@/lib/import/stream";
import type { Locale } from "@/lib/i18n/locales";
import { GLOSSARIES } from "@/lib/rules/glossary";
import type { Glossary } from "@/lib/rules/glossary/types";

function render(element: ReactElement, locale: Locale): string {
  const props = { locale, messages: MESSAGES[locale], timeZone: "UTC" };
  const html = renderToStaticMarkup(
    h(NextIntlClientProvider, props as ComponentProps<typeof NextIntlClientProvider>, element),
  );
  return html
    .replace(/<[^>]+>/g, " ")
    .replace(/&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/\s+/g, " ");
}

const glossary = (locale: Locale): Glossary => GLOSSARIES[locale]!;
const aiSystem = (locale: Locale) => glossary(locale).aiSystem.one;

const REPORT: ImportReportDTO = {
  dryRun: false,
  headers: ["name"],
  mapping: {} as ImportReportDTO["mapping"],
  missingRequired: ["Intended purpose"],
  total: 3,
  valid: 2,
  errors: [{ row: 4, column: "name", value: "", message: "Name is required." }],
  created: 1,
  classified: 0,
  invalidRows: "leave",
  duplicates: [],
  duplicatesKey: "",
  updated: 0,
  skipped: 0,
};
const FILE: CheckedCsv = { headers: ["name"], rows: 3, bytes: new Uint8Array(), cuts: [0] };
const report = (locale: Locale, r: Partial<ImportReportDTO> = {}) =>
  render(h(ImportReport, { report: { ...REPORT, ...r }, file: FILE, name: "x.csv" }), locale);

const BOM: BomImportResult = {
  system: { id: null, name: "Chatbot", action: "create" },
  models: [{ name: "intent-classifier", action: "update" }],
  versions: [],
  datasets: [{ name: "tickets-2025", action: "unchanged" }],
  links: [],
  applied: false,
  format: "CycloneDX",
  specVersion: "1.6",
};

const MODEL: ModelDTO = {
  id: "m1",
  name: "credit-scorer",
  description: "",
  registryName: "credit-scorer",
  connection: null,
  tags: {},
  removedAt: "2026-11-02T00:00:00Z",
  systems: [],
  versions: [
    {
      id: "v1",
      version: "3",
      stage: "Production",
      metrics: { auc: 0.91234 },
      datasetRefs: [],
      tags: {},
      registryRunId: null,
      syncedAt: null,
      removedAt: "2026-11-02T00:00:00Z",
    },
  ],
};

const SUMMARY = {
  status: "partial" as const,
  trigger: "schedule" as const,
  startedAt: "2026-12-01T08:00:00Z",
  finishedAt: "2026-12-01T08:00:02.5Z",
  models: { created: 2, updated: 0, unchanged: 1, removed: 0 },
  versions: { created: 0, updated: 0, unchanged: 0, removed: 0 },
  links: [],
  warnings: ["churn: its actlas.system tag “CV screening” matches no AI system (use the system's id or exact name)."],
  errors: ["The registry refused the access token (HTTP 401). Check the token in the connection settings."],
  warningNotes: [{ key: "tagMatchesNoSystem" as const, model: "churn", values: { value: "CV screening" } }],
  errorNotes: [{ key: "tokenRefused" as const, values: { detail: "HTTP 401" } }],
};

describe("REST API page cards", () => {
  const op = operationDocsByTag()[0]!.operations[0]!;
  it("keep their English", () => {
    const html = render(h(GettingStartedCard, { canManageTokens: true }), "en");
    expect(html).toContain("Send an organisation API token as Authorization: Bearer actlas_… .");
    expect(html).toMatch(/\(default \d+, at most \d+\)/);
    expect(html).toContain("Everything a token writes is in the audit trail under the token's name.");
    expect(render(h(ProblemsCard), "en")).toContain("Too many requests; wait and retry.");
    expect(render(h(ApiCallLog, { calls: [] }), "en")).toContain("No API calls yet.");
  });
  it("speak German and French, with the Act's word for an AI system", () => {
    const de = render(h(GettingStartedCard, { canManageTokens: true }), "de");
    expect(de).toContain("Einstellungen → API-Tokens");
    expect(de).toContain(aiSystem("de"));
    expect(render(h(ProblemsCard), "de")).toContain("Zu viele Anfragen");
    const fr = render(h(GettingStartedCard, { canManageTokens: false }), "fr");
    expect(fr).toContain("Les administrateurs créent les jetons");
    expect(fr).toContain("systèmes d'IA");
    expect(render(h(OperationCard, { op }), "fr")).toContain("Exemple");
    expect(render(h(OperationCard, { op }), "de")).toContain("Beispiel");
  });
});

describe("CSV import steps", () => {
  it("keep their English", () => {
    const en = report("en");
    expect(en).toContain("Imported 1 new AI system");
    expect(en).toContain("Left out 1 row with problems: download it below to fix.");
    expect(report("en", { dryRun: true, created: 0, errors: [] })).toContain("All 3 rows can be imported.");
    expect(render(h(ImportProgress, { dryRun: true, done: 1200, total: 5000 }), "en")).toContain(
      "Checked 1,200 of 5,000 rows…",
    );
    expect(render(h(MappingTable, { headers: [], mapping: {}, onChange: () => {} }), "en")).toContain(
      "Intended purpose",
    );
  });
  it("report in German and French with the glossary's terms", () => {
    const de = report("de");
    expect(de).toContain(`1 neues ${aiSystem("de")} importiert`);
    expect(de).toContain("Wert in Ihrer Datei");
    expect(de).toContain("1 fehlerhafte Zeile ausgelassen");
    expect(report("de", { dryRun: true, created: 0, errors: [] })).toContain("Alle 3 Zeilen können importiert werden.");
    const fr = report("fr", { created: 2 });
    expect(fr).toContain(`2 nouveaux ${glossary("fr").aiSystem.other} importés`);
    expect(render(h(ImportProgress, { dryRun: false, done: 1, total: 2 }), "fr")).toContain("1 ligne importée sur 2");
    expect(report("fr", { dryRun: true, created: 0 })).toContain("Champs obligatoires sans colonne : Destination.");
  });
  it("name the mapping's fields in the reader's language", () => {
    const de = render(h(MappingTable, { headers: ["name"], mapping: {}, onChange: () => {} }), "de");
    expect(de).toContain(glossary("de").intendedPurpose.one);
    expect(de).toContain("— Nicht in meiner Datei —");
    expect(render(h(MappingTable, { headers: [], mapping: {}, onChange: () => {} }), "fr")).toContain(
      "Contrôle humain",
    );
    expect(render(h(AllowedValues), "fr")).toContain("Valeurs autorisées des colonnes à choix");
  });
});

describe("SBOM import", () => {
  it("shows the check in English, German and French", () => {
    expect(render(h(BomDiffTable, { result: BOM }), "en")).toContain("What applying will do (CycloneDX 1.6)");
    const de = render(h(BomDiffTable, { result: BOM }), "de");
    expect(de).toContain("Was das Übernehmen tun wird (CycloneDX 1.6)");
    expect(de).toContain(aiSystem("de"));
    const fr = render(h(BomDiffTable, { result: { ...BOM, applied: true } }), "fr");
    expect(fr).toContain("Ce que l'import a fait");
    expect(fr).toContain(aiSystem("fr").replace(/^s/, "S"));
  });
});

describe("model registry", () => {
  it("keeps its English", () => {
    const card = render(h(ModelCard, { model: MODEL, links: null }), "en");
    expect(card).toContain("Not in the registry since 2 Nov 2026");
    expect(card).toContain("not linked");
    expect(card).toContain("0.9123");
    const sync = render(h(SyncSummaryView, { summary: SUMMARY }), "en");
    expect(sync).toContain("Scheduled sync at");
    expect(sync).toContain("took 2.5 s.");
    expect(sync).toContain("Models: 2 new, 1 unchanged");
    for (const text of [...SUMMARY.warnings, ...SUMMARY.errors]) expect(sync).toContain(text);
  });
  it("reads the model card and the last sync in German and French", () => {
    const de = render(h(ModelCard, { model: MODEL, links: null }), "de");
    expect(de).toContain("Seit 2. Nov. 2026 nicht mehr im Register");
    expect(de).toContain("Nicht mehr im Register");
    expect(de).toContain("nicht verknüpft");
    expect(de).toContain("0,9123");
    expect(render(h(SyncSummaryView, { summary: SUMMARY }), "de")).toContain("Dauer 2,5 s.");
    const fr = render(h(SyncSummaryView, { summary: SUMMARY }), "fr");
    expect(fr).toContain("Modèles : 2 nouveaux, 1 inchangé");
    expect(fr).toContain("Erreurs");
    // The warnings and errors too: the model's and the system's names stay as they are.
    expect(fr).toContain("churn: son étiquette actlas.system « CV screening » ne correspond à aucun");
    expect(fr).toContain("Le registre a refusé le jeton d'accès (HTTP 401).");
    const deSync = render(h(SyncSummaryView, { summary: SUMMARY }), "de");
    expect(deSync).toContain("Das Register hat das Zugriffstoken abgelehnt (HTTP 401).");
    expect(deSync).toContain("churn: Sein Tag actlas.system „CV screening“ passt zu keinem KI-System");
    expect(render(h(ModelCard, { model: MODEL, links: null }), "fr")).toContain("Saisi lors de l'enregistrement");
  });
  it("shows a sync summary written before notes existed in its stored English", () => {
    const old = { ...SUMMARY, warningNotes: [], errorNotes: [] };
    expect(render(h(SyncSummaryView, { summary: old }), "de")).toContain(SUMMARY.errors[0]!);
  });
});
