import { describe, expect, it } from "vitest";
import { describeActivity } from "@/app/(app)/systems/[id]/activity/describe-activity";
import { auditDid, auditDidIn, auditTitleIn } from "@/lib/audit/phrases";
import { gateReasons, type GateFacts } from "@/lib/gate/reasons";
import { gateReasonText } from "@/lib/gate/reason-text";
import { monitoringTaskBodyIn, monitoringTaskTitleIn } from "@/lib/incidents/monitoring-task-text";
import { languageNameIn } from "@/lib/i18n/language-name";

// Issue #22: what the data layer words in English (the API's words, the audit log's codes, generated task titles) is
// put in the reader's language where a person reads it, and English stays exactly as the API says it.

const facts = (over: Partial<GateFacts>): GateFacts => ({
  systemVersion: 2,
  tier: "HIGH",
  possibleTier: null,
  disposition: "FINAL",
  run: { systemVersion: 1, ruleSetId: "eu-ai-act-2024.1" },
  currentRuleSetId: "eu-ai-act-2024.2",
  openBlockingObligations: [
    { id: "o1", article: "Art 9", title: "Risk management system", appliesFrom: new Date("2026-01-01") },
    { id: "o2", article: "Art 10", title: "Data governance", appliesFrom: new Date("2026-01-01") },
  ],
  openBreachTasks: [{ id: "t1", title: "Drift breach: psi = 0.4, limit ≤ 0.2" }],
  today: new Date("2026-12-01"),
  ...over,
});

describe("gate reasons in the reader's language", () => {
  const { reasons } = gateReasons(facts({}));
  const text = (locale: "en" | "de" | "fr") => reasons.map((r) => gateReasonText(locale, r));

  it("keeps the API's English for English readers", () => {
    expect(text("en")).toEqual(reasons.map((r) => r.message));
  });

  it("says every reason in German and French, with its numbers and rule sets", () => {
    expect(text("de")).toEqual([
      "Die Erfassung des Systems wurde nach seiner Einstufung geändert; stufen Sie es erneut ein.",
      "Die Einstufung beruht auf dem Regelwerk eu-ai-act-2024.1; das Recht ist jetzt als eu-ai-act-2024.2 abgebildet. Stufen Sie das System erneut ein.",
      "2 blockierende Pflichten gelten bereits und sind noch nicht erledigt.",
      "1 Grenzwertverletzung aus der Überwachung ist noch offen.",
    ]);
    expect(text("fr")[2]).toBe("2 obligations bloquantes s'appliquent déjà et ne sont pas encore remplies.");
    expect(text("fr")[3]).toBe("1 dépassement de seuil de surveillance est encore ouvert.");
  });

  it("uses the Act's own term for a prohibited practice, and names a possible tier in the reader's words", () => {
    const prohibited = gateReasons(facts({ tier: "PROHIBITED", run: null })).reasons;
    expect(gateReasonText("de", prohibited[0]!)).toBe("Das System wurde noch nicht eingestuft.");
    const found = gateReasons(facts({ tier: "PROHIBITED", systemVersion: 1, currentRuleSetId: "eu-ai-act-2024.1" }));
    expect(gateReasonText("de", found.reasons[0]!)).toContain("verbotene Praktik im KI-Bereich");
    expect(gateReasonText("fr", found.reasons[0]!)).toContain("pratique interdite en matière d'IA");
    const open = gateReasons(
      facts({
        disposition: "UNDETERMINED",
        possibleTier: "HIGH",
        systemVersion: 1,
        currentRuleSetId: "eu-ai-act-2024.1",
      }),
    ).reasons[0]!;
    expect(open.message).toContain("(it could be High-risk)");
    expect(gateReasonText("de", open)).toContain("(möglich ist: Hochrisiko)");
    expect(gateReasonText("fr", open)).toContain("onglet Classification");
  });
});

describe("audit phrases in the reader's language", () => {
  it("keeps the English words and translates each action", () => {
    expect(auditDid("risk.accepted")).toBe("accepted a risk");
    expect(auditDidIn("de", "risk.accepted")).toBe("hat ein Risiko akzeptiert");
    expect(auditDidIn("fr", "risk.accepted")).toBe("a accepté un risque");
    expect(auditTitleIn("de", "deployer_pack.published")).toBe("Betreiberpaket veröffentlicht");
    expect(auditTitleIn("fr", "incident.initial_report_recorded")).toBe("Rapport initial consigné");
    expect(auditDidIn("de", "something.new")).toBe("something.new");
  });

  it("words an Activity line with its title in each language's quotation marks", () => {
    const event = { action: "obligation.updated", after: { title: "Risk management system" } };
    expect(describeActivity(event)).toBe("updated an obligation: “Risk management system”");
    expect(describeActivity(event, "de")).toMatch(/^hat eine Pflicht aktualisiert: „.+“$/);
    expect(describeActivity(event, "fr")).toMatch(/^a mis à jour une obligation : « .+ »$/);
    const task = { action: "task.opened", after: { title: "Evaluation breach: accuracy = 0.81, limit ≥ 0.9" } };
    expect(describeActivity(task, "de")).toBe(
      "hat eine Folgeaufgabe eröffnet: „Grenzwertverletzung (Evaluierung): accuracy = 0.81, Grenzwert ≥ 0.9“",
    );
  });
});

describe("monitoring task texts in the reader's language", () => {
  const title = "Bias breach: gap = 0.12, limit ≤ 0.05";
  const body = [
    "Bias result outside its threshold: gap = 0.12, limit ≤ 0.05.",
    "Dataset: hr-2026-q3.",
    "Observed 5 Dec 2026, 14:03 UTC; reported by CI pipeline.",
  ].join("\n");

  it("keeps English as stored and translates German and French", () => {
    expect(monitoringTaskTitleIn("en", title)).toBe(title);
    expect(monitoringTaskTitleIn("de", title)).toBe("Grenzwertverletzung (Bias): gap = 0.12, Grenzwert ≤ 0.05");
    expect(monitoringTaskTitleIn("fr", title)).toBe("Seuil franchi (biais) : gap = 0.12, seuil ≤ 0.05");
    expect(monitoringTaskBodyIn("en", body)).toBe(body);
    expect(monitoringTaskBodyIn("de", body).split("\n")).toEqual([
      "Bias-Ergebnis außerhalb seines Grenzwerts: gap = 0.12, Grenzwert ≤ 0.05.",
      "Datensatz: hr-2026-q3.",
      "Beobachtet am 05.12.2026, 14:03 UTC; gemeldet von CI pipeline.",
    ]);
    expect(monitoringTaskBodyIn("fr", body)).toContain("Jeu de données : hr-2026-q3.");
  });

  it("leaves a title of another shape as it is", () => {
    expect(monitoringTaskTitleIn("de", "Check the logs")).toBe("Check the logs");
  });
});

describe("language names inside a sentence", () => {
  it("are the sentence's language's own words", () => {
    expect(languageNameIn("de", "en")).toBe("Englisch");
    expect(languageNameIn("de", "fr")).toBe("Französisch");
    expect(languageNameIn("fr", "en")).toBe("anglais");
    expect(languageNameIn("en", "de")).toBe("German");
  });
});
