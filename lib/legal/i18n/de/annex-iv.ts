import type { Catalogue } from "@/lib/rules/i18n";

// Anhang IV of the German version of Regulation (EU) 2024/1689, shortened to the points the editor asks for.
export const ANNEX_IV: Catalogue = {
  "General description of the AI system": "Allgemeine Beschreibung des KI-Systems",
  "Purpose, provider, versions, interfaces, forms of supply and instructions for use (Annex IV point 1).":
    "Zweckbestimmung, Anbieter, Versionen, Schnittstellen, Formen der Bereitstellung und Betriebsanleitung (Anhang IV Nummer 1).",
  "(a) Intended purpose, provider and version": "(a) Zweckbestimmung, Anbieter und Version",
  "Include how this version relates to earlier ones.":
    "Geben Sie auch an, wie sich diese Version zu früheren Versionen verhält.",
  "(b) Interaction with other hardware, software or AI systems":
    "(b) Interaktion mit anderer Hardware, Software oder anderen KI-Systemen",
  "(c) Software and firmware versions and update requirements":
    "(c) Versionen der Software und Firmware und Anforderungen an Aktualisierungen",
  "(d) Forms in which it is placed on the market": "(d) Formen, in denen das System in Verkehr gebracht wird",
  "Embedded in a product, download, API, …": "In ein Produkt eingebettet, als Download, über eine API, …",
  "(e) Hardware it is intended to run on": "(e) Hardware, auf der das System betrieben werden soll",
  "(f) Photographs or illustrations": "(f) Fotografien oder Abbildungen",
  "Only where the AI system is a component of a product.": "Nur wenn das KI-System Bestandteil eines Produkts ist.",
  "(g) User interface provided to the deployer": "(g) Benutzerschnittstelle für den Betreiber",
  "(h) Instructions for use": "(h) Betriebsanleitung",
  "Link the instructions as evidence below.": "Verknüpfen Sie die Betriebsanleitung unten als Nachweis.",
  "Further notes": "Weitere Anmerkungen",
  "Anything else a notified body or authority should read with this section.":
    "Alles Weitere, was eine notifizierte Stelle oder Behörde zu diesem Abschnitt lesen sollte.",
  "Elements of the system and its development": "Bestandteile des Systems und seine Entwicklung",
  "Methods, design choices, architecture, data, oversight, changes, testing and cybersecurity (point 2).":
    "Methoden, Konzeptentscheidungen, Architektur, Daten, Aufsicht, Änderungen, Tests und Cybersicherheit (Nummer 2).",
  "(a) Development methods and steps": "(a) Methoden und Schritte der Entwicklung",
  "Including pre-trained systems or third-party tools used.":
    "Einschließlich verwendeter vortrainierter Systeme oder Werkzeuge Dritter.",
  "(b) Design specifications and key choices": "(b) Konzeptspezifikationen und wesentliche Entscheidungen",
  "Logic and algorithms, choices and their rationale, what is optimised, expected output, trade-offs.":
    "Logik und Algorithmen, Entscheidungen und ihre Begründung, was optimiert wird, erwartete Ausgabe, Zielkonflikte.",
  "(c) System architecture and compute resources": "(c) Systemarchitektur und Rechenressourcen",
  "(d) Data requirements and datasheets": "(d) Datenanforderungen und Datenblätter",
  "Training methods, datasets, provenance, selection, labelling and cleaning.":
    "Trainingsmethoden, Datensätze, Herkunft, Auswahl, Kennzeichnung und Bereinigung.",
  "(e) Assessment of human-oversight measures (Art 14)":
    "(e) Bewertung der Maßnahmen zur menschlichen Aufsicht (Art 14)",
  "(f) Pre-determined changes and how compliance is kept":
    "(f) Vorab festgelegte Änderungen und wie die Konformität gewahrt bleibt",
  "(g) Validation and testing": "(g) Validierung und Tests",
  "Procedures, data, metrics (accuracy, robustness, discrimination), dated and signed test logs.":
    "Verfahren, Daten, Kennzahlen (Genauigkeit, Robustheit, Diskriminierung), datierte und unterzeichnete Testprotokolle.",
  "(h) Cybersecurity measures": "(h) Maßnahmen zur Cybersicherheit",
  "Monitoring, functioning and control": "Überwachung, Funktionsweise und Kontrolle",
  "Capabilities and limits, foreseeable risks, oversight and input data (point 3).":
    "Fähigkeiten und Grenzen, vorhersehbare Risiken, Aufsicht und Eingabedaten (Nummer 3).",
  "Capabilities and limits of performance": "Fähigkeiten und Leistungsgrenzen",
  "Including accuracy for specific persons or groups and overall.":
    "Einschließlich der Genauigkeit für bestimmte Personen oder Gruppen und insgesamt.",
  "Foreseeable unintended outcomes and risks": "Vorhersehbare unbeabsichtigte Ergebnisse und Risiken",
  "To health, safety, fundamental rights and non-discrimination.":
    "Für Gesundheit, Sicherheit, Grundrechte und Nichtdiskriminierung.",
  "Human-oversight measures": "Maßnahmen der menschlichen Aufsicht",
  "Input-data specifications": "Spezifikationen der Eingabedaten",
  "Appropriateness of the performance metrics": "Eignung der Leistungskennzahlen",
  "Why the chosen metrics suit this system (point 4).":
    "Warum die gewählten Kennzahlen für dieses System geeignet sind (Nummer 4).",
  "Why these performance metrics are appropriate": "Warum diese Leistungskennzahlen geeignet sind",
  "Risk management system (Art 9)": "Risikomanagementsystem (Art 9)",
  "The risk management system in detail (point 5).": "Das Risikomanagementsystem im Einzelnen (Nummer 5).",
  "Description of the risk management system": "Beschreibung des Risikomanagementsystems",
  "Lifecycle changes": "Änderungen während des Lebenszyklus",
  "Relevant changes made over the lifecycle (point 6).": "Einschlägige Änderungen während des Lebenszyklus (Nummer 6).",
  "Relevant changes made by the provider": "Einschlägige Änderungen durch den Anbieter",
  "Harmonised standards applied": "Angewandte harmonisierte Normen",
  "Standards with Official Journal references, or the other solutions used (point 7).":
    "Normen mit ihren Fundstellen im Amtsblatt oder die stattdessen angewandten Lösungen (Nummer 7).",
  "With their Official Journal references; write “none” if none was applied.":
    "Mit ihren Fundstellen im Amtsblatt; schreiben Sie „keine“, wenn keine angewandt wurde.",
  "Other solutions, standards or specifications": "Andere Lösungen, Normen oder Spezifikationen",
  "Required in practice where no harmonised standard was applied.":
    "In der Praxis erforderlich, wenn keine harmonisierte Norm angewandt wurde.",
  "EU declaration of conformity (Art 47)": "EU-Konformitätserklärung (Art 47)",
  "A copy of the declaration (point 8).": "Eine Kopie der Erklärung (Nummer 8).",
  "Declaration of conformity": "Konformitätserklärung",
  "Date, signatory and reference; link the signed copy as evidence below.":
    "Datum, Unterzeichner und Referenz; verknüpfen Sie die unterzeichnete Fassung unten als Nachweis.",
  "Post-market monitoring (Art 72)": "Beobachtung nach dem Inverkehrbringen (Art 72)",
  "How performance is evaluated after placing on the market, with the monitoring plan (point 9).":
    "Wie die Leistung nach dem Inverkehrbringen bewertet wird, mit dem Plan für die Beobachtung (Nummer 9).",
  "Post-market performance evaluation system": "System zur Bewertung der Leistung nach dem Inverkehrbringen",
  "Post-market monitoring plan": "Plan für die Beobachtung nach dem Inverkehrbringen",
};
