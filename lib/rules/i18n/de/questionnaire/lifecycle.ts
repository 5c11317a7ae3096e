import type { Catalogue } from "../../types";

// The "lifecycle" group of lib/rules/questionnaire/groups/lifecycle.ts, keyed by the English text.
export const LIFECYCLE: Catalogue = {
  "Market status": "Marktstatus",
  "Has the system or model already been launched: offered to customers, or taken into regular use?":
    "Wurde das System oder Modell bereits gestartet: Kunden angeboten oder in den regulären Betrieb genommen?",
  "This asks whether it has been placed on the market (first made available in the EU, paid or free) or put into service (supplied for first use, including your own use). Transitional rules depend on when that first happened. A pilot with real users before launch is real-world testing, not a launch. For example: a SaaS feature switched on for all customers in March 2026, or a tool your own staff have used since then. For a system built on another provider's model, answer for your system, not the model. If you offer a model and a system on it, answer for whichever came first (usually the model).":
    "Gefragt ist, ob es in Verkehr gebracht (erstmals in der EU bereitgestellt, entgeltlich oder unentgeltlich) oder in Betrieb genommen wurde (zum Erstgebrauch bereitgestellt, auch für den Eigengebrauch). Übergangsregeln hängen davon ab, wann das erstmals geschah. Ein Pilotprojekt mit echten Nutzern vor dem Start ist ein Test unter Realbedingungen, kein Start. Zum Beispiel: eine SaaS-Funktion, die im März 2026 für alle Kunden freigeschaltet wurde, oder ein Tool, das Ihre eigenen Beschäftigten seitdem nutzen. Bei einem System, das auf dem Modell eines anderen Anbieters aufbaut, antworten Sie für Ihr System, nicht für das Modell. Wenn Sie ein Modell und ein System darauf anbieten, antworten Sie für das, was zuerst kam (meist das Modell).",
  "Your product owner or release manager, from the release history.":
    "Ihr Product Owner oder Release Manager, anhand der Release-Historie.",
  "When was it first launched (offered to customers or taken into use)?":
    "Wann wurde es erstmals gestartet (Kunden angeboten oder in Betrieb genommen)?",
  "The date it was first placed on the market or put into service. Systems placed before the application dates benefit from transitional rules. For example: the general-availability date in your release notes. For a model and a system on it, give the earlier date; the system's own date is asked next.":
    "Das Datum, an dem es erstmals in Verkehr gebracht oder in Betrieb genommen wurde. Systeme, die vor den Geltungsbeginnen in Verkehr gebracht wurden, profitieren von Übergangsregeln. Zum Beispiel: das Datum der allgemeinen Verfügbarkeit in Ihren Release Notes. Bei einem Modell und einem System darauf geben Sie das frühere Datum an; das eigene Datum des Systems wird als Nächstes gefragt.",
  "Your product owner or release manager, from the release notes or the first customer contract.":
    "Ihr Product Owner oder Release Manager, anhand der Release Notes oder des ersten Kundenvertrags.",
  "Has the application built on your model been launched yet?":
    "Wurde die Anwendung, die auf Ihrem Modell aufbaut, bereits gestartet?",
  "Asks whether the AI system itself has been placed on the market or put into service. The system's own transitional rules, such as the grace period for marking generated content, follow the system's date, not the model's. For example: you released the model's weights in 2025 but the chat app on it only in 2026.":
    "Gefragt ist, ob das KI-System selbst in Verkehr gebracht oder in Betrieb genommen wurde. Die eigenen Übergangsregeln des Systems, etwa die Schonfrist für die Kennzeichnung erzeugter Inhalte, richten sich nach dem Datum des Systems, nicht nach dem des Modells. Zum Beispiel: Sie haben die Gewichte des Modells 2025 veröffentlicht, die Chat-App darauf aber erst 2026.",
  "Your product owner or release manager, from the application's release history.":
    "Ihr Product Owner oder Release Manager, anhand der Release-Historie der Anwendung.",
  "When was the application itself first launched?": "Wann wurde die Anwendung selbst erstmals gestartet?",
  "The date the AI system was first placed on the market or put into service. For example, the launch date of the application, even if the model was released earlier.":
    "Das Datum, an dem das KI-System erstmals in Verkehr gebracht oder in Betrieb genommen wurde. Zum Beispiel das Startdatum der Anwendung, auch wenn das Modell früher veröffentlicht wurde.",
  "Your product owner or release manager, from the application's release notes.":
    "Ihr Product Owner oder Release Manager, anhand der Release Notes der Anwendung.",
  "Has its design changed significantly since launch, or will it?":
    "Hat sich seine Konzeption seit dem Start erheblich verändert, oder wird sie das?",
  "Legacy high-risk systems come under the Act once their design changes significantly after the application date. For example: a new model architecture, new input data types or a new purpose; bug fixes and routine updates that keep the same design usually are not.":
    "Bestehende Hochrisiko-Systeme fallen unter die Verordnung, sobald sich ihre Konzeption nach dem Geltungsbeginn erheblich ändert. Zum Beispiel: eine neue Modellarchitektur, neue Arten von Eingabedaten oder ein neuer Zweck; Fehlerbehebungen und Routine-Updates bei gleicher Konzeption in der Regel nicht.",
  "The engineering lead, from the change log and the product roadmap.":
    "Die technische Leitung, anhand des Änderungsprotokolls und der Produkt-Roadmap.",
  "Is it part of one of the EU's large border, migration or criminal-records IT systems (SIS, VIS, Eurodac, EES, ETIAS, ECRIS-TCN)?":
    "Ist es Teil eines der großen IT-Systeme der EU für Grenzen, Migration oder Strafregister (SIS, VIS, Eurodac, EES, ETIAS, ECRIS-TCN)?",
  "These are the large-scale IT systems listed in Annex X. Their AI components placed on the market before 2 August 2027 must comply by 31 December 2030. For example: a matching component of the Entry/Exit System used at Schengen borders.":
    "Dies sind die in Anhang X aufgeführten IT-Großsysteme. Ihre KI-Komponenten, die vor dem 2. August 2027 in Verkehr gebracht wurden, müssen die Anforderungen bis zum 31. Dezember 2030 erfüllen. Zum Beispiel: eine Abgleichkomponente des Einreise-/Ausreisesystems an den Schengen-Grenzen.",
  "The IT programme manager who runs your national connection to the EU system.":
    "Die IT-Programmleitung, die Ihre nationale Anbindung an das EU-System betreibt.",
};
