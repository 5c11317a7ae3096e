import type { Catalogue } from "../../types";

// The engine's finding reasons, keyed by the English the rule set holds.
export const FINDINGS_A: Catalogue = {
  "The system does not infer from its input how to generate outputs, the decisive element of the definition.":
    "Das System leitet aus seinen Eingaben nicht ab, wie Ausgaben erzeugt werden, das entscheidende Element der Definition.",
  "The model lacks significant generality; specialised models are not general-purpose even when large.":
    "Dem Modell fehlt eine erhebliche allgemeine Verwendbarkeit; spezialisierte Modelle haben auch bei großem Umfang keinen allgemeinen Verwendungszweck.",
  "AI models other than general-purpose AI models are regulated only once integrated into an AI system.":
    "KI-Modelle, die keine KI-Modelle mit allgemeinem Verwendungszweck sind, werden erst reguliert, wenn sie in ein KI-System integriert werden.",
  "The model shows significant generality and competently performs a wide range of distinct tasks.":
    "Das Modell weist eine erhebliche allgemeine Verwendbarkeit auf und erfüllt ein breites Spektrum unterschiedlicher Aufgaben kompetent.",
  "You develop the system (or have it developed) and place it on the market or put it into service under your own name or trademark.":
    "Sie entwickeln das System (oder lassen es entwickeln) und bringen es unter Ihrem eigenen Namen oder Ihrer Marke in Verkehr oder nehmen es in Betrieb.",
  "The Act reaches your role: you place the system on the EU market or put it into service there, use it in the EU, supply it in the EU, or its output is used in the EU.":
    "Die Verordnung erfasst Ihre Rolle: Sie bringen das System in der EU in Verkehr oder nehmen es dort in Betrieb, verwenden es in der EU, liefern es in der EU, oder seine Ausgabe wird in der EU verwendet.",
  "Specifically developed and put into service for the sole purpose of scientific research and development.":
    "Eigens für den alleinigen Zweck der wissenschaftlichen Forschung und Entwicklung entwickelt und in Betrieb genommen.",
  "Models used only for research, development or prototyping before being placed on the market are not GPAI models.":
    "Modelle, die vor dem Inverkehrbringen nur für Forschung, Entwicklung oder Prototyping verwendet werden, sind keine GPAI-Modelle.",
  "Developing for another organisation that markets the system under its own name does not make you the provider.":
    "Wer für eine andere Organisation entwickelt, die das System unter ihrem eigenen Namen vermarktet, wird dadurch nicht zum Anbieter.",
  "You are established in the EU and place on the EU market a system bearing the name or trademark of a company outside the EU. Before doing so you check its conformity assessment, documentation, CE marking and authorised representative.":
    "Sie sind in der EU niedergelassen und bringen ein System mit dem Namen oder der Marke eines Unternehmens außerhalb der EU auf dem EU-Markt in Verkehr. Zuvor prüfen Sie seine Konformitätsbewertung, Dokumentation, CE-Kennzeichnung und den Bevollmächtigten.",
  "A distributor is an operator other than the provider or the importer: making the system available is covered by your duties as its provider or importer.":
    "Ein Händler ist ein Akteur, der weder Anbieter noch Einführer ist: Die Bereitstellung des Systems ist durch Ihre Pflichten als dessen Anbieter oder Einführer abgedeckt.",
  "You are established in the EU and act for a provider outside the EU under its written mandate. For a high-risk system you check its conformity documents, keep them for 10 years, cooperate with authorities and handle its registration; for a general-purpose AI model the Art 54 tasks apply.":
    "Sie sind in der EU niedergelassen und handeln für einen Anbieter außerhalb der EU auf Grundlage seines schriftlichen Mandats. Bei einem Hochrisiko-System prüfen Sie seine Konformitätsunterlagen, bewahren sie 10 Jahre auf, arbeiten mit Behörden zusammen und übernehmen die Registrierung; bei einem KI-Modell mit allgemeinem Verwendungszweck gelten die Aufgaben nach Art 54.",
  "You place the AI system on the market or put it into service together with your own product, under your own name or trademark. If the product is covered by Annex I Section A and the AI system is its safety component, you are also the AI system's provider.":
    "Sie bringen das KI-System zusammen mit Ihrem eigenen Produkt unter Ihrem eigenen Namen oder Ihrer Marke in Verkehr oder nehmen es in Betrieb. Fällt das Produkt unter Annex I Section A und ist das KI-System seine Sicherheitskomponente, sind Sie auch Anbieter des KI-Systems.",
  "Systems that only execute rules defined by people, or do basic data processing, do not infer how to generate outputs.":
    "Systeme, die nur von Menschen festgelegte Regeln ausführen oder einfache Datenverarbeitung betreiben, leiten nicht ab, wie Ausgaben erzeugt werden.",
  "It is a machine-based system that operates with some autonomy and infers from its input how to generate outputs.":
    "Es ist ein maschinengestütztes System, das mit einem gewissen Grad an Autonomie arbeitet und aus seinen Eingaben ableitet, wie Ausgaben erzeugt werden.",
  "You develop the system (or have it developed) and use it yourself: putting it into service for your own use makes you its provider as well as its deployer.":
    "Sie entwickeln das System (oder lassen es entwickeln) und verwenden es selbst: Die Inbetriebnahme für den Eigengebrauch macht Sie zu seinem Anbieter und zugleich zu seinem Betreiber.",
  "A natural person using AI in a purely personal, non-professional capacity is not a deployer.":
    "Eine natürliche Person, die KI im Rahmen einer rein persönlichen, nicht beruflichen Tätigkeit verwendet, ist kein Betreiber.",
  "Used exclusively for military, defence or national-security purposes.":
    "Ausschließlich für militärische, Verteidigungs- oder Zwecke der nationalen Sicherheit verwendet.",
  "The system does not operate with any independence from human involvement.":
    "Das System arbeitet ohne jede Unabhängigkeit von menschlichem Zutun.",
  "You have the system developed by others and place it on the market or put it into service under your own name or trademark.":
    "Sie lassen das System von anderen entwickeln und bringen es unter Ihrem eigenen Namen oder Ihrer Marke in Verkehr oder nehmen es in Betrieb.",
  "Research, testing and development before placing on the market or putting into service.":
    "Forschung, Tests und Entwicklung vor dem Inverkehrbringen oder der Inbetriebnahme.",
  "You make the system available on the EU market without being its provider or importer. Before doing so you check its CE marking, declaration of conformity and instructions for use.":
    "Sie stellen das System auf dem EU-Markt bereit, ohne sein Anbieter oder Einführer zu sein. Zuvor prüfen Sie seine CE-Kennzeichnung, die Konformitätserklärung und die Betriebsanleitung.",
  "Training compute above 10^23 FLOP with generative capability indicates a GPAI model; confirm its generality.":
    "Ein Trainingsrechenaufwand über 10^23 FLOP mit generativer Fähigkeit deutet auf ein GPAI-Modell hin; bestätigen Sie seine allgemeine Verwendbarkeit.",
  "Dual use is not exclusive military use: the civilian or law-enforcement use brings the system into scope.":
    "Doppelte Verwendung ist keine ausschließlich militärische Verwendung: Die zivile oder Strafverfolgungsverwendung bringt das System in den Anwendungsbereich.",
  "Testing in real-world conditions is not excluded; it is governed by Arts 57-61 and 60a.":
    "Tests unter Realbedingungen sind nicht ausgenommen; sie richten sich nach den Arts 57-61 und 60a.",
  "Lawful, standard commercial practices such as advertising, and consented therapeutic practices, are not covered.":
    "Rechtmäßige, übliche Geschäftspraktiken wie Werbung und einvernehmliche therapeutische Praktiken sind nicht erfasst.",
  "Without significant harm or its reasonable likelihood, the vulnerability ban does not apply.":
    "Ohne erheblichen Schaden oder dessen hinreichende Wahrscheinlichkeit greift das Verbot der Ausnutzung von Schwächen nicht.",
  "It predicts whether a natural person will offend based solely on profiling or personality traits.":
    "Es sagt voraus, ob eine natürliche Person eine Straftat begehen wird, allein auf Grundlage von Profiling oder Persönlichkeitsmerkmalen.",
  "It builds or expands facial-recognition databases by untargeted scraping of facial images.":
    "Es erstellt oder erweitert Gesichtserkennungsdatenbanken durch ungezieltes Auslesen von Gesichtsbildern.",
  "The use is strictly necessary for a permitted objective; it is allowed subject to authorisation, a FRIA, registration and notification, and is Annex III 1(a) high-risk.":
    "Die Verwendung ist für ein zulässiges Ziel unbedingt erforderlich; sie ist vorbehaltlich Genehmigung, Grundrechte-Folgenabschätzung, Registrierung und Meldung erlaubt und nach Annex III 1(a) hochriskant.",
  "It generates or manipulates realistic intimate imagery of identifiable persons without consent, by intended purpose, foreseeable unguarded capability, or use.":
    "Es erzeugt oder manipuliert realistische intime Bilder identifizierbarer Personen ohne Einwilligung, durch Zweckbestimmung, vorhersehbare ungesicherte Fähigkeit oder Verwendung.",
  "Armed forces or defence bodies use it, but not exclusively for military, defence or national-security purposes: the exclusion turns on the purpose, whatever the entity, so the Act applies to this use.":
    "Streitkräfte oder Verteidigungsstellen verwenden es, aber nicht ausschließlich für militärische, Verteidigungs- oder Zwecke der nationalen Sicherheit: Die Ausnahme hängt vom Zweck ab, gleich welche Stelle, daher gilt die Verordnung für diese Verwendung.",
  "It generates or manipulates child sexual abuse material, by intended purpose, foreseeable unguarded capability, or use.":
    "Es erzeugt oder manipuliert Darstellungen sexuellen Kindesmissbrauchs, durch Zweckbestimmung, vorhersehbare ungesicherte Fähigkeit oder Verwendung.",
  "Nothing is placed on the EU market or used in the EU, and no output is used in the EU.":
    "Nichts wird in der EU in Verkehr gebracht oder verwendet, und keine Ausgabe wird in der EU verwendet.",
  "The organisation has no operator role for this system.":
    "Die Organisation hat für dieses System keine Akteursrolle.",
  "A national-law defence (conduct 'with right') is claimed; confirm it before relying on it.":
    "Eine Rechtfertigung nach nationalem Recht (Handeln „mit Recht“) wird geltend gemacht; bestätigen Sie sie, bevor Sie sich darauf stützen.",
  "Your modification stays below one third of the original training compute: the original provider remains the model provider.":
    "Ihre Änderung bleibt unter einem Drittel des ursprünglichen Trainingsrechenaufwands: Der ursprüngliche Anbieter bleibt Anbieter des Modells.",
  "Whether search or optimisation solvers and simple statistical models are AI systems is disputed. Annex XIV code AIH 0101 points toward inclusion; the result assumes it is an AI system.":
    "Ob Such- oder Optimierungslöser und einfache statistische Modelle KI-Systeme sind, ist umstritten. Annex XIV Code AIH 0101 spricht für eine Einbeziehung; das Ergebnis geht von einem KI-System aus.",
  "It exploits vulnerabilities due to age, disability or a social or economic situation, causing or likely causing significant harm.":
    "Es nutzt Schwächen aufgrund von Alter, Behinderung oder einer sozialen oder wirtschaftlichen Lage aus und verursacht dadurch erheblichen Schaden oder wahrscheinlich erheblichen Schaden.",
  "Supporting a human assessment already based on objective, verifiable facts is not banned; by or for law enforcement it is Annex III 6(d).":
    "Die Unterstützung einer menschlichen Bewertung, die bereits auf objektiven, überprüfbaren Tatsachen beruht, ist nicht verboten; durch oder für Strafverfolgungsbehörden fällt sie unter Annex III 6(d).",
  "You use the system under your authority.": "Sie verwenden das System in eigener Verantwortung.",
  "Place-based predictive policing and risk assessment of legal persons are outside the ban, which concerns natural persons.":
    "Ortsbezogene vorausschauende Polizeiarbeit und die Risikobewertung juristischer Personen fallen nicht unter das Verbot, das natürliche Personen betrifft.",
  "Emotion recognition, its ban at work and in education and Annex III 1(c) all need emotions or intentions inferred from biometric data. Inferring them from behaviour such as clicks, purchases, browsing or what a person writes uses no biometric data, so none of them applies. Behavioural signals that are themselves biometric data (gait, typing rhythm, voice) are not behaviour in this sense: they make it emotion recognition.":
    "Emotionserkennung, ihr Verbot am Arbeitsplatz und in der Bildung sowie Annex III 1(c) setzen voraus, dass Emotionen oder Absichten aus biometrischen Daten abgeleitet werden. Werden sie aus Verhalten wie Klicks, Käufen, Surfen oder dem, was eine Person schreibt, abgeleitet, werden keine biometrischen Daten verwendet, sodass nichts davon gilt. Verhaltenssignale, die selbst biometrische Daten sind (Gang, Tipprhythmus, Stimme), sind kein Verhalten in diesem Sinne: Sie machen es zur Emotionserkennung.",
  "The ban concerns use by or for law enforcement; private real-time identification is Annex III 1(a) high-risk instead.":
    "Das Verbot betrifft die Verwendung durch oder für Strafverfolgungsbehörden; private Echtzeit-Identifizierung ist stattdessen nach Annex III 1(a) hochriskant.",
  "The cooperation exclusion needs adequate safeguards for fundamental rights.":
    "Die Ausnahme für Kooperationen setzt angemessene Garantien für die Grundrechte voraus.",
  "It scores people on social behaviour or personal traits, leading to detrimental treatment in unrelated contexts or treatment disproportionate to the behaviour.":
    "Es bewertet Menschen nach ihrem Sozialverhalten oder persönlichen Merkmalen, was zu einer Schlechterstellung in sachfremden Zusammenhängen oder zu einer im Verhältnis zum Verhalten unverhältnismäßigen Behandlung führt.",
  "Used by a third-country public authority under an international law-enforcement or judicial cooperation agreement with adequate safeguards.":
    "Von einer Behörde eines Drittlands im Rahmen eines internationalen Abkommens über Zusammenarbeit in Strafverfolgung oder Justiz mit angemessenen Garantien verwendet.",
  "Categorisation ancillary to another commercial service and strictly necessary for objective technical reasons is not a biometric categorisation system.":
    "Eine Kategorisierung, die Nebenfunktion eines anderen kommerziellen Dienstes und aus objektiven technischen Gründen unbedingt erforderlich ist, ist kein System zur biometrischen Kategorisierung.",
  "It uses subliminal, manipulative or deceptive techniques that materially distort behaviour and cause or are likely to cause significant harm.":
    "Es setzt unterschwellige, manipulative oder täuschende Techniken ein, die das Verhalten wesentlich verzerren und erheblichen Schaden verursachen oder wahrscheinlich verursachen.",
  "Emotion recognition means inference from biometric data; text-only sentiment analysis is outside it.":
    "Emotionserkennung bedeutet Ableitung aus biometrischen Daten; reine Textstimmungsanalyse fällt nicht darunter.",
  "The compute used for your modification exceeds one third of the original model's training compute: you are the provider of the modified model, with duties limited to the modification.":
    "Der Rechenaufwand Ihrer Änderung übersteigt ein Drittel des Trainingsrechenaufwands des ursprünglichen Modells: Sie sind Anbieter des geänderten Modells, mit auf die Änderung beschränkten Pflichten.",
  "The Commission has designated the model as having systemic risk.":
    "Die Kommission hat das Modell als Modell mit systemischem Risiko eingestuft.",
  "Without significant harm or its reasonable likelihood, the manipulation ban does not apply.":
    "Ohne erheblichen Schaden oder dessen hinreichende Wahrscheinlichkeit greift das Manipulationsverbot nicht.",
  "Emotion recognition intended for medical or safety reasons is excepted from the ban; it remains Annex III 1(c) high-risk.":
    "Emotionserkennung aus medizinischen oder Sicherheitsgründen ist vom Verbot ausgenommen; sie bleibt nach Annex III 1(c) hochriskant.",
  "Physical states such as pain or fatigue are not emotions.":
    "Körperliche Zustände wie Schmerz oder Müdigkeit sind keine Emotionen.",
  "You use the system under your authority. As a private individual you are a deployer because the use is professional; only purely personal, non-professional use is outside.":
    "Sie verwenden das System in eigener Verantwortung. Als Privatperson sind Sie Betreiber, weil die Verwendung beruflich ist; nur eine rein persönliche, nicht berufliche Verwendung ist ausgenommen.",
  "The model has high-impact capabilities, so it has systemic risk.":
    "Das Modell hat Fähigkeiten mit hohem Wirkungsgrad und damit ein systemisches Risiko.",
  "Whether your modification makes you a model provider depends on its compute compared with one third of the original's.":
    "Ob Ihre Änderung Sie zum Anbieter des Modells macht, hängt von ihrem Rechenaufwand im Vergleich zu einem Drittel des ursprünglichen ab.",
  "You do not place the model on the market under your own name, so the Chapter V duties rest with its provider.":
    "Sie bringen das Modell nicht unter Ihrem eigenen Namen in Verkehr, daher liegen die Pflichten nach Chapter V bei seinem Anbieter.",
  "It categorises individuals on biometric data to infer race, political opinions, trade-union membership, religious or philosophical beliefs, or sex life or sexual orientation.":
    "Es kategorisiert Personen anhand biometrischer Daten, um auf Rasse, politische Meinungen, Gewerkschaftszugehörigkeit, religiöse oder weltanschauliche Überzeugungen, Sexualleben oder sexuelle Ausrichtung zu schließen.",
  "Third-party assessment needed solely for non-health-and-safety risks (such as radio spectrum or EMC) does not meet condition (b).":
    "Eine Bewertung durch Dritte, die allein wegen anderer Risiken als Gesundheit und Sicherheit nötig ist (etwa Funkfrequenzen oder EMV), erfüllt Bedingung (b) nicht.",
  "It is an emotion recognition system.": "Es ist ein Emotionserkennungssystem.",
  "Access, admission or assignment to education institutions.":
    "Zugang, Zulassung oder Zuweisung zu Bildungseinrichtungen.",
  "Watching whether students pay attention outside tests is not Annex III 3(d), which covers detecting prohibited behaviour during tests. Whether it is emotion recognition, banned in education institutions, turns on what it infers and from what: emotions or intentions (boredom, interest, frustration) read from faces, voices or bodies are; physical states such as fatigue are not. The emotion question decides it.":
    "Zu beobachten, ob Lernende außerhalb von Prüfungen aufmerksam sind, fällt nicht unter Annex III 3(d), das die Erkennung verbotenen Verhaltens während Prüfungen betrifft. Ob es Emotionserkennung ist, die in Bildungseinrichtungen verboten ist, hängt davon ab, was woraus abgeleitet wird: Emotionen oder Absichten (Langeweile, Interesse, Frust), die aus Gesichtern, Stimmen oder Körpern gelesen werden, sind es; körperliche Zustände wie Müdigkeit nicht. Die Frage zur Emotion entscheidet darüber.",
  "It generates synthetic content, which must be marked as AI-generated in a machine-readable way.":
    "Es erzeugt synthetische Inhalte, die maschinenlesbar als KI-generiert gekennzeichnet werden müssen.",
  "The open-source exemption is lost for models with systemic risk.":
    "Die Open-Source-Ausnahme entfällt für Modelle mit systemischem Risiko.",
  "Model and system come from the same provider, so the AI Office has exclusive competence over the system (with carve-outs for Annex I, Annex III 2 and 8, and certain authorities).":
    "Modell und System stammen vom selben Anbieter, daher ist das Büro für Künstliche Intelligenz ausschließlich für das System zuständig (mit Ausnahmen für Annex I, Annex III 2 und 8 sowie bestimmte Behörden).",
  "Labelling or filtering lawfully acquired biometric datasets, and categorisation in law enforcement, are outside the ban; Annex III 1(b) still applies.":
    "Das Kennzeichnen oder Filtern rechtmäßig erworbener biometrischer Datensätze und die Kategorisierung bei der Strafverfolgung fallen nicht unter das Verbot; Annex III 1(b) gilt weiterhin.",
  "A lawful, purpose-specific evaluation (such as credit scoring within the law) is not social scoring; it may be Annex III high-risk instead.":
    "Eine rechtmäßige, zweckgebundene Bewertung (etwa eine rechtskonforme Bonitätsbewertung) ist kein Social Scoring; sie kann stattdessen nach Annex III hochriskant sein.",
  "Whether the model has systemic risk is not settled: its training compute, high-impact capabilities or a Commission designation are not known yet.":
    "Ob das Modell ein systemisches Risiko hat, ist nicht geklärt: Trainingsrechenaufwand, Fähigkeiten mit hohem Wirkungsgrad oder eine Einstufung durch die Kommission sind noch nicht bekannt.",
  "It is a remote biometric identification system.": "Es ist ein System zur biometrischen Fernidentifizierung.",
  "Although used for non-safety aspects, its failure would endanger health and safety, so it is a safety component.":
    "Obwohl es für nicht sicherheitsbezogene Aspekte verwendet wird, würde sein Ausfall Gesundheit und Sicherheit gefährden; es ist daher eine Sicherheitskomponente.",
  "The product does not need third-party conformity assessment, so condition (b) is not met.":
    "Das Produkt erfordert keine Konformitätsbewertung durch Dritte, daher ist Bedingung (b) nicht erfüllt.",
  "It categorises people by inferring sensitive or protected attributes from biometric data.":
    "Es kategorisiert Personen, indem es sensible oder geschützte Merkmale aus biometrischen Daten ableitet.",
  "The open-source exclusion does not apply to high-risk systems or systems subject to Art 50.":
    "Die Open-Source-Ausnahme gilt nicht für Hochrisiko-Systeme oder Systeme, die Art 50 unterliegen.",
  "It infers emotions of natural persons from biometric data at the workplace or in education institutions (the Commission includes recruitment).":
    "Es leitet Emotionen natürlicher Personen am Arbeitsplatz oder in Bildungseinrichtungen aus biometrischen Daten ab (die Kommission schließt die Personalauswahl ein).",
  "Used solely for non-safety aspects (assistance, optimisation, efficiency, convenience, quality control), it is not a safety component.":
    "Ausschließlich für nicht sicherheitsbezogene Aspekte verwendet (Assistenz, Optimierung, Effizienz, Komfort, Qualitätskontrolle), ist es keine Sicherheitskomponente.",
  "Standard editing assistance, output that does not substantially alter the input, and output outside Art 50(2) (code, labels, ranking, machine-to-machine) need no marking.":
    "Übliche Bearbeitungshilfe, Ausgaben, die die Eingabe nicht wesentlich verändern, und Ausgaben außerhalb von Art 50(2) (Code, Kennzeichnungen, Rankings, Maschine-zu-Maschine) müssen nicht gekennzeichnet werden.",
  "You only use the system, and not for this purpose: the use ban does not reach you. Placing a system with this capability on the market is its provider's matter.":
    "Sie verwenden das System nur, und nicht für diesen Zweck: Das Verwendungsverbot betrifft Sie nicht. Ein System mit dieser Fähigkeit in Verkehr zu bringen, ist Sache seines Anbieters.",
  "Annex III 2 covers critical digital infrastructure, road traffic and the supply of water, gas, heating and electricity only.":
    "Annex III 2 umfasst nur kritische digitale Infrastruktur, Straßenverkehr sowie die Wasser-, Gas-, Wärme- und Stromversorgung.",
  "Systems used to detect financial fraud are expressly excluded from Annex III 5(b).":
    "Systeme zur Aufdeckung von Finanzbetrug sind von Annex III 5(b) ausdrücklich ausgenommen.",
};
