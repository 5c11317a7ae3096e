import type { Catalogue } from "../../types";

// The "annex3" group of lib/rules/questionnaire/groups/annex3.ts, keyed by the English text.
export const ANNEX3: Catalogue = {
  "High-risk uses (Annex III)": "Hochrisiko-Verwendungen (Anhang III)",
  "Is the system used in any of these areas?": "Wird das System in einem dieser Bereiche verwendet?",
  "Select all that apply. An area alone does not make a system high-risk: the next questions check the exact use case (Annex III sub-point). Biometrics are covered in the previous step. For example: a CV-ranking tool is employment; a loan-approval model is essential services; a tool that routes 112 calls is essential services (emergency calls).":
    "Wählen Sie alles Zutreffende. Ein Bereich allein macht ein System nicht hochriskant: Die nächsten Fragen prüfen den genauen Anwendungsfall (Unterpunkt von Anhang III). Biometrie wird im vorigen Schritt behandelt. Zum Beispiel: Ein Tool zum Ranking von Lebensläufen ist Beschäftigung; ein Modell zur Kreditvergabe ist grundlegende Dienste; ein Tool, das 112-Notrufe weiterleitet, ist grundlegende Dienste (Notrufe).",
  "Your product owner, who knows the business process the system is used in.":
    "Ihr Product Owner, der den Geschäftsprozess kennt, in dem das System verwendet wird.",
  "Critical infrastructure": "Kritische Infrastruktur",
  "Education and vocational training": "Allgemeine und berufliche Bildung",
  "Employment and workers' management": "Beschäftigung und Personalmanagement",
  "Essential private and public services (benefits, credit, insurance, emergency calls)":
    "Grundlegende private und öffentliche Dienste (Leistungen, Kredit, Versicherung, Notrufe)",
  "Migration, asylum and border control": "Migration, Asyl und Grenzkontrolle",
  "Administration of justice and democratic processes": "Rechtspflege und demokratische Prozesse",
  "Which infrastructure?": "Welche Infrastruktur?",
  "Annex III 2 covers critical digital infrastructure, road traffic, and the supply of water, gas, heating and electricity. For example: a model that balances load on a regional power grid is electricity supply; one that controls traffic lights is road traffic.":
    "Anhang III 2 erfasst kritische digitale Infrastruktur, Straßenverkehr sowie Wasser-, Gas-, Wärme- und Stromversorgung. Zum Beispiel: Ein Modell, das die Last in einem regionalen Stromnetz ausgleicht, ist Stromversorgung; eines, das Ampeln steuert, ist Straßenverkehr.",
  "The operations or asset manager of the infrastructure the system runs in.":
    "Die Betriebs- oder Anlagenleitung der Infrastruktur, in der das System läuft.",
  "Critical digital infrastructure": "Kritische digitale Infrastruktur",
  "Road traffic": "Straßenverkehr",
  "Water supply": "Wasserversorgung",
  "Gas supply": "Gasversorgung",
  "Heating supply": "Wärmeversorgung",
  "Electricity supply": "Stromversorgung",
  "Other infrastructure": "Andere Infrastruktur",
  "What does the system do there: does it keep the infrastructure running safely?":
    "Was tut das System dort: Sorgt es dafür, dass die Infrastruktur sicher läuft?",
  "A safety component protects the physical integrity of the infrastructure or people's health and safety; its failure could put them at risk. Components used solely for cybersecurity are not safety components (recital 55). For example: AI that detects leaks and shuts valves in a gas network is a safety component; AI that forecasts gas prices for trading is not.":
    "Ein Sicherheitsbauteil schützt die physische Integrität der Infrastruktur oder die Gesundheit und Sicherheit von Menschen; sein Ausfall könnte sie gefährden. Bauteile, die ausschließlich der Cybersicherheit dienen, sind keine Sicherheitsbauteile (Erwägungsgrund 55). Zum Beispiel: KI, die in einem Gasnetz Lecks erkennt und Ventile schließt, ist ein Sicherheitsbauteil; KI, die Gaspreise für den Handel prognostiziert, nicht.",
  "The operations or safety engineer of the infrastructure, from its safety case.":
    "Die Betriebs- oder Sicherheitsingenieure der Infrastruktur, anhand ihres Sicherheitsnachweises.",
  "It is a safety component in management or operation": "Es ist ein Sicherheitsbauteil in Verwaltung oder Betrieb",
  "It is used solely for cybersecurity": "Es dient ausschließlich der Cybersicherheit",
  "Other, non-safety function (e.g. billing, forecasting for trading)":
    "Andere, nicht sicherheitsbezogene Funktion (z. B. Abrechnung, Prognosen für den Handel)",
  "What does it do in education or training?": "Was tut es in der Bildung oder Ausbildung?",
  "Select all that apply. For example: ranking applicants for university places is admission; auto-grading essays evaluates learning outcomes; flagging suspicious eye movements in an online exam is proctoring; a webcam tool that rates how attentive pupils are during a lesson is attention monitoring, not proctoring.":
    "Wählen Sie alles Zutreffende. Zum Beispiel: Bewerber um Studienplätze zu ranken, ist Zulassung; Aufsätze automatisch zu benoten, bewertet Lernergebnisse; verdächtige Augenbewegungen in einer Online-Prüfung zu markieren, ist Prüfungsaufsicht; ein Webcam-Tool, das bewertet, wie aufmerksam Schüler im Unterricht sind, ist Aufmerksamkeitsüberwachung, keine Prüfungsaufsicht.",
  "The academic or training lead who uses the system's results.":
    "Die akademische Leitung oder Ausbildungsleitung, die die Ergebnisse des Systems verwendet.",
  "Decides access, admission or assignment to institutions":
    "Entscheidet über Zugang, Zulassung oder Zuweisung zu Einrichtungen",
  "Evaluates learning outcomes, including steering learning":
    "Bewertet Lernergebnisse, auch zur Steuerung des Lernprozesses",
  "Assesses the level of education a person will receive or can access":
    "Bewertet das Bildungsniveau, das eine Person erhalten wird oder erreichen kann",
  "Monitors and detects prohibited behaviour of students during tests":
    "Überwacht und erkennt verbotenes Verhalten von Lernenden während Prüfungen",
  "Other support (e.g. timetabling, content recommendations)":
    "Andere Unterstützung (z. B. Stundenplanung, Inhaltsempfehlungen)",
  "Watches whether students pay attention in class or online lessons (not during tests)":
    "Beobachtet, ob Lernende im Unterricht oder in Online-Stunden aufmerksam sind (nicht während Prüfungen)",
  "Who operates it?": "Wer betreibt es?",
  "Annex III 3 covers education and vocational-training institutions at all levels. For example: a university or a vocational college; a language-certificate exam board is a certification body. Whether certification or exam bodies are 'educational or vocational training institutions' is disputed.":
    "Anhang III 3 erfasst Einrichtungen der allgemeinen und beruflichen Bildung auf allen Ebenen. Zum Beispiel: eine Universität oder eine Berufsschule; eine Prüfungsstelle für Sprachzertifikate ist eine Zertifizierungsstelle. Ob Zertifizierungs- oder Prüfungsstellen „Einrichtungen der allgemeinen und beruflichen Bildung“ sind, ist umstritten.",
  "Your product owner or account manager, who knows the institutions that use the system.":
    "Ihr Product Owner oder Account Manager, der die Einrichtungen kennt, die das System verwenden.",
  "An education or vocational-training institution": "Eine Einrichtung der allgemeinen oder beruflichen Bildung",
  "A certification or exam body": "Eine Zertifizierungs- oder Prüfungsstelle",
  "Someone else (e.g. an employer's internal training)": "Jemand anderes (z. B. interne Schulung eines Arbeitgebers)",
  "What does it do in employment?": "Was tut es im Bereich Beschäftigung?",
  "Select all that apply. HR chatbots that decide nothing are not Annex III 4. For example: ranking CVs is selection; suggesting who gets the next shift based on their past behaviour is task allocation.":
    "Wählen Sie alles Zutreffende. HR-Chatbots, die nichts entscheiden, fallen nicht unter Anhang III 4. Zum Beispiel: Lebensläufe zu ranken, ist Auswahl; vorzuschlagen, wer die nächste Schicht bekommt, gestützt auf das bisherige Verhalten, ist Aufgabenzuweisung.",
  "Your HR lead, who knows which hiring or staff decisions the system feeds.":
    "Ihre HR-Leitung, die weiß, in welche Einstellungs- oder Personalentscheidungen das System einfließt.",
  "Recruitment or selection: targeted job ads, filtering applications, evaluating candidates":
    "Einstellung oder Auswahl: gezielte Stellenanzeigen, Filtern von Bewerbungen, Bewerten von Bewerbern",
  "Parses or redacts CVs for recruiters": "Liest oder schwärzt Lebensläufe für Personaler",
  "Decisions on terms of work, promotion or termination":
    "Entscheidungen über Arbeitsbedingungen, Beförderung oder Kündigung",
  "Allocates tasks based on individual behaviour or personal traits":
    "Weist Aufgaben auf Grundlage des individuellen Verhaltens oder persönlicher Merkmale zu",
  "Monitors and evaluates performance and behaviour": "Beobachtet und bewertet Leistung und Verhalten",
  "Answers HR questions without deciding anything": "Beantwortet HR-Fragen, ohne etwas zu entscheiden",
  "What does it do for essential services?": "Was tut es für grundlegende Dienste?",
  "Select all that apply. Fraud detection is excluded from 5(b); motor and property insurance are outside 5(c), which is life and health only. For example: a model that sets the price of a health-insurance policy for a person is 5(c); a model that flags suspicious card payments is fraud detection.":
    "Wählen Sie alles Zutreffende. Betrugserkennung ist von 5(b) ausgenommen; Kfz- und Sachversicherungen fallen nicht unter 5(c), das nur Lebens- und Krankenversicherungen betrifft. Zum Beispiel: Ein Modell, das den Preis einer Krankenversicherung für eine Person festlegt, ist 5(c); ein Modell, das verdächtige Kartenzahlungen markiert, ist Betrugserkennung.",
  "The business owner of the credit, insurance or benefits process the system supports.":
    "Die fachlich verantwortliche Person für den Kredit-, Versicherungs- oder Leistungsprozess, den das System unterstützt.",
  "Evaluates eligibility for public assistance benefits and services, including healthcare":
    "Bewertet den Anspruch auf öffentliche Unterstützungsleistungen und -dienste, einschließlich Gesundheitsdiensten",
  "Evaluates creditworthiness or establishes a credit score of natural persons":
    "Bewertet die Kreditwürdigkeit natürlicher Personen oder erstellt ihre Bonitätsbewertung",
  "Detects financial fraud": "Erkennt Finanzbetrug",
  "Risk assessment and pricing in life or health insurance":
    "Risikobewertung und Preisbildung in der Lebens- oder Krankenversicherung",
  "Risk assessment or pricing in other insurance (motor, property)":
    "Risikobewertung oder Preisbildung in anderen Versicherungen (Kfz, Sach)",
  "Evaluates emergency calls, dispatches first response, or triages emergency patients":
    "Bewertet Notrufe, disponiert Ersthelfer oder nimmt die Triage von Notfallpatienten vor",
  "What does it do in law enforcement?": "Was tut es in der Strafverfolgung?",
  "Covered only when used by or for law-enforcement authorities. Profiling means automated evaluation of a person's characteristics, such as behaviour, location or reliability. For example: a tool that ranks suspects from their call records profiles persons; one that transcribes interviews is other. Matching a witness description against records is not biometric identification; it is high-risk when it profiles the people it matches.":
    "Nur erfasst, wenn es von oder für Strafverfolgungsbehörden verwendet wird. Profiling ist die automatisierte Bewertung persönlicher Merkmale einer Person, etwa Verhalten, Aufenthaltsort oder Zuverlässigkeit. Zum Beispiel: Ein Tool, das Verdächtige anhand ihrer Verbindungsdaten rankt, erstellt Profile von Personen; eines, das Vernehmungen transkribiert, ist Sonstiges. Eine Zeugenbeschreibung mit Datensätzen abzugleichen, ist keine biometrische Identifizierung; hochriskant ist es, wenn es Profile der gefundenen Personen erstellt.",
  "The police or agency unit lead who uses the system's results.":
    "Die Leitung der Polizei- oder Behördeneinheit, die die Ergebnisse des Systems verwendet.",
  "Assesses a person's risk of becoming a victim of crime":
    "Bewertet das Risiko einer Person, Opfer einer Straftat zu werden",
  "Polygraph or similar tool": "Lügendetektor oder ähnliches Instrument",
  "Evaluates the reliability of evidence": "Bewertet die Verlässlichkeit von Beweismitteln",
  "Assesses risk of offending or re-offending, or personality traits or past criminal behaviour":
    "Bewertet das Risiko einer Straftat oder erneuten Straftat, Persönlichkeitsmerkmale oder früheres kriminelles Verhalten",
  "Profiles persons (evaluates their characteristics) in detecting, investigating or prosecuting crime":
    "Erstellt Profile von Personen (bewertet ihre Merkmale) bei der Aufdeckung, Ermittlung oder Verfolgung von Straftaten",
  "Other (e.g. case management, translation)": "Sonstiges (z. B. Fallverwaltung, Übersetzung)",
  "Finds who matches a description of a person (clothing, height, where seen), without faces or other biometric data":
    "Findet, wer auf eine Personenbeschreibung passt (Kleidung, Größe, Ort der Sichtung), ohne Gesichter oder andere biometrische Daten",
  "What does it do in migration, asylum or border control?": "Was tut es in Migration, Asyl oder Grenzkontrolle?",
  "Covered when used by or for competent public authorities. Verification of travel documents is excluded from 7(d). For example: a tool that scores visa applicants for overstay risk assesses risk; a passport-chip reader only verifies documents.":
    "Erfasst, wenn es von oder für zuständige Behörden verwendet wird. Die Überprüfung von Reisedokumenten ist von 7(d) ausgenommen. Zum Beispiel: Ein Tool, das Visumantragsteller nach dem Risiko einer Überschreitung der Aufenthaltsdauer bewertet, bewertet Risiken; ein Lesegerät für Reisepasschips überprüft nur Dokumente.",
  "The migration or border-agency unit lead who uses the system's results.":
    "Die Leitung der Migrations- oder Grenzschutzeinheit, die die Ergebnisse des Systems verwendet.",
  "Assesses security, irregular-migration or health risk of a person":
    "Bewertet das Sicherheitsrisiko, das Risiko irregulärer Migration oder das Gesundheitsrisiko einer Person",
  "Assists examination of asylum, visa or residence applications":
    "Unterstützt die Prüfung von Asyl-, Visum- oder Aufenthaltsanträgen",
  "Detects, recognises or identifies persons": "Erkennt, aufdeckt oder identifiziert Personen",
  "Only verifies travel documents": "Überprüft nur Reisedokumente",
  "What does it do in justice or democratic processes?":
    "Was tut es in der Rechtspflege oder in demokratischen Prozessen?",
  "Purely ancillary court administration (anonymisation, communication, resource allocation) is outside 8(a). Campaign-logistics tools people are not directly exposed to are outside 8(b). For example: a tool that suggests sentencing ranges to a judge is 8(a); one that anonymises published judgments is administration only.":
    "Rein begleitende Verwaltungstätigkeiten der Gerichte (Anonymisierung, Kommunikation, Ressourcenzuweisung) fallen nicht unter 8(a). Werkzeuge für die Logistik von Kampagnen, denen Menschen nicht direkt ausgesetzt sind, fallen nicht unter 8(b). Zum Beispiel: Ein Tool, das einem Richter Strafrahmen vorschlägt, ist 8(a); eines, das veröffentlichte Urteile anonymisiert, ist nur Verwaltung.",
  "The court, tribunal or campaign official who uses the system's results.":
    "Die Person an Gericht, Schiedsstelle oder in der Kampagne, die die Ergebnisse des Systems verwendet.",
  "Helps a judicial authority research and interpret facts and law, and apply the law":
    "Unterstützt eine Justizbehörde bei der Ermittlung und Auslegung von Sachverhalten und Rechtsvorschriften und bei deren Anwendung",
  "Does the same in alternative dispute resolution": "Tut dasselbe in der alternativen Streitbeilegung",
  "Ancillary court administration only": "Nur begleitende Gerichtsverwaltung",
  "Influences the outcome of elections or referendums, or voting behaviour":
    "Beeinflusst das Ergebnis von Wahlen oder Referenden oder das Wahlverhalten",
  "Organises or optimises political campaigns logistically, without exposing people to its output":
    "Organisiert oder optimiert politische Kampagnen logistisch, ohne Menschen seinen Ausgaben auszusetzen",
};
