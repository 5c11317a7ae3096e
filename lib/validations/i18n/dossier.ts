import type { ValidationCatalogue } from "./types";

// The dossier's refusals: the bulk export's choice (app/(app)/reports/export-zip) and a final version refused for its
// gaps (lib/dal/dossiers/internal/finality.ts), which names each blocking gap by the English title lib/pdf/gaps.ts
// gives it; the titles are catalogued here so the refusal reads in one language.
export const DOSSIER_MESSAGES_DE: ValidationCatalogue = {
  "Choose which systems to export.": "Wählen Sie aus, welche Systeme exportiert werden sollen.",
  "Not classified: no tier, roles or obligations are determined":
    "Nicht klassifiziert: keine Stufe, Rollen oder Pflichten bestimmt",
  "Legal review required: the classification waits for legal's decision":
    "Rechtliche Prüfung erforderlich: die Klassifizierung wartet auf die Entscheidung der Rechtsabteilung",
  "Not determined yet: {n} question that decide the result is open":
    "Noch nicht bestimmt: {n} ergebnisentscheidende Frage ist offen",
  "Not determined yet: {n} questions that decide the result are open":
    "Noch nicht bestimmt: {n} ergebnisentscheidende Fragen sind offen",
  "Annex IV technical documentation: {n} of {n} sections missing or incomplete":
    "Technische Dokumentation nach Anhang IV: {n} von {n} Abschnitten fehlen oder sind unvollständig",
  "Art 6(3) assessment: not complete or not signed off by legal":
    "Bewertung nach Art 6(3): nicht vollständig oder nicht von der Rechtsabteilung freigegeben",
  "Art 6(3) assessment: not recorded": "Bewertung nach Art 6(3): nicht erfasst",
  "FRIA (Art 27): recorded but not complete": "Grundrechte-Folgenabschätzung (Art 27): erfasst, aber nicht vollständig",
  "FRIA (Art 27): not recorded": "Grundrechte-Folgenabschätzung (Art 27): nicht erfasst",
  "{n} obligation marked Done without evidence": "{n} Pflicht ohne Nachweis als erledigt markiert",
  "{n} obligations marked Done without evidence": "{n} Pflichten ohne Nachweis als erledigt markiert",
};

export const DOSSIER_MESSAGES_FR: ValidationCatalogue = {
  "Choose which systems to export.": "Choisissez les systèmes à exporter.",
  "Not classified: no tier, roles or obligations are determined":
    "Non classé : aucun niveau, rôle ni obligation déterminé",
  "Legal review required: the classification waits for legal's decision":
    "Examen juridique requis : la classification attend la décision du service juridique",
  "Not determined yet: {n} question that decide the result is open":
    "Pas encore déterminé : {n} question décisive reste ouverte",
  "Not determined yet: {n} questions that decide the result are open":
    "Pas encore déterminé : {n} questions décisives restent ouvertes",
  "Annex IV technical documentation: {n} of {n} sections missing or incomplete":
    "Documentation technique de l'annexe IV : {n} sections sur {n} manquantes ou incomplètes",
  "Art 6(3) assessment: not complete or not signed off by legal":
    "Évaluation au titre de l'Art 6(3) : incomplète ou non validée par le service juridique",
  "Art 6(3) assessment: not recorded": "Évaluation au titre de l'Art 6(3) : non enregistrée",
  "FRIA (Art 27): recorded but not complete":
    "Analyse d'impact sur les droits fondamentaux (Art 27) : enregistrée mais incomplète",
  "FRIA (Art 27): not recorded": "Analyse d'impact sur les droits fondamentaux (Art 27) : non enregistrée",
  "{n} obligation marked Done without evidence": "{n} obligation marquée terminée sans preuve",
  "{n} obligations marked Done without evidence": "{n} obligations marquées terminées sans preuve",
};

const FINAL_REFUSED =
  /^A final dossier needs every gap closed\. Still missing: (.+)\. Export a draft, or close the gaps first\.$/s;
const REGISTRATION = /^EU database registration \((.+)\): not recorded as done$/;

type Words = (list: string) => string;
const FINAL_WORDS: Record<string, Words> = {
  de: (list) =>
    `Ein endgültiges Dossier setzt voraus, dass alle Lücken geschlossen sind. Es fehlt noch: ${list}. Exportieren Sie einen Entwurf, oder schließen Sie zuerst die Lücken.`,
  fr: (list) =>
    `Un dossier définitif exige que toutes les lacunes soient comblées. Il manque encore : ${list}. Exportez un brouillon, ou comblez d'abord les lacunes.`,
};
// The registration's legal basis is a list of articles ("Art 49(2), Art 49(5)"), written the same in every language.
const REGISTRATION_WORDS: Record<string, Words> = {
  de: (basis) => `Registrierung in der EU-Datenbank (${basis}): nicht als erledigt erfasst`,
  fr: (basis) => `Enregistrement dans la base de données de l'UE (${basis}) : non enregistré comme fait`,
};

/**
 * The refusal of a final dossier in `locale`, its gaps translated one by one through `say` (the catalogues); null
 * when `english` is not that refusal. A gap no catalogue knows stays as written rather than being guessed at.
 */
export function dossierRefusalText(locale: string, english: string, say: (english: string) => string): string | null {
  const words = FINAL_WORDS[locale];
  const listed = words && FINAL_REFUSED.exec(english)?.[1];
  if (!words || listed === undefined) return null;
  const gap = (title: string): string | null => {
    const basis = REGISTRATION.exec(title)?.[1];
    if (basis !== undefined) return REGISTRATION_WORDS[locale]!(basis);
    const translated = say(title);
    return translated === title ? null : translated;
  };
  // The gaps were joined with "; ", which a registration basis may contain too ("Art 5(2); Art 49"): the shortest
  // run of pieces that is a known gap is one gap.
  const pieces = listed.split("; ");
  const gaps: string[] = [];
  for (let start = 0; start < pieces.length;) {
    let end = start + 1;
    while (end <= pieces.length && gap(pieces.slice(start, end).join("; ")) === null) end++;
    if (end > pieces.length) {
      gaps.push(pieces[start]!);
      start += 1;
      continue;
    }
    gaps.push(gap(pieces.slice(start, end).join("; "))!);
    start = end;
  }
  return words(gaps.join("; "));
}
