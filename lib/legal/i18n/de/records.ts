import type { Catalogue } from "@/lib/rules/i18n";

// The FRIA (Art 27), the Art 6(3) assessment with its Annex VIII Section B data, and why each record applies, in the
// words of the German version of the Act (Betreiber, Anbieter, Zweckbestimmung, Marktüberwachungsbehörde).
export const RECORDS: Catalogue = {
  "(a) Processes in which the system is used": "(a) Verfahren, in denen das System verwendet wird",
  "The deployer's processes, in line with the intended purpose.":
    "Die Verfahren des Betreibers, im Einklang mit der Zweckbestimmung.",
  "(b) Period of use": "(b) Zeitraum der Verwendung",
  "For example “from 1 March 2027, indefinitely”.": "Zum Beispiel „ab 1. März 2027, unbefristet“.",
  "(b) Frequency of use": "(b) Häufigkeit der Verwendung",
  "For example “about 400 applications a day”.": "Zum Beispiel „etwa 400 Bewerbungen pro Tag“.",
  "(c) Categories of persons and groups affected": "(c) Kategorien betroffener natürlicher Personen und Gruppen",
  "(d) Specific risks of harm to them": "(d) Spezifische Schadensrisiken für sie",
  "Taking into account the provider's information under Art 13.":
    "Unter Berücksichtigung der Informationen des Anbieters nach Art 13.",
  "(e) Human-oversight measures": "(e) Maßnahmen der menschlichen Aufsicht",
  "As set out in the instructions for use.": "Wie in der Betriebsanleitung beschrieben.",
  "(f) Measures if the risks materialise": "(f) Maßnahmen bei Eintritt der Risiken",
  "Including internal governance.": "Einschließlich der internen Governance.",
  "(f) Complaint mechanisms": "(f) Beschwerdemechanismen",
  "Data protection impact assessment": "Datenschutz-Folgenabschätzung",
  "Art 27(4) lets the FRIA cross-reference or incorporate the DPIA.":
    "Nach Art 27(4) kann die Grundrechte-Folgenabschätzung auf die Datenschutz-Folgenabschätzung verweisen oder sie einbeziehen.",
  "Date of notification": "Datum der Mitteilung",
  "The results go to the market surveillance authority on the AI Office template (Art 27(3)).":
    "Die Ergebnisse werden der Marktüberwachungsbehörde mit der Vorlage des Büros für Künstliche Intelligenz mitgeteilt (Art 27(3)).",
  "Market surveillance authority": "Marktüberwachungsbehörde",
  Reference: "Aktenzeichen",
  "The authority's case number or your letter's reference.":
    "Das Aktenzeichen der Behörde oder das Zeichen Ihres Schreibens.",
  "Art 6(3) condition relied on": "Herangezogene Bedingung nach Art 6(3)",
  "(a) A narrow procedural task": "(a) Eine eng gefasste Verfahrensaufgabe",
  "(b) Improves the result of a completed human activity":
    "(b) Verbessert das Ergebnis einer zuvor abgeschlossenen menschlichen Tätigkeit",
  "(c) Detects decision patterns or deviations, with proper human review":
    "(c) Erkennt Entscheidungsmuster oder Abweichungen, mit angemessener menschlicher Überprüfung",
  "(d) A preparatory task to an assessment": "(d) Eine vorbereitende Aufgabe für eine Bewertung",
  "Why the condition holds": "Warum die Bedingung erfüllt ist",
  "Explain why the system does not materially influence the outcome of decision-making. The burden of proof is on the provider.":
    "Erläutern Sie, warum das System das Ergebnis der Entscheidungsfindung nicht wesentlich beeinflusst. Die Beweislast trägt der Anbieter.",
  "Profiling check": "Prüfung auf Profiling",
  "An Annex III system that profiles natural persons is always high-risk (Art 6(3), third subparagraph).":
    "Ein System nach Anhang III, das Profiling natürlicher Personen vornimmt, gilt stets als hochriskant (Art 6(3) Unterabsatz 3).",
  "No: it does not profile natural persons": "Nein: es nimmt kein Profiling natürlicher Personen vor",
  "Yes: it profiles natural persons": "Ja: es nimmt Profiling natürlicher Personen vor",
  "Why the system does or does not profile": "Warum das System Profiling vornimmt oder nicht",
  "Which personal aspects it evaluates or predicts, if any (Art 3(52), GDPR Art 4(4)).":
    "Welche persönlichen Aspekte es bewertet oder vorhersagt, falls überhaupt (Art 3(52), DSGVO Art 4(4)).",
  "Date of the assessment": "Datum der Bewertung",
  "It must be documented before the system is placed on the market or put into service (Art 6(4)).":
    "Sie ist vor dem Inverkehrbringen oder der Inbetriebnahme des Systems zu dokumentieren (Art 6(4)).",
  "Provider name": "Name des Anbieters",
  "Provider address and contact details": "Anschrift und Kontaktdaten des Anbieters",
  "Trade name": "Handelsname",
  "And any other reference that identifies the system.":
    "Sowie jede weitere Angabe, die die Identifizierung des Systems ermöglicht.",
  "Intended purpose": "Zweckbestimmung",
  Status: "Status",
  "On the market": "In Verkehr",
  "In service": "In Betrieb",
  "No longer placed on the market or in service": "Nicht mehr in Verkehr oder in Betrieb",
  Recalled: "Zurückgerufen",
  "EU database registration number": "Registrierungsnummer in der EU-Datenbank",
  "Once registered under Art 49(2).": "Sobald das System nach Art 49(2) registriert ist.",
  // Why a record applies or not (lib/legal/applicability).
  "Classify the system first: whether the law asks for this record depends on the classification.":
    "Klassifizieren Sie das System zuerst: Ob das Gesetz diesen Eintrag verlangt, hängt von der Klassifizierung ab.",
  "The current classification is not high-risk, so no Annex IV technical documentation is required (Art 11 applies to high-risk systems only).":
    "Die aktuelle Klassifizierung ist nicht hochriskant, daher ist keine technische Dokumentation nach Anhang IV erforderlich (Art 11 gilt nur für Hochrisiko-KI-Systeme).",
  "Your organisation is the provider of a high-risk system: it must draw up this documentation before placing the system on the market or putting it into service (Art 11(1)).":
    "Ihre Organisation ist Anbieter eines Hochrisiko-KI-Systems: Sie muss diese Dokumentation vor dem Inverkehrbringen oder der Inbetriebnahme des Systems erstellen (Art 11(1)).",
  "The classification relies on an Art 6(3) condition, so the assessment must be documented before the system is placed on the market or put into service, and the system registered (Art 6(4), Art 49(2)).":
    "Die Klassifizierung stützt sich auf eine Bedingung nach Art 6(3). Die Bewertung ist daher vor dem Inverkehrbringen oder der Inbetriebnahme zu dokumentieren und das System zu registrieren (Art 6(4), Art 49(2)).",
  "The classification does not rely on an Art 6(3) condition. This record is only needed where a provider claims that an Annex III system is not high-risk.":
    "Die Klassifizierung stützt sich auf keine Bedingung nach Art 6(3). Dieser Eintrag ist nur nötig, wenn ein Anbieter geltend macht, dass ein System nach Anhang III nicht hochriskant ist.",
  "Art 27 requires a fundamental rights impact assessment before this system is first used, and the market surveillance authority must be notified of its results.":
    "Art 27 verlangt vor der ersten Verwendung dieses Systems eine Grundrechte-Folgenabschätzung, und die Marktüberwachungsbehörde ist über ihre Ergebnisse zu unterrichten.",
  "The current classification does not require a FRIA. Art 27 applies to deployers of Annex III high-risk systems that are public bodies or provide public services, and to any deployer of credit-scoring or life and health insurance pricing systems (Annex III 5(b), 5(c)).":
    "Die aktuelle Klassifizierung verlangt keine Grundrechte-Folgenabschätzung. Art 27 gilt für Betreiber von Hochrisiko-KI-Systemen nach Anhang III, die Einrichtungen des öffentlichen Rechts sind oder öffentliche Dienste erbringen, sowie für jeden Betreiber von Systemen zur Kreditwürdigkeitsprüfung oder zur Preisbildung bei Lebens- und Krankenversicherungen (Anhang III 5(b), 5(c)).",
  "This system profiles natural persons, so it is always high-risk (Art 6(3), third subparagraph). The derogation is unavailable and the assessment cannot be signed off.":
    "Dieses System nimmt Profiling natürlicher Personen vor und gilt daher stets als hochriskant (Art 6(3) Unterabsatz 3). Die Ausnahme steht nicht zur Verfügung, und die Bewertung kann nicht freigegeben werden.",
  // The roles named in the reason a non-provider reads (ROLE_LABELS, lower-cased there).
  provider: "Anbieter",
  deployer: "Betreiber",
  importer: "Einführer",
  distributor: "Händler",
  "authorised representative": "Bevollmächtigter",
  "product manufacturer": "Produkthersteller",
  none: "keine",
};

/** "Your organisation is not the provider … (its roles: {roles}) …", with the roles already translated. */
export const notProviderReason = (roles: string): string =>
  `Ihre Organisation ist nicht Anbieter dieses Hochrisiko-KI-Systems (ihre Rollen: ${roles}). Der Anbieter erstellt die Dokumentation nach Anhang IV; fordern Sie bei ihm die Betriebsanleitung an (Art 13).`;
