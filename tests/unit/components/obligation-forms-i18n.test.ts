import { createElement as h } from "react";
import { describe, expect, it, vi } from "vitest";
import { BulkPlanForm } from "@/components/obligations/bulk-plan-form";
import { ObligationItem } from "@/components/obligations/obligation-item";
import { ReadinessSummary } from "@/components/obligations/readiness-summary";
import { PrefsForm } from "@/components/notifications/prefs-form";
import type { ObligationDTO } from "@/lib/dal/obligations/obligations";
import type { Locale } from "@/lib/i18n/locales";
import { GLOSSARIES } from "@/lib/rules/glossary";
import { DEFAULT_PREFS } from "@/lib/validations/notifications";
import { renderIn } from "./render-in";

// The forms use the app router only when submitted; rendering needs no router.
vi.mock("next/navigation", () => ({ useRouter: () => ({ push: () => {}, refresh: () => {} }) }));

const ok = async () => ({ ok: true as const, data: {} as never });

const duty = {
  id: "ob-1",
  systemId: "sys-1",
  code: "art4.literacy",
  role: "deployer",
  article: "Art 4",
  title: "Support AI literacy",
  summary: "",
  appliesFrom: new Date("2025-02-02T00:00:00Z"),
  blocking: true,
  status: "DONE",
  notApplicableReason: "",
  completionNote: "Trained in March.",
  ownerId: null,
  dueDate: null,
  obsoleteAt: null,
  version: 1,
  updatedAt: new Date("2026-01-01T00:00:00Z"),
  owner: null,
  comments: [],
  _count: { evidence: 2 },
} as unknown as ObligationDTO;

function item(locale: Locale) {
  return renderIn(
    locale,
    h(ObligationItem, {
      obligation: duty,
      evidence: [],
      members: [{ userId: "u-1", name: "Ada Lindqvist" }],
      canWork: true,
      canWriteEvidence: false,
      evidenceRequired: false,
      open: true,
      actions: { update: ok, comment: ok, addLink: ok },
      literacy: { backed: false, summary: "2 / 3" },
    }),
  );
}

describe("an obligation in the reader's language", () => {
  it("is worked on in German, with the Act's term for AI literacy", () => {
    const html = item("de");
    expect(html).toContain("An dieser Pflicht arbeiten");
    expect(html).toContain("Wie sie erfüllt wurde: ");
    expect(html).toContain("2 Nachweise");
    expect(html).toContain("Noch keine Kommentare.");
    expect(html).toContain("Änderungen speichern");
    expect(html).toContain(GLOSSARIES.de!.aiLiteracy.one);
    expect(html).toContain("KI-Kompetenz fördern");
    expect(html).not.toContain("Work on this obligation");
  });

  it("and in French", () => {
    const html = item("fr");
    expect(html).toContain("Traiter cette obligation");
    expect(html).toContain("Comment elle a été remplie : ");
    expect(html).toContain("Publier le commentaire");
    expect(html).toContain(GLOSSARIES.fr!.aiLiteracy.one);
  });

  it("keeps its English", () => {
    const html = item("en");
    expect(html).toContain("Work on this obligation");
    expect(html).toContain("2 evidence");
    expect(html).toContain("0 comments");
    expect(html).toContain("AI literacy register: ");
  });
});

function plan(locale: Locale) {
  return renderIn(
    locale,
    h(BulkPlanForm, {
      systemId: "sys-1",
      obligations: [{ id: "ob-1", version: 1, article: "Art 26", title: "x", ownerName: null, dueDate: null }],
      members: [],
      suggestedDueDate: "2027-01-05",
      leadDays: 30,
      action: ok,
    }),
  );
}

describe("the bulk plan and the readiness summary", () => {
  it("speak German and French, English unchanged", () => {
    expect(plan("de")).toContain("Auf 1 Pflicht anwenden");
    expect(plan("de")).toContain("(heute + 30 Tage)");
    expect(plan("fr")).toContain("Appliquer à 1 obligation");
    expect(plan("en")).toContain("Apply to 1 obligation");
    expect(plan("en")).toContain("Use 5 Jan 2027 (today + 30 days)");
    const summary = (locale: Locale) => renderIn(locale, h(ReadinessSummary, { systemId: "s", obligations: [duty] }));
    // One duty of one: the noun agrees with the total ("1 of 1 obligation", not "1 of 1 obligations").
    expect(summary("de")).toContain("von 1 Pflicht erledigt oder nicht anwendbar");
    expect(summary("fr")).toContain("sur 1 obligation remplie ou sans objet");
    expect(summary("fr")).toContain("Ouvrir dans la liste des obligations");
    expect(summary("en")).toContain("</span> of 1 obligation done or not applicable");
  });
});

describe("the notification preferences", () => {
  const prefs = (locale: Locale) => renderIn(locale, h(PrefsForm, { prefs: DEFAULT_PREFS, save: ok }));
  it("name each kind in German and French", () => {
    expect(prefs("de")).toContain("Überfällige Pflichten");
    expect(prefs("de")).toContain("Bald fällige Pflichten: per E-Mail");
    expect(prefs("fr")).toContain("Obligations en retard");
    expect(prefs("fr")).toContain(GLOSSARIES.fr!.seriousIncident.one);
    expect(prefs("en")).toContain("Overdue obligations");
    expect(prefs("en")).toContain("Obligations coming due: e-mail");
  });
});
