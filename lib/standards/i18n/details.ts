import { ruleText } from "@/lib/rules/i18n";
import type { Locale } from "@/lib/i18n/locales";
import type { TargetCoverage } from "../coverage";
import { dutyTemplateTitle, dutyTitle, targetLabel } from "../soa";
import type { Target } from "../types";

// The crosswalk's coverage details (lib/standards/coverage.ts words them in English, which the API answers with) in
// German and French: what evidences a control and how far. Each language words the same counts in its own order.

type Counts = { done: number; total: number };
type DetailWords = {
  register: Record<Exclude<Target["kind"], "obligation">, string>;
  /** After the article in a table row: "Art 10: 1 von 2 belegt". */
  shortOf: Record<Target["kind"], (c: Counts) => string>;
  nothingYet: string;
  nobodyAssigned: string;
  noDuty: string;
  duties: (d: { evidenced: number; total: number; inProgress: number; notStarted: number }) => string;
  noHighRisk: string;
  withRiskRegister: (c: Counts) => string;
  nobodyOperates: string;
  noSystem: string;
  trained: (c: Counts) => string;
  classified: (c: { classified: number; systems: number }) => string;
};

const of = (n: number, one: string, other: string) => (n === 1 ? one : other);

const DE: DetailWords = {
  register: {
    risk: "Risikoregister der Hochrisiko-KI-Systeme",
    literacy: "KI-Kompetenz-Register",
    inventory: "Klassifiziertes Inventar",
  },
  shortOf: {
    obligation: ({ done, total }) => `${done} von ${total} belegt`,
    risk: ({ done, total }) => `${done} von ${total} mit Risikoregister`,
    literacy: ({ done, total }) => `${done} von ${total} geschult`,
    inventory: ({ done, total }) => `${done} von ${total} klassifiziert`,
  },
  nothingYet: "noch nichts",
  nobodyAssigned: "niemand zugewiesen",
  noDuty: "Kein System hat diese Pflicht",
  duties: (d) =>
    `${d.evidenced} von ${d.total} mit Nachweis erledigt, ${d.inProgress} in Bearbeitung oder ohne Nachweis, ${d.notStarted} nicht begonnen`,
  noHighRisk: "Kein Hochrisiko-KI-System",
  withRiskRegister: ({ done, total }) =>
    `Risikoregister für ${done} von ${total} ${of(total, "Hochrisiko-KI-System", "Hochrisiko-KI-Systemen")}`,
  nobodyOperates: "Niemand ist als Bediener oder Aufsichtsperson eines Systems erfasst",
  noSystem: "Kein KI-System",
  trained: ({ done, total }) => `${done} von ${total} Bedienenden und Aufsichtspersonen geschult`,
  classified: ({ classified, systems }) =>
    `${classified} von ${systems} ${of(systems, "System", "Systemen")} klassifiziert`,
};

const FR: DetailWords = {
  register: {
    risk: "Registre des risques des systèmes d'IA à haut risque",
    literacy: "Registre de maîtrise de l'IA",
    inventory: "Inventaire classifié",
  },
  shortOf: {
    obligation: ({ done, total }) => `${done} sur ${total} ${of(done, "prouvée", "prouvées")}`,
    risk: ({ done, total }) => `${done} sur ${total} avec registre des risques`,
    literacy: ({ done, total }) => `${done} sur ${total} ${of(done, "formé", "formés")}`,
    inventory: ({ done, total }) => `${done} sur ${total} ${of(done, "classifié", "classifiés")}`,
  },
  nothingYet: "rien pour l'instant",
  nobodyAssigned: "personne d'affecté",
  noDuty: "Aucun système n'a cette obligation",
  duties: (d) =>
    `${d.evidenced} sur ${d.total} ${of(d.evidenced, "terminée", "terminées")} avec preuve, ${d.inProgress} en cours ou sans preuve, ${d.notStarted} non ${of(d.notStarted, "commencée", "commencées")}`,
  noHighRisk: "Aucun système d'IA à haut risque",
  withRiskRegister: ({ done, total }) =>
    `Registre des risques tenu pour ${done} sur ${total} ${of(total, "système d'IA à haut risque", "systèmes d'IA à haut risque")}`,
  nobodyOperates: "Personne n'est enregistré comme opérateur ou superviseur d'un système",
  noSystem: "Aucun système d'IA",
  trained: ({ done, total }) => `${done} sur ${total} opérateurs et superviseurs ${of(done, "formé", "formés")}`,
  classified: ({ classified, systems }) =>
    `${classified} sur ${systems} ${of(systems, "système", "systèmes")} ${of(classified, "classifié", "classifiés")}`,
};

const WORDS: Partial<Record<Locale, DetailWords>> = { de: DE, fr: FR };

// Translated whole, as the rule set's catalogue knows it, then without its route in brackets as the English drops it.
function dutyTitleIn(locale: Locale, code: string): string {
  const whole = dutyTemplateTitle(code);
  const translated = ruleText(locale, whole);
  return whole === dutyTitle(code) ? translated : translated.replace(/ \([^)]*\)$/, "");
}

/** "Qualitätsmanagementsystem (Art 17)": a duty by its rule-set title, a register by its name. */
export function targetLabelIn(locale: Locale, target: Target): string {
  const w = WORDS[locale];
  if (!w) return targetLabel(target);
  const name = target.kind === "obligation" ? dutyTitleIn(locale, target.code) : w.register[target.kind];
  return `${name} (${target.article})`;
}

// Literacy with nobody assigned is the one gap counted out of nothing (coverage.ts).
const nobody = (c: TargetCoverage) => c.target.kind === "literacy" && c.total === 0 && c.status === "gap";

/** A row's few words: "Art 10: 1 von 2 belegt". */
export function targetShortIn(locale: Locale, c: TargetCoverage): string {
  const w = WORDS[locale];
  if (!w) return c.short;
  const words = nobody(c) ? w.nobodyAssigned : c.total === 0 ? w.nothingYet : w.shortOf[c.target.kind](c);
  return `${c.target.article}: ${words}`;
}

/** The sentence a control's own view shows beside each record that evidences it. */
export function targetDetailIn(locale: Locale, c: TargetCoverage): string {
  const w = WORDS[locale];
  if (!w) return c.detail;
  switch (c.target.kind) {
    case "obligation":
      return !c.duties || c.duties.total === 0 ? w.noDuty : w.duties(c.duties);
    case "risk":
      return c.total === 0 ? w.noHighRisk : w.withRiskRegister(c);
    case "literacy":
      return nobody(c) ? w.nobodyOperates : c.total === 0 ? w.noSystem : w.trained(c);
    case "inventory":
      return w.classified({ classified: c.done, systems: c.total });
  }
}
