import type { Catalogue } from "../../types";

// The "derogation" group of lib/rules/questionnaire/groups/derogation.ts, keyed by the English text.
export const DEROGATION: Catalogue = {
  "Art 6(3) derogation": "Ausnahme nach Art 6(3)",
  "Does any of these describe the system, so that it does not really shape the decision about a person?":
    "Trifft eines davon auf das System zu, sodass es die Entscheidung über eine Person nicht wirklich prägt?",
  "An Annex III system is not high-risk if at least one holds and it does not materially influence the outcome of decision-making. Leave empty if none applies. For example: a tool that only converts CVs into a standard format is a narrow procedural task; one that polishes the wording of a letter a caseworker already wrote improves a completed human activity. Commission guidelines on these conditions are still in draft.":
    "Ein System nach Anhang III ist nicht hochriskant, wenn mindestens eine Bedingung erfüllt ist und es das Ergebnis der Entscheidungsfindung nicht wesentlich beeinflusst. Leer lassen, wenn nichts zutrifft. Zum Beispiel: Ein Tool, das Lebensläufe nur in ein Standardformat umwandelt, erfüllt eine eng gefasste Verfahrensaufgabe; eines, das die Formulierung eines bereits von einer Sachbearbeiterin geschriebenen Briefs glättet, verbessert eine abgeschlossene menschliche Tätigkeit. Die Leitlinien der Kommission zu diesen Bedingungen sind noch im Entwurf.",
  "Your product owner, with the business lead who makes the decisions the system supports.":
    "Ihr Product Owner, zusammen mit der Fachleitung, die die vom System unterstützten Entscheidungen trifft.",
  "It performs a narrow procedural task": "Es erfüllt eine eng gefasste Verfahrensaufgabe",
  "It improves the result of a previously completed human activity":
    "Es verbessert das Ergebnis einer zuvor abgeschlossenen menschlichen Tätigkeit",
  "It detects decision patterns or deviations, without replacing or influencing the human assessment without proper review":
    "Es erkennt Entscheidungsmuster oder Abweichungen, ohne die menschliche Bewertung ohne angemessene Überprüfung zu ersetzen oder zu beeinflussen",
  "It performs a preparatory task to an assessment": "Es erfüllt eine vorbereitende Aufgabe für eine Bewertung",
  "Does the system evaluate individual people automatically, for example their performance, finances, health, preferences, behaviour or location?":
    "Bewertet das System einzelne Menschen automatisch, zum Beispiel ihre Leistung, Finanzen, Gesundheit, Vorlieben, ihr Verhalten oder ihren Aufenthaltsort?",
  "This is profiling: any automated processing of personal data to evaluate, analyse or predict personal aspects of a person (GDPR Art 4(4)). An Annex III system that profiles natural persons is always high-risk, whatever the derogation conditions say. For example: predicting an applicant's job performance or a borrower's ability to repay is profiling; reformatting documents is not.":
    "Das ist Profiling: jede automatisierte Verarbeitung personenbezogener Daten, um persönliche Aspekte einer Person zu bewerten, zu analysieren oder vorherzusagen (DSGVO Art 4(4)). Ein System nach Anhang III, das Profiling natürlicher Personen vornimmt, ist immer hochriskant, was auch immer die Ausnahmebedingungen sagen. Zum Beispiel: Die Arbeitsleistung eines Bewerbers oder die Rückzahlungsfähigkeit eines Kreditnehmers vorherzusagen, ist Profiling; Dokumente neu zu formatieren, nicht.",
  "Your data-protection officer, from the record of processing for this system.":
    "Ihr Datenschutzbeauftragter, anhand des Verzeichnisses der Verarbeitungstätigkeiten für dieses System.",
  "Has the reasoning for why it is not high-risk been written down, and checked by someone qualified?":
    "Wurde die Begründung, warum es nicht hochriskant ist, schriftlich festgehalten und von einer qualifizierten Person geprüft?",
  "The assessment must be documented before placing on the market or putting into service, and the system registered in the EU database under Art 49(2). For example: a signed memo explaining why the tool is a narrow procedural task, reviewed by legal.":
    "Die Bewertung muss vor dem Inverkehrbringen oder der Inbetriebnahme dokumentiert und das System nach Art 49(2) in der EU-Datenbank registriert werden. Zum Beispiel: ein unterzeichneter Vermerk, der erklärt, warum das Tool eine eng gefasste Verfahrensaufgabe erfüllt, geprüft von der Rechtsabteilung.",
  "Your compliance officer or legal team, who keep the Art 6(3) assessment record.":
    "Ihr Compliance-Beauftragter oder Ihre Rechtsabteilung, die die Dokumentation der Bewertung nach Art 6(3) führen.",
  "Not documented yet": "Noch nicht dokumentiert",
  "Documented, not yet reviewed": "Dokumentiert, noch nicht geprüft",
  "Documented and reviewed": "Dokumentiert und geprüft",
};
