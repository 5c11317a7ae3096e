import type { Catalogue } from "../../types";

// The "exclusions" group of lib/rules/questionnaire/groups/exclusions.ts, keyed by the English text.
export const EXCLUSIONS: Catalogue = {
  Exclusions: "Ausnahmen",
  "Is the system used for military, defence or national-security purposes?":
    "Wird das System für militärische Zwecke, Verteidigungszwecke oder Zwecke der nationalen Sicherheit verwendet?",
  "Only systems used exclusively for these purposes are excluded. Dual use, or later civilian or law-enforcement use, brings the system back into scope. For example: a drone-vision model sold only to an army is excluded; the same model also sold to farmers is not.":
    "Ausgenommen sind nur Systeme, die ausschließlich für diese Zwecke verwendet werden. Doppelte Verwendung oder eine spätere zivile oder polizeiliche Verwendung bringt das System zurück in den Anwendungsbereich. Zum Beispiel: Ein Drohnen-Bildverarbeitungsmodell, das nur an eine Armee verkauft wird, ist ausgenommen; dasselbe Modell, das auch an Landwirte verkauft wird, nicht.",
  "Your product owner or sales lead, who knows every customer and market the system is offered to.":
    "Ihr Product Owner oder Ihre Vertriebsleitung, die jeden Kunden und Markt kennen, dem das System angeboten wird.",
  "Exclusively for those purposes": "Ausschließlich für diese Zwecke",
  "Partly (dual use)": "Teilweise (doppelte Verwendung)",
  No: "Nein",
  "Are you a non-EU public authority or international body using it under an agreement with the EU on police or judicial cooperation?":
    "Sind Sie eine Behörde außerhalb der EU oder eine internationale Organisation, die es im Rahmen eines Abkommens mit der EU über polizeiliche oder justizielle Zusammenarbeit verwendet?",
  "Art 2(4) excludes third-country public authorities and international organisations using AI under an international law-enforcement or judicial cooperation agreement with the EU or a Member State. For example: a non-EU police force exchanging data with Europol under a cooperation agreement.":
    "Art 2(4) nimmt Behörden von Drittländern und internationale Organisationen aus, die KI im Rahmen eines internationalen Abkommens über Strafverfolgung oder justizielle Zusammenarbeit mit der EU oder einem Mitgliedstaat verwenden. Zum Beispiel: eine Polizei außerhalb der EU, die im Rahmen eines Kooperationsabkommens Daten mit Europol austauscht.",
  "Your legal or international-affairs team, who know the agreements your organisation works under.":
    "Ihr Rechts- oder Internationales Team, das die Abkommen kennt, unter denen Ihre Organisation arbeitet.",
  "Does that agreement provide adequate safeguards for fundamental rights and freedoms?":
    "Bietet dieses Abkommen angemessene Garantien für die Grundrechte und Grundfreiheiten?",
  "Without adequate safeguards the exclusion does not apply. For example: an agreement with data-protection, oversight and redress clauses.":
    "Ohne angemessene Garantien gilt die Ausnahme nicht. Zum Beispiel: ein Abkommen mit Klauseln zu Datenschutz, Aufsicht und Rechtsbehelfen.",
  "Your legal team, from the text of the cooperation agreement.":
    "Ihre Rechtsabteilung, anhand des Textes des Kooperationsabkommens.",
  "Was it built and used only for scientific research, with no commercial or operational use?":
    "Wurde es nur für wissenschaftliche Forschung entwickelt und verwendet, ohne kommerzielle oder betriebliche Nutzung?",
  "Art 2(6) excludes systems specifically developed and put into service for the sole purpose of scientific research and development. R&D that is part of a commercial product roadmap does not qualify. For example: a university lab's protein-folding model used only in its own studies qualifies; a bank's research prototype meant to become a product does not.":
    "Art 2(6) nimmt Systeme aus, die eigens für den alleinigen Zweck der wissenschaftlichen Forschung und Entwicklung entwickelt und in Betrieb genommen werden. F&E, die Teil einer kommerziellen Produkt-Roadmap ist, zählt nicht. Zum Beispiel: Das Proteinfaltungsmodell eines Universitätslabors, das nur in dessen eigenen Studien verwendet wird, zählt; der Forschungsprototyp einer Bank, der ein Produkt werden soll, nicht.",
  "The research lead who runs the project, or the product owner if it is planned to become a product.":
    "Die Forschungsleitung des Projekts oder der Product Owner, wenn daraus ein Produkt werden soll.",
  "Is it still only in research, testing or development, and not yet being prepared for launch or for real use?":
    "Ist es noch ausschließlich in Forschung, Test oder Entwicklung, und wird weder der Start noch eine echte Nutzung vorbereitet?",
  "Research, testing and development before placing on the market or putting into service are excluded (Art 2(8)), but testing in real-world conditions is not. If you are preparing to launch or to start using it for real, answer No: the result then shows the duties that apply from launch, several of which must be met before it. For example: an experiment on historical data in a sandbox is still in research; a system with a launch date and a rollout plan is about to launch.":
    "Forschung, Tests und Entwicklung vor dem Inverkehrbringen oder der Inbetriebnahme sind ausgenommen (Art 2(8)), Tests unter Realbedingungen jedoch nicht. Wenn Sie den Start oder die echte Nutzung vorbereiten, antworten Sie mit Nein: Das Ergebnis zeigt dann die Pflichten, die ab dem Start gelten, von denen mehrere schon davor erfüllt sein müssen. Zum Beispiel: Ein Experiment mit historischen Daten in einer Sandbox ist noch Forschung; ein System mit Starttermin und Einführungsplan steht kurz vor dem Start.",
  "Your product owner, who knows the launch plan.": "Ihr Product Owner, der den Einführungsplan kennt.",
  "Is it being tried out with real people or in real operations, outside the lab?":
    "Wird es außerhalb des Labors mit echten Menschen oder im echten Betrieb erprobt?",
  "Testing in real-world conditions is governed by Arts 57-61 and 60a and is not excluded, even before launch. For example: a pilot in which a few branches use the system on real customer applications is real-world testing; tests on stored data in a sandbox are not.":
    "Tests unter Realbedingungen sind in Art 57-61 und 60a geregelt und nicht ausgenommen, auch nicht vor dem Start. Zum Beispiel: Ein Pilotprojekt, in dem einige Filialen das System bei echten Kundenanträgen verwenden, ist ein Test unter Realbedingungen; Tests mit gespeicherten Daten in einer Sandbox nicht.",
  "Your product owner or the project lead running the pilot.":
    "Ihr Product Owner oder die Projektleitung des Pilotprojekts.",
  "Is the system released under a free and open-source licence?":
    "Wird das System unter einer freien und quelloffenen Lizenz veröffentlicht?",
  "The open-source exclusion is lost if the system is high-risk, a prohibited practice, or subject to the Art 50 transparency duties. For example: a system published on GitHub under the Apache 2.0 or MIT licence.":
    "Die Open-Source-Ausnahme entfällt, wenn das System hochriskant oder eine verbotene Praktik ist oder den Transparenzpflichten nach Art 50 unterliegt. Zum Beispiel: ein auf GitHub unter der Apache-2.0- oder MIT-Lizenz veröffentlichtes System.",
  "Your engineering lead or open-source programme office, from the licence the system is published under.":
    "Ihre technische Leitung oder Ihr Open-Source-Programmbüro, anhand der Lizenz, unter der das System veröffentlicht ist.",
};
