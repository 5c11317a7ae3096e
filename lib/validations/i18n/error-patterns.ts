import { isLocale, type Locale } from "@/lib/i18n/locales";
import { legalText } from "@/lib/legal/i18n";
import { when } from "@/lib/i18n/english-time";
import { localNumber } from "./translate";
import type { Pattern } from "./types";
import { VALUE_PATTERNS } from "./value-patterns";

// The data layer's refusals that name a record, a person or a time: recognised by their English shape (as
// lib/rules/i18n recognises the engine's built texts) and said again in the reader's language with the same values.

// notFound(what)'s records, with the demonstrative each language needs for them.
const RECORDS: Record<string, [de: string, fr: string]> = {
  "AI system": ["Dieses KI-System", "Ce système d'IA"],
  system: ["Dieses System", "Ce système"],
  risk: ["Dieses Risiko", "Ce risque"],
  webhook: ["Dieser Webhook", "Ce webhook"],
  obligation: ["Diese Pflicht", "Cette obligation"],
  vendor: ["Dieser Lieferant", "Ce fournisseur"],
  person: ["Diese Person", "Cette personne"],
  incident: ["Dieser Vorfall", "Cet incident"],
  dossier: ["Dieses Dossier", "Ce dossier"],
  "vendor request": ["Diese Lieferantenanfrage", "Cette demande au fournisseur"],
  "training record": ["Dieser Schulungsnachweis", "Cet enregistrement de formation"],
  policy: ["Diese Richtlinie", "Cette politique"],
  model: ["Dieses Modell", "Ce modèle"],
  "learning item": ["Dieses Lernangebot", "Ce module"],
  file: ["Diese Datei", "Ce fichier"],
  "classification run": ["Dieser Einstufungslauf", "Cette classification"],
  task: ["Diese Aufgabe", "Cette tâche"],
  report: ["Dieser Bericht", "Ce rapport"],
  "policy version": ["Diese Richtlinienversion", "Cette version de politique"],
  "policy link": ["Diese Richtlinienverknüpfung", "Ce lien de politique"],
  "monitoring breach": ["Diese Grenzwertverletzung", "Ce dépassement de seuil"],
  link: ["Dieser Link", "Ce lien"],
  framework: ["Dieses Rahmenwerk", "Ce référentiel"],
  "deployer pack": ["Dieses Betreiberpaket", "Ce dossier déployeur"],
  "control link": ["Diese Maßnahmenverknüpfung", "Ce lien de mesure"],
  "business unit": ["Dieser Geschäftsbereich", "Cette unité opérationnelle"],
  assignment: ["Diese Zuordnung", "Cette affectation"],
};

// A policy version's state as the refusal names it (lib/dal/policies/workflow.ts), as PolicyLabels words it.
const POLICY_STATES: Record<string, [de: string, fr: string]> = {
  "in approval": ["in Freigabe", "en approbation"],
  draft: ["ein Entwurf", "un brouillon"],
  approved: ["freigegeben", "approuvée"],
  published: ["veröffentlicht", "publiée"],
  retired: ["außer Kraft", "retirée"],
};

// A risk band as the acceptance refusal names it (lib/dal/risks/accept.ts), as the risk register words it.
const RISK_BANDS: Record<string, [de: string, fr: string]> = {
  low: ["niedrig", "faible"],
  medium: ["mittel", "moyen"],
  high: ["hoch", "élevé"],
  critical: ["kritisch", "critique"],
};

const someone = (who: string, de: string, fr: string) => (locale: Locale) =>
  who === "someone else" ? (locale === "de" ? de : fr) : who;

const PATTERNS: Pattern[] = [
  {
    english: /^This (.+) does not exist or belongs to another organisation\.$/,
    de: (m) => `${RECORDS[m[1]!]![0]} existiert nicht oder gehört zu einer anderen Organisation.`,
    fr: (m) => `${RECORDS[m[1]!]![1]} n'existe pas ou appartient à une autre organisation.`,
  },
  {
    english: /^Changed by (.+) at (.+ UTC|—); reload to see their changes\. Your input is still here\.$/,
    de: (m, l) =>
      `Geändert von ${someone(m[1]!, "jemand anderem", "")(l)} am ${when(l, m[2]!)}; laden Sie die Seite neu, um die Änderungen zu sehen. Ihre Eingaben sind noch da.`,
    fr: (m, l) =>
      `Modifié par ${someone(m[1]!, "", "quelqu'un d'autre")(l)} le ${when(l, m[2]!)} ; rechargez la page pour voir ces modifications. Votre saisie est conservée.`,
  },
  {
    english: /^Already signed off by (.+) at (.+)\.$/,
    de: (m, l) => `Bereits freigegeben von ${m[1]} am ${when(l, m[2]!)}.`,
    fr: (m, l) => `Déjà validé par ${m[1]} le ${when(l, m[2]!)}.`,
  },
  {
    english: /^This task was already resolved \((.+)\)\.$/,
    de: (m, l) => `Diese Aufgabe wurde bereits erledigt (${when(l, m[1]!)}).`,
    fr: (m, l) => `Cette tâche a déjà été résolue (${when(l, m[1]!)}).`,
  },
  {
    english: /^A model named “(.+)” is already registered\.$/,
    de: (m) => `Ein Modell namens „${m[1]}“ ist bereits registriert.`,
    fr: (m) => `Un modèle nommé « ${m[1]} » est déjà enregistré.`,
  },
  {
    english: /^This invitation was sent to (.+)\. Sign in with that account to accept it\.$/,
    de: (m) => `Diese Einladung wurde an ${m[1]} gesendet. Melden Sie sich mit diesem Konto an, um sie anzunehmen.`,
    fr: (m) => `Cette invitation a été envoyée à ${m[1]}. Connectez-vous avec ce compte pour l'accepter.`,
  },
  {
    english: /^“(.+)” still has (\d[\d,]*) (?:system|systems): merge it into another unit instead\.$/,
    de: (m) =>
      `„${m[1]}“ hat noch ${m[2]} ${m[2] === "1" ? "System" : "Systeme"}: führen Sie den Geschäftsbereich stattdessen mit einem anderen zusammen.`,
    fr: (m) =>
      `« ${m[1]} » a encore ${m[2]} ${m[2] === "1" ? "système" : "systèmes"} : fusionnez plutôt cette unité avec une autre.`,
  },
  {
    english:
      /^“(.+)” still has (\d[\d,]*) (?:person|people) in the AI-literacy register: merge it into another unit instead\.$/,
    de: (m) =>
      `„${m[1]}“ hat noch ${m[2]} ${m[2] === "1" ? "Person" : "Personen"} im Register der KI-Kompetenz: führen Sie den Geschäftsbereich stattdessen mit einem anderen zusammen.`,
    fr: (m) =>
      `« ${m[1]} » compte encore ${m[2]} ${m[2] === "1" ? "personne" : "personnes"} dans le registre de la maîtrise de l'IA : fusionnez plutôt cette unité avec une autre.`,
  },
  {
    english:
      /^This version is no longer (in approval|draft|approved|published|retired): reload the page to see its state\.$/,
    de: (m) =>
      `Diese Version ist nicht mehr ${POLICY_STATES[m[1]!]![0]}: laden Sie die Seite neu, um ihren Stand zu sehen.`,
    fr: (m) => `Cette version n'est plus ${POLICY_STATES[m[1]!]![1]} : rechargez la page pour voir son état.`,
  },
  {
    english:
      /^This organisation already has records \((.+)\)\. An export can only be imported into an empty organisation: create a new one under Settings → Organisation → Another organisation, switch to it, and import there\.$/,
    de: (m) =>
      `Diese Organisation hat bereits Datensätze (${m[1]}). Ein Export lässt sich nur in eine leere Organisation importieren: Legen Sie unter Einstellungen → Organisation → Weitere Organisation eine neue an, wechseln Sie zu ihr und importieren Sie dort.`,
    fr: (m) =>
      `Cette organisation contient déjà des enregistrements (${m[1]}). Un export ne peut être importé que dans une organisation vide : créez-en une sous Paramètres → Organisation → Autre organisation, passez-y et importez-y l'export.`,
  },
  {
    english:
      /^This risk is (low|medium|high|critical): only an administrator, compliance officer or legal may accept it\.$/,
    de: (m) =>
      `Dieses Risiko ist ${RISK_BANDS[m[1]!]![0]}: Nur Administrator, Compliance-Beauftragte(r) oder Recht dürfen es akzeptieren.`,
    fr: (m) =>
      `Ce risque est ${RISK_BANDS[m[1]!]![1]} : seul un administrateur, le responsable conformité ou le juridique peut l'accepter.`,
  },
  {
    english: /^The (initial|complete) report was already recorded \((.+)\)\.$/,
    de: (m, l) =>
      `${m[1] === "initial" ? "Die erste Meldung" : "Der vollständige Bericht"} wurde bereits erfasst (${when(l, m[2]!)}).`,
    fr: (m, l) =>
      `${m[1] === "initial" ? "Le premier rapport" : "Le rapport complet"} a déjà été enregistré (${when(l, m[2]!)}).`,
  },
  {
    english: /^This obligation no longer applies since (.+); it is kept for the record and cannot be changed\.$/,
    de: (m, l) =>
      `Diese Pflicht gilt seit ${when(l, m[1]!)} nicht mehr; sie bleibt zur Dokumentation erhalten und kann nicht geändert werden.`,
    fr: (m, l) =>
      `Cette obligation ne s'applique plus depuis le ${when(l, m[1]!)} ; elle est conservée pour mémoire et ne peut plus être modifiée.`,
  },
  {
    english:
      /^Explain why this (low|medium|high|critical) risk is acceptable \(at least (\d+) characters\); auditors will read it\.$/,
    de: (m) =>
      `Begründen Sie, warum dieses Risiko (${RISK_BANDS[m[1]!]![0]}) akzeptabel ist (mindestens ${m[2]} Zeichen); Prüfer werden es lesen.`,
    fr: (m) =>
      `Expliquez pourquoi ce risque ${RISK_BANDS[m[1]!]![1]} est acceptable (au moins ${m[2]} caractères) ; les auditeurs le liront.`,
  },
  {
    english:
      /^Another organisation has already verified (.+), so sign-ins from it cannot be mapped to yours\. If your company owns this domain, ask the operator of this Actlas installation for help\.$/,
    de: (m) =>
      `Eine andere Organisation hat ${m[1]} bereits bestätigt, daher können Anmeldungen von dieser Domain nicht Ihrer Organisation zugeordnet werden. Gehört die Domain Ihrem Unternehmen, wenden Sie sich an den Betreiber dieser Actlas-Installation.`,
    fr: (m) =>
      `Une autre organisation a déjà vérifié ${m[1]} : les connexions depuis ce domaine ne peuvent donc pas être rattachées à la vôtre. Si ce domaine appartient à votre entreprise, demandez de l'aide à l'exploitant de cette installation d'Actlas.`,
  },
  {
    // countPhrase and verbFor's agreement (lib/dal/systems/system-bulk.ts), said again with each language's own.
    english:
      /^(\d[\d,]*) selected AI systems? no longer exists? or belongs? to another organisation\. Nothing was changed; reload the list\.$/,
    de: (m, l) =>
      m[1] === "1"
        ? "1 ausgewähltes KI-System existiert nicht mehr oder gehört zu einer anderen Organisation. Es wurde nichts geändert; laden Sie die Liste neu."
        : `${localNumber(l, m[1]!)} ausgewählte KI-Systeme existieren nicht mehr oder gehören zu einer anderen Organisation. Es wurde nichts geändert; laden Sie die Liste neu.`,
    fr: (m, l) =>
      m[1] === "1"
        ? "1 système d'IA sélectionné n'existe plus ou appartient à une autre organisation. Rien n'a été modifié ; rechargez la liste."
        : `${localNumber(l, m[1]!)} systèmes d'IA sélectionnés n'existent plus ou appartiennent à une autre organisation. Rien n'a été modifié ; rechargez la liste.`,
  },
  {
    english: /^“(.+)” was changed by (.+) at (.+ UTC|—); reload to see their changes\. Your selection is still here\.$/,
    de: (m, l) =>
      `„${m[1]}“ wurde von ${someone(m[2]!, "jemand anderem", "")(l)} am ${when(l, m[3]!)} geändert; laden Sie die Seite neu, um die Änderungen zu sehen. Ihre Auswahl bleibt erhalten.`,
    fr: (m, l) =>
      `« ${m[1]} » a été modifié par ${someone(m[2]!, "", "quelqu'un d'autre")(l)} le ${when(l, m[3]!)} ; rechargez la page pour voir ces modifications. Votre sélection est conservée.`,
  },
  {
    // The reason is lib/legal/applicability.ts's, which the legal catalogues translate.
    english: /^This record does not apply to this system\. (.+)$/,
    de: (m, l) => `Dieser Eintrag ist für dieses System nicht vorgesehen. ${legalText(l, m[1]!)}`,
    fr: (m, l) => `Ce document n'est pas requis pour ce système. ${legalText(l, m[1]!)}`,
  },
  {
    // Where the file breaks the export's schema stays as the schema says it (a path and zod's words).
    english: /^This file is not an Actlas organisation export \(format version 1\)( \(at .+\))?\.$/,
    de: (m) =>
      `Diese Datei ist kein Actlas-Organisationsexport (Formatversion 1)${(m[1] ?? "").replace(" (at ", " (bei ")}.`,
    fr: (m) =>
      `Ce fichier n'est pas un export d'organisation Actlas (version de format 1)${(m[1] ?? "").replace(" (at ", " (à ")}.`,
  },
  {
    english: /^(.+) is already linked to (.+)\.$/,
    de: (m) => `${m[1]} ist bereits mit ${m[2]} verknüpft.`,
    fr: (m) => `${m[1]} est déjà lié à ${m[2]}.`,
  },
];

const ALL_PATTERNS = [...PATTERNS, ...VALUE_PATTERNS];

/** The refusal in `locale` when it has one of the shapes above or value-patterns.ts's (and a record this file knows), else null. */
export function errorPatternText(locale: string, english: string): string | null {
  if (!isLocale(locale) || locale === "en") return null;
  for (const pattern of ALL_PATTERNS) {
    const m = pattern.english.exec(english);
    if (!m) continue;
    if (pattern === PATTERNS[0] && !RECORDS[m[1]!]) return null;
    return pattern[locale](m, locale);
  }
  return null;
}
