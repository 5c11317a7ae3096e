import { createTranslator } from "use-intl/core";
import { MESSAGES } from "@/i18n/messages";
import { when } from "@/lib/i18n/english-time";
import { localNumber } from "./translate";
import type { Pattern } from "./types";

// More of the data layer's refusals with a value in them (a name, a host, a column, a count), as error-patterns.ts
// recognises its own. Names, hosts, columns and values are the person's or the file's own and stay as they are.

type Words = Record<"de" | "fr", string>;

// The English list joins its last two items with "and" (lib/dal/literacy/import-people.ts).
const AND: Words = { de: " und ", fr: " et " };
const listIn = (locale: "de" | "fr", english: string) => english.replace(/ and (?=[^,]*$)/, AND[locale]);

// The time-stamping authority's reasons (lib/pdf/timestamp.ts), before "Nothing was sealed".
const STAMP_REASONS: Record<string, Words> = {
  "The time-stamping authority refused the request or answered with something unreadable.": {
    de: "Der Zeitstempeldienst hat die Anfrage abgelehnt oder unlesbar geantwortet.",
    fr: "L'autorité d'horodatage a refusé la demande ou a répondu de façon illisible.",
  },
  "The time-stamping authority stamped something other than this signature.": {
    de: "Der Zeitstempeldienst hat etwas anderes als diese Signatur gestempelt.",
    fr: "L'autorité d'horodatage a horodaté autre chose que cette signature.",
  },
};

function stampReason(locale: "de" | "fr", english: string): string {
  const known = STAMP_REASONS[english];
  if (known) return known[locale];
  const failed = /^The time-stamping authority could not time-stamp the signature: (.+)\.$/.exec(english);
  if (!failed) return english;
  return locale === "de"
    ? `Der Zeitstempeldienst konnte die Signatur nicht mit einem Zeitstempel versehen: ${failed[1]}.`
    : `L'autorité d'horodatage n'a pas pu horodater la signature : ${failed[1]}.`;
}

// coverageSummary (lib/literacy/coverage.ts) read back and said as the Art 4 duty says it on the obligations page.
const COVERAGE = /^(\d+) of (\d+) operators? (?:or|and) overseers? trained(?:, (\d+) refreshers? overdue)?$/;

function coverageIn(locale: "de" | "fr", english: string): string {
  const t = createTranslator({ locale, messages: MESSAGES[locale], namespace: "LiteracyCoverage" });
  if (english === "No one is assigned to operate or oversee this system yet") return t("summaryNone");
  const m = COVERAGE.exec(english);
  if (!m) return english;
  const counts = { trained: Number(m[1]), total: Number(m[2]), lapsed: Number(m[3] ?? 0) };
  return counts.lapsed > 0 ? t("summaryLapsed", counts) : t("summary", counts);
}

// Papaparse's quote errors (lib/import/csv.ts), said in each language.
const QUOTE_ERRORS: Record<string, Words> = {
  "Quoted field unterminated": {
    de: "Ein Wert in Anführungszeichen wird nicht geschlossen",
    fr: "Une valeur entre guillemets n'est pas fermée",
  },
  "Trailing quote on quoted field is malformed": {
    de: "Nach einem schließenden Anführungszeichen folgt ein unerwartetes Zeichen",
    fr: "Un caractère inattendu suit un guillemet fermant",
  },
};

const plural = (n: string, one: string, many: string) => (n === "1" ? one : many);

export const VALUE_PATTERNS: Pattern[] = [
  {
    english: /^Row (\d[\d,]*): (.+)\. Check the quotes in that row\.$/,
    de: (m, l) =>
      `Zeile ${localNumber(l, m[1]!)}: ${QUOTE_ERRORS[m[2]!]?.de ?? m[2]}. Prüfen Sie die Anführungszeichen in dieser Zeile.`,
    fr: (m, l) =>
      `Ligne ${localNumber(l, m[1]!)} : ${QUOTE_ERRORS[m[2]!]?.fr ?? m[2]}. Vérifiez les guillemets de cette ligne.`,
  },
  {
    english: /^No member of this organisation has the email (.+)\.$/,
    de: (m) => `Kein Mitglied dieser Organisation hat die E-Mail-Adresse ${m[1]}.`,
    fr: (m) => `Aucun membre de cette organisation n'a l'adresse e-mail ${m[1]}.`,
  },
  {
    english: /^“(.*)” is not a value this column takes\.$/,
    de: (m) => `„${m[1]}“ ist kein Wert, den diese Spalte annimmt.`,
    fr: (m) => `« ${m[1]} » n'est pas une valeur admise dans cette colonne.`,
  },
  {
    english: /^Several AI systems are named “(.+)”: choose the one this file describes\.$/,
    de: (m) => `Mehrere KI-Systeme heißen „${m[1]}“: Wählen Sie das, welches diese Datei beschreibt.`,
    fr: (m) => `Plusieurs systèmes d'IA s'appellent « ${m[1]} » : choisissez celui que ce fichier décrit.`,
  },
  {
    english: /^Several AI systems are named “(.+)”; use the system's id instead\.$/,
    de: (m) => `Mehrere KI-Systeme heißen „${m[1]}“; verwenden Sie stattdessen die ID des Systems.`,
    fr: (m) => `Plusieurs systèmes d'IA s'appellent « ${m[1]} » ; utilisez plutôt l'identifiant du système.`,
  },
  {
    english: /^No AI system is named “(.+)”\. Use its exact name or its id\.$/,
    de: (m) => `Kein KI-System heißt „${m[1]}“. Verwenden Sie seinen genauen Namen oder seine ID.`,
    fr: (m) => `Aucun système d'IA ne s'appelle « ${m[1]} ». Utilisez son nom exact ou son identifiant.`,
  },
  {
    english: /^Already linked to (.+)\.$/,
    de: (m) => `Bereits mit ${m[1]} verknüpft.`,
    fr: (m) => `Déjà lié à ${m[1]}.`,
  },
  {
    english: /^“(.+)” already exists: merge into it instead of renaming\.$/,
    de: (m) => `„${m[1]}“ gibt es bereits: Führen Sie die Bereiche zusammen, statt umzubenennen.`,
    fr: (m) => `« ${m[1]} » existe déjà : fusionnez plutôt les deux unités au lieu de renommer.`,
  },
  {
    english: /^This override takes (\d[\d,]*) obligations? off the system\. Check the list and confirm\.$/,
    de: (m, l) =>
      `Diese Überschreibung nimmt dem System ${localNumber(l, m[1]!)} ${plural(m[1]!, "Pflicht", "Pflichten")}. Prüfen Sie die Liste und bestätigen Sie.`,
    fr: (m, l) =>
      `Ce remplacement retire ${localNumber(l, m[1]!)} ${plural(m[1]!, "obligation", "obligations")} au système. Vérifiez la liste et confirmez.`,
  },
  {
    english: /^Enter a time after (.+)\.$/,
    de: (m, l) => `Geben Sie einen Zeitpunkt nach ${when(l, m[1]!)} ein.`,
    fr: (m, l) => `Saisissez une heure postérieure au ${when(l, m[1]!)}.`,
  },
  {
    english: /^The header row needs the column(s?) (.+) \(columns: (.+)\)\.$/,
    de: (m) => `Die Kopfzeile braucht die Spalte${m[1] ? "n" : ""} ${listIn("de", m[2]!)} (Spalten: ${m[3]}).`,
    fr: (m) =>
      `L'en-tête doit contenir ${m[1] ? "les colonnes" : "la colonne"} ${listIn("fr", m[2]!)} (colonnes : ${m[3]}).`,
  },
  {
    english: /^The header row needs the column(s?) (.+)\. Start from the template\.$/,
    de: (m) => `Die Kopfzeile braucht die Spalte${m[1] ? "n" : ""} ${m[2]}. Beginnen Sie mit der Vorlage.`,
    fr: (m) => `L'en-tête doit contenir ${m[1] ? "les colonnes" : "la colonne"} ${m[2]}. Partez du modèle.`,
  },
  {
    english: /^Not a business unit\. Allowed: (.+)\.$/,
    de: (m) => `Kein Geschäftsbereich. Erlaubt: ${m[1]}.`,
    fr: (m) => `Pas une unité opérationnelle. Valeurs admises : ${m[1]}.`,
  },
  {
    english: /^(.+): say why this duty is met anyway \(at least (\d+) characters\), or train them first\.$/,
    de: (m) =>
      `${coverageIn("de", m[1]!)}: Begründen Sie, warum diese Pflicht trotzdem erfüllt ist (mindestens ${m[2]} Zeichen), oder schulen Sie die Personen zuerst.`,
    fr: (m) =>
      `${coverageIn("fr", m[1]!)} : expliquez pourquoi cette obligation est tout de même remplie (au moins ${m[2]} caractères), ou formez d'abord ces personnes.`,
  },
  {
    english: /^(.+) Nothing was sealed; try again in a moment\.$/,
    de: (m) => `${stampReason("de", m[1]!)} Es wurde nichts versiegelt; versuchen Sie es gleich noch einmal.`,
    fr: (m) => `${stampReason("fr", m[1]!)} Rien n'a été scellé ; réessayez dans un instant.`,
  },
  {
    english: /^This certificate expired on (.+); upload a current one\.$/,
    de: (m) => `Dieses Zertifikat ist am ${m[1]} abgelaufen; laden Sie ein gültiges hoch.`,
    fr: (m) => `Ce certificat a expiré le ${m[1]} ; téléversez-en un valide.`,
  },
  {
    english: /^This certificate is valid only from (.+); upload it then\.$/,
    de: (m) => `Dieses Zertifikat gilt erst ab ${m[1]}; laden Sie es dann hoch.`,
    fr: (m) => `Ce certificat n'est valable qu'à partir du ${m[1]} ; téléversez-le à ce moment-là.`,
  },
  {
    english:
      /^No TXT record found at (.+)\. Publish the record shown for this domain at your DNS provider, then verify again; new records can take a few minutes to appear\.$/,
    de: (m) =>
      `Unter ${m[1]} wurde kein TXT-Eintrag gefunden. Veröffentlichen Sie den für diese Domain angezeigten Eintrag bei Ihrem DNS-Anbieter und prüfen Sie dann erneut; neue Einträge können einige Minuten brauchen.`,
    fr: (m) =>
      `Aucun enregistrement TXT trouvé à ${m[1]}. Publiez l'enregistrement affiché pour ce domaine chez votre fournisseur DNS, puis vérifiez à nouveau ; un nouvel enregistrement peut mettre quelques minutes à apparaître.`,
  },
  {
    english:
      /^The TXT record at (.+) has the wrong value \(found “(.*)”\)\. Change it to the value shown for this domain, then verify again\.$/,
    de: (m) =>
      `Der TXT-Eintrag unter ${m[1]} hat den falschen Wert (gefunden: „${m[2]}“). Ändern Sie ihn auf den für diese Domain angezeigten Wert und prüfen Sie dann erneut.`,
    fr: (m) =>
      `L'enregistrement TXT à ${m[1]} a une valeur erronée (trouvé : « ${m[2]} »). Remplacez-la par la valeur affichée pour ce domaine, puis vérifiez à nouveau.`,
  },
  {
    english: /^Version (.+) of this model is already registered\.$/,
    de: (m) => `Version ${m[1]} dieses Modells ist bereits registriert.`,
    fr: (m) => `La version ${m[1]} de ce modèle est déjà enregistrée.`,
  },
  {
    english:
      /^(\d[\d,]*) rows name systems that match systems you already have \(or an earlier row of the file\)\. Choose whether to skip them or update the systems you have, then import again\.$/,
    de: (m, l) =>
      `${localNumber(l, m[1]!)} Zeilen nennen Systeme, die Sie bereits haben (oder frühere Zeilen der Datei). Wählen Sie, ob sie übersprungen oder die vorhandenen Systeme aktualisiert werden sollen, und importieren Sie dann erneut.`,
    fr: (m, l) =>
      `${localNumber(l, m[1]!)} lignes nomment des systèmes que vous avez déjà (ou des lignes précédentes du fichier). Choisissez de les ignorer ou de mettre à jour les systèmes existants, puis importez à nouveau.`,
  },
  {
    english: /^The file has no column “(.+)”\.$/,
    de: (m) => `Die Datei hat keine Spalte „${m[1]}“.`,
    fr: (m) => `Le fichier n'a pas de colonne « ${m[1]} ».`,
  },
  {
    english: /^The host (.+) could not be resolved\.$/,
    de: (m) => `Der Host ${m[1]} konnte nicht aufgelöst werden.`,
    fr: (m) => `L'hôte ${m[1]} n'a pas pu être résolu.`,
  },
];
