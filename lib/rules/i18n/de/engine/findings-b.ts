import type { Catalogue } from "../../types";

// The engine's finding reasons, keyed by the English the rule set holds.
export const FINDINGS_B: Catalogue = {
  "Risk assessment and pricing in life and health insurance.":
    "Risikobewertung und Preisbildung in der Lebens- und Krankenversicherung.",
  "Annex III 5(c) covers life and health insurance only; motor and property insurance pricing is not high-risk under it.":
    "Annex III 5(c) umfasst nur die Lebens- und Krankenversicherung; die Preisbildung in der Kfz- und Sachversicherung ist danach nicht hochriskant.",
  "Security, irregular-migration or health risk assessment.":
    "Bewertung von Sicherheitsrisiken, Risiken irregulärer Migration oder Gesundheitsrisiken.",
  "Examining asylum, visa and residence-permit applications.":
    "Prüfung von Asyl-, Visum- und Aufenthaltstitelanträgen.",
  "Detecting, recognising or identifying persons.": "Aufdecken, Erkennen oder Identifizieren von Personen.",
  "Verification of travel documents is expressly excluded from Annex III 7(d).":
    "Die Überprüfung von Reisedokumenten ist von Annex III 7(d) ausdrücklich ausgenommen.",
  "You become the provider because you made a substantial modification to a high-risk system that remains high-risk, with all Art 16 duties.":
    "Sie werden zum Anbieter, weil Sie eine wesentliche Veränderung an einem Hochrisiko-System vorgenommen haben, das hochriskant bleibt, mit allen Pflichten nach Art 16.",
  "The initial provider must cooperate and hand over documentation, known limitations and technical access, unless it clearly excluded turning the system into a high-risk one.":
    "Der ursprüngliche Anbieter muss zusammenarbeiten und Dokumentation, bekannte Einschränkungen und technischen Zugang übergeben, es sei denn, er hat die Umwandlung des Systems in ein Hochrisiko-System eindeutig ausgeschlossen.",
  "Systems whose sole purpose is biometric verification (confirming a claimed identity) are excluded from Annex III 1(a).":
    "Systeme, deren einziger Zweck die biometrische Verifizierung ist (Bestätigung einer behaupteten Identität), sind von Annex III 1(a) ausgenommen.",
  "Only safety components in the management and operation of critical infrastructure are covered.":
    "Erfasst sind nur Sicherheitskomponenten im Management und Betrieb kritischer Infrastruktur.",
  "Analysing and filtering job applications.": "Analyse und Filterung von Bewerbungen.",
  "Decisions on terms of work, promotion or termination.":
    "Entscheidungen über Arbeitsbedingungen, Beförderung oder Kündigung.",
  "Purely ancillary administrative tasks (anonymisation, communication, resource allocation) are outside Annex III 8(a).":
    "Rein ergänzende Verwaltungstätigkeiten (Anonymisierung, Kommunikation, Ressourcenzuweisung) fallen nicht unter Annex III 8(a).",
  "Influencing elections, referendums or voting behaviour.": "Beeinflussung von Wahlen, Referenden oder Wahlverhalten.",
  "Tools organising or optimising political campaigns whose output people are not directly exposed to are excluded from Annex III 8(b).":
    "Werkzeuge zur Organisation oder Optimierung politischer Kampagnen, deren Ausgaben Menschen nicht unmittelbar ausgesetzt sind, sind von Annex III 8(b) ausgenommen.",
  "You become the provider because you put your name or trademark on a high-risk system already on the market, with all Art 16 duties.":
    "Sie werden zum Anbieter, weil Sie Ihren Namen oder Ihre Marke auf einem bereits in Verkehr gebrachten Hochrisiko-System angebracht haben, mit allen Pflichten nach Art 16.",
  "It is obvious to a reasonably well-informed person in context that they are interacting with AI.":
    "Es ist für eine angemessen informierte Person aus dem Kontext offensichtlich, dass sie mit einer KI interagiert.",
  "Eligibility for essential public assistance benefits and services.":
    "Anspruch auf grundlegende öffentliche Unterstützungsleistungen und -dienste.",
  "Assessing a person's risk of becoming a victim of crime.":
    "Bewertung des Risikos einer Person, Opfer einer Straftat zu werden.",
  "Polygraphs and similar tools.": "Lügendetektoren und ähnliche Instrumente.",
  "Evaluating the reliability of evidence.": "Bewertung der Verlässlichkeit von Beweismitteln.",
  "Assessing risk of offending or re-offending.": "Bewertung des Risikos einer Straftat oder erneuten Straftat.",
  "Profiling in detecting, investigating or prosecuting crime.":
    "Profiling bei der Aufdeckung, Ermittlung oder Verfolgung von Straftaten.",
  "Law-enforcement support outside points 6(a)-(e) is not an Annex III 6 use case.":
    "Unterstützung der Strafverfolgung außerhalb der Punkte 6(a)-(e) ist kein Anwendungsfall nach Annex III 6.",
  "Identifying a person from a description (clothing, height, where they were seen) uses no biometric data, so it is not biometric identification; without profiling it matches none of the Annex III 6 points.":
    "Die Identifizierung einer Person anhand einer Beschreibung (Kleidung, Größe, wo sie gesehen wurde) verwendet keine biometrischen Daten und ist daher keine biometrische Identifizierung; ohne Profiling entspricht sie keinem der Punkte von Annex III 6.",
  "The open-source exclusion does not lift the Art 6(3) position of an Annex III system: its documentation and EU-database registration remain.":
    "Die Open-Source-Ausnahme hebt die Einstufung eines Annex-III-Systems nach Art 6(3) nicht auf: Seine Dokumentation und die Registrierung in der EU-Datenbank bleiben bestehen.",
  "Components used solely for cybersecurity are not safety components.":
    "Ausschließlich für Cybersicherheit verwendete Komponenten sind keine Sicherheitskomponenten.",
  "Identifying suspects from a description by profiling them.":
    "Identifizierung Verdächtiger anhand einer Beschreibung durch Profiling.",
  "The system profiles natural persons, so it is always high-risk whatever the Art 6(3) conditions say.":
    "Das System erstellt Profile natürlicher Personen und ist daher stets hochriskant, unabhängig von den Bedingungen nach Art 6(3).",
  "It uses real-time remote biometric identification in publicly accessible spaces for law enforcement without one of the permitted objectives.":
    "Es verwendet biometrische Echtzeit-Fernidentifizierung in öffentlich zugänglichen Räumen zu Strafverfolgungszwecken ohne eines der zulässigen Ziele.",
  "Cumulative training compute above 10^25 FLOP: the model is presumed to have high-impact capabilities.":
    "Kumulierter Trainingsrechenaufwand über 10^25 FLOP: Es wird vermutet, dass das Modell Fähigkeiten mit hohem Wirkungsgrad hat.",
  "Assessing the appropriate level of education.": "Bewertung des angemessenen Bildungsniveaus.",
  "Allocating tasks based on individual behaviour or traits.":
    "Zuweisung von Aufgaben auf Grundlage individuellen Verhaltens oder persönlicher Merkmale.",
  "Monitoring and evaluating performance and behaviour.": "Überwachung und Bewertung von Leistung und Verhalten.",
  "An HR assistant that decides nothing about recruitment, terms, tasks or performance is not an Annex III 4 use case.":
    "Ein HR-Assistent, der nichts über Einstellung, Arbeitsbedingungen, Aufgaben oder Leistung entscheidet, ist kein Anwendungsfall nach Annex III 4.",
  "Emergency calls, dispatch and emergency patient triage.":
    "Notrufe, Einsatzdisposition und Triage von Notfallpatienten.",
  "Categorisation by non-sensitive traits is not Annex III 1(b).":
    "Die Kategorisierung nach nicht sensiblen Merkmalen fällt nicht unter Annex III 1(b).",
  "It is a safety component in the management and operation of critical infrastructure.":
    "Es ist eine Sicherheitskomponente im Management und Betrieb kritischer Infrastruktur.",
  "Evaluating learning outcomes.": "Bewertung von Lernergebnissen.",
  "Monitoring prohibited behaviour of students during tests.":
    "Überwachung verbotenen Verhaltens von Lernenden während Prüfungen.",
  "Education support that decides no admission, evaluation, level or proctoring is not an Annex III 3 use case.":
    "Bildungsunterstützung, die weder über Zulassung, Bewertung, Niveau noch Prüfungsaufsicht entscheidet, ist kein Anwendungsfall nach Annex III 3.",
  "Recruitment or selection of natural persons.": "Einstellung oder Auswahl natürlicher Personen.",
  "You become the provider because you changed the intended purpose of a system (including a general-purpose AI system) so that it is high-risk, with all Art 16 duties.":
    "Sie werden zum Anbieter, weil Sie die Zweckbestimmung eines Systems (einschließlich eines KI-Systems mit allgemeinem Verwendungszweck) so geändert haben, dass es hochriskant ist, mit allen Pflichten nach Art 16.",
  "For Section B systems only Arts 6(1), 60a and 102-112 apply, so Art 4 and Art 50 do not apply directly.":
    "Für Systeme nach Section B gelten nur die Arts 6(1), 60a und 102-112, daher gelten Art 4 und Art 50 nicht unmittelbar.",
  "No fundamental rights impact assessment is required for critical-infrastructure (Annex III 2) or Annex I product systems.":
    "Für Systeme kritischer Infrastruktur (Annex III 2) oder Produktsysteme nach Annex I ist keine Grundrechte-Folgenabschätzung erforderlich.",
  "Released under a free and open-source licence and neither high-risk, prohibited nor subject to Art 50.":
    "Unter einer freien und quelloffenen Lizenz veröffentlicht und weder hochriskant noch verboten noch Art 50 unterliegend.",
  "Private deployers outside public services need no FRIA, except for credit scoring and life and health insurance.":
    "Private Betreiber außerhalb öffentlicher Dienste benötigen keine Grundrechte-Folgenabschätzung, außer bei Kreditwürdigkeitsprüfung sowie Lebens- und Krankenversicherung.",
  "People exposed to emotion recognition or biometric categorisation must be informed.":
    "Personen, die einer Emotionserkennung oder biometrischen Kategorisierung ausgesetzt sind, müssen informiert werden.",
  "Annex III 3 concerns education and vocational-training institutions; this operator is not one.":
    "Annex III 3 betrifft Einrichtungen der allgemeinen und beruflichen Bildung; dieser Akteur ist keine solche.",
  "The same, in alternative dispute resolution.": "Dasselbe bei der alternativen Streitbeilegung.",
  "Assisting a judicial authority to research, interpret and apply the law.":
    "Unterstützung einer Justizbehörde bei Recherche, Auslegung und Anwendung des Rechts.",
  "It interacts directly with people, who must be told they are dealing with AI.":
    "Es interagiert direkt mit Menschen, denen mitgeteilt werden muss, dass sie es mit einer KI zu tun haben.",
  "You modified a model with systemic risk.": "Sie haben ein Modell mit systemischem Risiko geändert.",
  "Creditworthiness or credit scoring of natural persons.":
    "Kreditwürdigkeitsprüfung oder Bonitätsbewertung natürlicher Personen.",
  "AI-generated text published to inform the public on matters of public interest must be disclosed.":
    "KI-generierter Text, der zur Information der Öffentlichkeit über Angelegenheiten von öffentlichem Interesse veröffentlicht wird, muss offengelegt werden.",
  "Real-time identification for law enforcement is possible only where national law provides for it, with prior authorisation.":
    "Echtzeit-Identifizierung zu Strafverfolgungszwecken ist nur möglich, wo nationales Recht sie vorsieht, mit vorheriger Genehmigung.",
  "Public-law bodies and private entities providing public services must carry out a FRIA before first use.":
    "Einrichtungen des öffentlichen Rechts und private Einrichtungen, die öffentliche Dienste erbringen, müssen vor der ersten Verwendung eine Grundrechte-Folgenabschätzung durchführen.",
  "Deep fakes in evidently artistic or fictional work need a light-touch disclosure that such content exists.":
    "Deepfakes in offensichtlich künstlerischen oder fiktionalen Werken erfordern eine zurückhaltende Offenlegung, dass solche Inhalte vorhanden sind.",
  "A private individual using the system professionally is a deployer, but not a public body or a provider of public services: no FRIA, except for credit scoring and life and health insurance.":
    "Eine Privatperson, die das System beruflich verwendet, ist Betreiber, aber weder eine öffentliche Stelle noch ein Anbieter öffentlicher Dienste: keine Grundrechte-Folgenabschätzung, außer bei Kreditwürdigkeitsprüfung sowie Lebens- und Krankenversicherung.",
  "As product manufacturer placing the high-risk AI safety component with your product under your name, you are its provider.":
    "Als Produkthersteller, der die Hochrisiko-KI-Sicherheitskomponente mit Ihrem Produkt unter Ihrem Namen in Verkehr bringt, sind Sie ihr Anbieter.",
  "Authorised by law to detect or prosecute crime, and not open to the public for reporting crime.":
    "Gesetzlich zur Aufdeckung oder Verfolgung von Straftaten befugt und nicht öffentlich zur Anzeige von Straftaten zugänglich.",
  "Authorised by law to detect or prosecute crime.": "Gesetzlich zur Aufdeckung oder Verfolgung von Straftaten befugt.",
  "Released under a free and open-source licence with weights, architecture and usage information public: exempt from Art 53(1)(a)-(b) and Art 54, but the copyright policy and training summary remain.":
    "Unter einer freien und quelloffenen Lizenz veröffentlicht, mit öffentlichen Gewichten, Architektur und Nutzungsinformationen: ausgenommen von Art 53(1)(a)-(b) und Art 54, aber die Urheberrechtsstrategie und die Zusammenfassung der Trainingsinhalte bleiben.",
  "Any deployer of a creditworthiness or life and health insurance system must carry out a FRIA.":
    "Jeder Betreiber eines Systems zur Kreditwürdigkeitsprüfung oder für Lebens- und Krankenversicherung muss eine Grundrechte-Folgenabschätzung durchführen.",
  "The text undergoes human editorial control and a person holds editorial responsibility.":
    "Der Text unterliegt einer menschlichen redaktionellen Kontrolle, und eine Person trägt die redaktionelle Verantwortung.",
  "It infers sex or age from biometric data, which the result treats as protected attributes.":
    "Es leitet Geschlecht oder Alter aus biometrischen Daten ab, die das Ergebnis als geschützte Merkmale behandelt.",
  "Deep fakes must be disclosed as AI-generated or manipulated.":
    "Deepfakes müssen als KI-generiert oder manipuliert offengelegt werden.",
};
