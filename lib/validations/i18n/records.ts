import type { ValidationCatalogue } from "./types";

// What saving and signing off a legal record answers (lib/dal/legal-records), read in the person's language when the
// action returns it. The profiling refusal is the same sentence the derogation editor shows (lib/legal/profiling).
export const RECORD_MESSAGES_DE: ValidationCatalogue = {
  "Write and save the assessment before signing it off.":
    "Verfassen und speichern Sie die Bewertung, bevor Sie sie freigeben.",
  "Complete the assessment and its registration data, tick “Complete” and save, then sign it off.":
    "Vervollständigen Sie die Bewertung und ihre Registrierungsdaten, setzen Sie „Vollständig“ und speichern Sie; geben Sie sie dann frei.",
  "Classify the system before signing off its Art 6(3) assessment.":
    "Klassifizieren Sie das System, bevor Sie seine Bewertung nach Art 6(3) freigeben.",
  "This system profiles natural persons, so it is always high-risk (Art 6(3), third subparagraph). The derogation is unavailable and the assessment cannot be signed off.":
    "Dieses System nimmt Profiling natürlicher Personen vor und gilt daher stets als hochriskant (Art 6(3) Unterabsatz 3). Die Ausnahme steht nicht zur Verfügung, und die Bewertung kann nicht freigegeben werden.",
  "Choose an owner from your organisation.": "Wählen Sie eine verantwortliche Person aus Ihrer Organisation.",
  "Link only evidence of this system.": "Verknüpfen Sie nur Nachweise dieses Systems.",
};

export const RECORD_MESSAGES_FR: ValidationCatalogue = {
  "Write and save the assessment before signing it off.": "Rédigez et enregistrez l'évaluation avant de la valider.",
  "Complete the assessment and its registration data, tick “Complete” and save, then sign it off.":
    "Complétez l'évaluation et ses données d'enregistrement, cochez « Complet » et enregistrez, puis validez-la.",
  "Classify the system before signing off its Art 6(3) assessment.":
    "Classifiez le système avant de valider son évaluation au titre de l'Art 6(3).",
  "This system profiles natural persons, so it is always high-risk (Art 6(3), third subparagraph). The derogation is unavailable and the assessment cannot be signed off.":
    "Ce système effectue un profilage de personnes physiques : il est donc toujours considéré à haut risque (Art 6(3), troisième alinéa). La dérogation n'est pas possible et l'évaluation ne peut pas être validée.",
  "Choose an owner from your organisation.": "Choisissez un responsable au sein de votre organisation.",
  "Link only evidence of this system.": "Ne liez que des preuves de ce système.",
};
