import { formatDateTimeIn } from "@/lib/i18n/format";
import { isLocale, type Locale } from "@/lib/i18n/locales";

// The data layer's refusals that name a record, a person or a time: recognised by their English shape (as
// lib/rules/i18n recognises the engine's built texts) and said again in the reader's language with the same values.

type Say = (m: RegExpExecArray, locale: Locale) => string;
type Pattern = { english: RegExp; de: Say; fr: Say };

// notFound(what)'s records, with the demonstrative each language needs for them.
const RECORDS: Record<string, [de: string, fr: string]> = {
  "AI system": ["Dieses KI-System", "Ce système d'IA"],
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

// formatDateTime's English ("5 Dec 2026, 14:03 UTC") read back and written the reader's way.
function when(locale: Locale, english: string): string {
  const parsed = new Date(english.replace(",", ""));
  return Number.isNaN(parsed.getTime()) ? english : formatDateTimeIn(locale, parsed);
}

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
];

/** The refusal in `locale` when it has one of the shapes above (and a record this file knows), else null. */
export function errorPatternText(locale: string, english: string): string | null {
  if (!isLocale(locale) || locale === "en") return null;
  for (const pattern of PATTERNS) {
    const m = pattern.english.exec(english);
    if (!m) continue;
    if (pattern === PATTERNS[0] && !RECORDS[m[1]!]) return null;
    return pattern[locale](m, locale);
  }
  return null;
}
