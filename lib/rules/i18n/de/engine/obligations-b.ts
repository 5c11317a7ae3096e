import type { Catalogue } from "../../types";

// The engine's obligation titles and summaries, keyed by the English the rule set holds.
export const OBLIGATIONS_B: Catalogue = {
  "Report serious incidents to the market surveillance authority within 15 days of awareness, 10 days for a death, 2 days for widespread infringements or critical-infrastructure disruption.":
    "Melden Sie schwerwiegende Vorfälle der Marktüberwachungsbehörde innerhalb von 15 Tagen nach Kenntnis, 10 Tagen bei einem Todesfall und 2 Tagen bei weitverbreiteten Verstößen oder Störungen kritischer Infrastruktur.",
  "As a non-EU provider, appoint an authorised representative in the EU by written mandate before making the system available.":
    "Benennen Sie als Anbieter außerhalb der EU vor der Bereitstellung des Systems einen Bevollmächtigten in der EU durch schriftliches Mandat.",
  "Verify before placing on the market": "Vor dem Inverkehrbringen prüfen",
  "Check the conformity assessment, Annex IV documentation, CE marking, declaration, instructions and authorised representative before placing the system on the market.":
    "Prüfen Sie vor dem Inverkehrbringen des Systems die Konformitätsbewertung, die Dokumentation nach Annex IV, die CE-Kennzeichnung, die Erklärung, die Betriebsanleitung und den Bevollmächtigten.",
  "Importer duties": "Pflichten des Einführers",
  "Withhold non-conforming systems, add your name and address, keep storage safe, keep documents for 10 years, and cooperate with authorities.":
    "Halten Sie nicht konforme Systeme zurück, geben Sie Ihren Namen und Ihre Anschrift an, lagern Sie sicher, bewahren Sie Unterlagen 10 Jahre auf und arbeiten Sie mit den Behörden zusammen.",
  "Mark synthetic content": "Synthetische Inhalte kennzeichnen",
  "Mark generated or manipulated audio, image, video or text in a machine-readable, detectable way, using effective, interoperable, robust and reliable solutions.":
    "Kennzeichnen Sie erzeugte oder manipulierte Audio-, Bild-, Video- oder Textinhalte maschinenlesbar und erkennbar, mit wirksamen, interoperablen, robusten und zuverlässigen Lösungen.",
  "Clear, timely, accessible information": "Klare, rechtzeitige, barrierefreie Information",
  "Give the Art 50 information clearly and distinguishably, at the latest at first interaction or exposure, meeting accessibility requirements.":
    "Geben Sie die Informationen nach Art 50 klar und eindeutig, spätestens bei der ersten Interaktion oder Exposition, unter Einhaltung der Barrierefreiheitsanforderungen.",
  "Disclose AI interaction": "KI-Interaktion offenlegen",
  "Conformity assessment (sectoral procedure)": "Konformitätsbewertung (sektorales Verfahren)",
  "Assess the AI requirements and the QMS inside the product's sectoral conformity procedure, with the relevant parts of Annex VII.":
    "Bewerten Sie die KI-Anforderungen und das QMS im sektoralen Konformitätsverfahren des Produkts, mit den einschlägigen Teilen von Annex VII.",
  "Authorised representative tasks": "Aufgaben des Bevollmächtigten",
  "Verify the declaration, documentation and conformity assessment; keep documents for 10 years; supply information; handle registration; end the mandate if the provider breaches the Act.":
    "Prüfen Sie Erklärung, Dokumentation und Konformitätsbewertung; bewahren Sie Unterlagen 10 Jahre auf; stellen Sie Informationen bereit; übernehmen Sie die Registrierung; beenden Sie das Mandat, wenn der Anbieter gegen die Verordnung verstößt.",
  "Document the Art 6(3) assessment": "Bewertung nach Art 6(3) dokumentieren",
  "Document why the system is not high-risk before placing it on the market, and hand the documentation over on request.":
    "Dokumentieren Sie vor dem Inverkehrbringen, warum das System nicht hochriskant ist, und legen Sie die Dokumentation auf Anfrage vor.",
  "Register the non-high-risk position": "Einstufung als nicht hochriskant registrieren",
  "Register yourself and the system in the EU database with the Annex VIII Section B data, including the Art 6(3) condition relied on.":
    "Registrieren Sie sich und das System in der EU-Datenbank mit den Angaben nach Annex VIII Section B, einschließlich der herangezogenen Bedingung nach Art 6(3).",
  "Conformity assessment (internal control)": "Konformitätsbewertung (interne Kontrolle)",
  "Before placing on the market, carry out the internal-control conformity assessment of Annex VI. A substantial modification needs a new assessment (Art 43(4)).":
    "Führen Sie vor dem Inverkehrbringen die Konformitätsbewertung durch interne Kontrolle nach Annex VI durch. Eine wesentliche Veränderung erfordert eine neue Bewertung (Art 43(4)).",
  "Verify before making available": "Vor der Bereitstellung prüfen",
  "Distributor duties": "Pflichten des Händlers",
  "Use according to the instructions": "Verwendung gemäß der Betriebsanleitung",
  "Assign human oversight": "Menschliche Aufsicht zuweisen",
  "Relevant input data": "Relevante Eingabedaten",
  "Monitor and report": "Überwachen und melden",
  "Keep logs for six months": "Protokolle sechs Monate aufbewahren",
  "Use provider information for the DPIA": "Informationen des Anbieters für die DSFA nutzen",
  "Cooperate with authorities": "Mit Behörden zusammenarbeiten",
  "Register use (public authorities)": "Verwendung registrieren (Behörden)",
  "Inform affected persons": "Betroffene Personen informieren",
  "Explain decisions on request": "Entscheidungen auf Anfrage erläutern",
  "Fundamental rights impact assessment": "Grundrechte-Folgenabschätzung",
  "Disclose deep fakes (artistic work)": "Deepfakes offenlegen (künstlerische Werke)",
  "Inform people exposed to emotion recognition or biometric categorisation":
    "Personen informieren, die einer Emotionserkennung oder biometrischen Kategorisierung ausgesetzt sind",
  "Disclose deep fakes": "Deepfakes offenlegen",
  "This use is prohibited. Do not use the system this way.":
    "Diese Verwendung ist verboten. Verwenden Sie das System nicht auf diese Weise.",
  "Inform workers before use": "Arbeitnehmer vor der Verwendung informieren",
  "Watch for significant design changes": "Auf wesentliche Entwurfsänderungen achten",
  "Take measures to support the AI literacy of staff and others using the system on your behalf, taking account of their knowledge, the context and the persons affected.":
    "Ergreifen Sie Maßnahmen, um die KI-Kompetenz Ihres Personals und anderer Personen, die das System in Ihrem Auftrag verwenden, zu fördern, unter Berücksichtigung ihrer Kenntnisse, des Kontexts und der betroffenen Personen.",
  "Take technical and organisational measures to use the system according to its instructions for use.":
    "Ergreifen Sie technische und organisatorische Maßnahmen, um das System gemäß seiner Betriebsanleitung zu verwenden.",
  "Assign oversight to people with the competence, training and authority needed, and support them.":
    "Übertragen Sie die Aufsicht Personen mit der nötigen Kompetenz, Ausbildung und Befugnis, und unterstützen Sie sie.",
  "Where you control input data, make sure it is relevant and sufficiently representative.":
    "Soweit Sie die Eingabedaten kontrollieren, stellen Sie sicher, dass sie relevant und hinreichend repräsentativ sind.",
  "Monitor operation, inform the provider; suspend use and inform the provider and authority if a risk arises; report serious incidents.":
    "Überwachen Sie den Betrieb und informieren Sie den Anbieter; setzen Sie die Verwendung bei einem Risiko aus und informieren Sie Anbieter und Behörde; melden Sie schwerwiegende Vorfälle.",
  "Use the Art 13 information to carry out the GDPR Art 35 (or LED Art 27) data-protection impact assessment.":
    "Nutzen Sie die Informationen nach Art 13 für die Datenschutz-Folgenabschätzung nach DSGVO Art 35 (oder LED Art 27).",
  "Cooperate with competent authorities in any action they take on the system.":
    "Arbeiten Sie mit den zuständigen Behörden bei allen Maßnahmen zusammen, die sie in Bezug auf das System ergreifen.",
  "As an employer, inform workers' representatives and affected workers before putting the system into service at the workplace.":
    "Informieren Sie als Arbeitgeber die Arbeitnehmervertreter und die betroffenen Arbeitnehmer, bevor Sie das System am Arbeitsplatz in Betrieb nehmen.",
  "The system was placed on the market before the Chapter III date, so the high-risk duties apply only once its design changes significantly. Track design changes per type and model.":
    "Das System wurde vor dem Stichtag von Chapter III in Verkehr gebracht; die Hochrisiko-Pflichten gelten daher erst, wenn sich sein Entwurf wesentlich ändert. Verfolgen Sie Entwurfsänderungen je Typ und Modell.",
  "Inform exposed persons of the system's operation and process their data under the GDPR, EUDPR or LED.":
    "Informieren Sie die betroffenen Personen über den Betrieb des Systems und verarbeiten Sie ihre Daten nach DSGVO, EUDPR oder LED.",
  "Design the system so people are told they are interacting with AI, unless obvious in context. AI agents should also say on whose behalf they act.":
    "Gestalten Sie das System so, dass Menschen erfahren, dass sie mit einer KI interagieren, sofern dies nicht aus dem Kontext offensichtlich ist. KI-Agenten sollten auch angeben, in wessen Auftrag sie handeln.",
  "Authorisation for post remote biometric identification":
    "Genehmigung für nachträgliche biometrische Fernidentifizierung",
  "Disclose AI-generated public-interest text": "KI-generierte Texte von öffentlichem Interesse offenlegen",
  "Disclose that text published to inform the public on matters of public interest is AI-generated or manipulated.":
    "Legen Sie offen, dass Text, der zur Information der Öffentlichkeit über Angelegenheiten von öffentlichem Interesse veröffentlicht wird, KI-generiert oder manipuliert ist.",
  "In criminal investigations, obtain judicial or binding administrative authorisation ex ante or within 48 hours; no untargeted use; document each use; report annually.":
    "Holen Sie bei strafrechtlichen Ermittlungen vorab oder innerhalb von 48 Stunden eine richterliche oder verbindliche behördliche Genehmigung ein; keine ungezielte Verwendung; dokumentieren Sie jede Verwendung; berichten Sie jährlich.",
  "Inform natural persons that they are subject to a high-risk system that makes or assists decisions about them.":
    "Informieren Sie natürliche Personen, dass sie einem Hochrisiko-KI-System unterliegen, das Entscheidungen über sie trifft oder dabei unterstützt.",
  "Give affected persons clear and meaningful explanations of the system's role and the main elements of decisions with legal or similarly significant effects.":
    "Geben Sie betroffenen Personen klare und aussagekräftige Erläuterungen zur Rolle des Systems und zu den wichtigsten Elementen von Entscheidungen mit rechtlicher oder ähnlich erheblicher Wirkung.",
  "Before first use, assess the processes, period, affected groups, specific risks, oversight and remedies (Art 27(1)(a)-(f)); notify the market surveillance authority. The DPIA may be reused (Art 27(4)).":
    "Bewerten Sie vor der ersten Verwendung Prozesse, Zeitraum, betroffene Gruppen, spezifische Risiken, Aufsicht und Abhilfemaßnahmen (Art 27(1)(a)-(f)); benachrichtigen Sie die Marktüberwachungsbehörde. Die DSFA kann wiederverwendet werden (Art 27(4)).",
  "For evidently artistic, creative, satirical or fictional work, disclose the existence of generated content in a way that does not hamper its display or enjoyment.":
    "Legen Sie bei offensichtlich künstlerischen, kreativen, satirischen oder fiktionalen Werken das Vorhandensein erzeugter Inhalte so offen, dass Darstellung und Genuss des Werks nicht beeinträchtigt werden.",
  "Register at national level": "Auf nationaler Ebene registrieren",
  "Register critical-infrastructure systems (Annex III point 2) at national level.":
    "Registrieren Sie Systeme für kritische Infrastruktur (Annex III point 2) auf nationaler Ebene.",
  "Register yourself and your use of the system in the EU database before use; do not use a system that is not registered.":
    "Registrieren Sie sich und Ihre Verwendung des Systems vor der Verwendung in der EU-Datenbank; verwenden Sie kein System, das nicht registriert ist.",
  "Check the CE marking, declaration copy and instructions, and that provider and importer met their duties, before making the system available.":
    "Prüfen Sie vor der Bereitstellung des Systems die CE-Kennzeichnung, die Kopie der Erklärung und die Betriebsanleitung sowie, ob Anbieter und Einführer ihre Pflichten erfüllt haben.",
  "Withhold non-conforming systems, keep storage safe, ensure corrective action, inform about risks and cooperate.":
    "Halten Sie nicht konforme Systeme zurück, lagern Sie sicher, sorgen Sie für Korrekturmaßnahmen, informieren Sie über Risiken und arbeiten Sie mit den Behörden zusammen.",
  "AI requirements through sectoral law": "KI-Anforderungen über sektorales Recht",
  "Disclose that image, audio or video content you publish is artificially generated or manipulated.":
    "Legen Sie offen, dass von Ihnen veröffentlichte Bild-, Audio- oder Videoinhalte künstlich erzeugt oder manipuliert sind.",
  "Prior authorisation for real-time identification": "Vorherige Genehmigung für Echtzeit-Identifizierung",
  "FRIA and registration before use": "Grundrechte-Folgenabschätzung und Registrierung vor der Verwendung",
  "Notify authorities and report": "Behörden benachrichtigen und berichten",
  "Obtain prior authorisation from a judicial or binding independent administrative authority (within 24 hours in urgency, stopping and deleting data if refused), under national law that provides for the use.":
    "Holen Sie die vorherige Genehmigung einer Justizbehörde oder einer unabhängigen Verwaltungsbehörde mit verbindlicher Entscheidung ein (in dringenden Fällen innerhalb von 24 Stunden; bei Ablehnung Verwendung einstellen und Daten löschen), auf Grundlage nationalen Rechts, das die Verwendung vorsieht.",
  "Complete a fundamental rights impact assessment and register the system before use (in urgency, register without undue delay); confirm only the specifically targeted person.":
    "Führen Sie vor der Verwendung eine Grundrechte-Folgenabschätzung durch und registrieren Sie das System (in dringenden Fällen unverzüglich registrieren); bestätigen Sie nur die gezielt gesuchte Person.",
  "Notify each use to the market surveillance and data-protection authorities, and contribute to the annual reports.":
    "Melden Sie jede Verwendung der Marktüberwachungsbehörde und der Datenschutzbehörde und wirken Sie an den Jahresberichten mit.",
  "The system is high-risk, but only Arts 6(1), 60a and 102-112 apply directly: the AI requirements reach it through the sectoral type-approval or certification regime.":
    "Das System ist hochriskant, aber nur die Arts 6(1), 60a und 102-112 gelten unmittelbar: Die KI-Anforderungen erreichen es über das sektorale Typgenehmigungs- oder Zertifizierungsverfahren.",
};
