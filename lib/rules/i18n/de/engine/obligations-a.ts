import type { Catalogue } from "../../types";

// The engine's obligation titles and summaries, keyed by the English the rule set holds.
export const OBLIGATIONS_A: Catalogue = {
  "GPAI authorised representative tasks": "Aufgaben des Bevollmächtigten für GPAI-Modelle",
  "This practice is prohibited. Do not place the system on the market, put it into service, make it available or use it for this practice.":
    "Diese Praktik ist verboten. Bringen Sie das System für diese Praktik nicht in Verkehr, nehmen Sie es dafür nicht in Betrieb, stellen Sie es dafür nicht bereit und verwenden Sie es nicht dafür.",
  "Verify the Annex XI documentation and compliance with Arts 53 and 55, keep documents for 10 years, cooperate, and end the mandate if the provider breaches its obligations.":
    "Prüfen Sie die Dokumentation nach Annex XI und die Einhaltung der Arts 53 und 55, bewahren Sie Unterlagen 10 Jahre auf, arbeiten Sie mit den Behörden zusammen und beenden Sie das Mandat, wenn der Anbieter seine Pflichten verletzt.",
  "Model technical documentation": "Technische Dokumentation des Modells",
  "Information for downstream providers": "Informationen für nachgelagerte Anbieter",
  "Copyright policy": "Urheberrechtsstrategie",
  "Public training-content summary": "Öffentliche Zusammenfassung der Trainingsinhalte",
  "Notify the Commission": "Kommission benachrichtigen",
  "Model evaluation and adversarial testing": "Modellbewertung und Angriffstests",
  "Assess and mitigate systemic risks": "Systemische Risiken bewerten und mindern",
  "Track and report serious incidents": "Schwerwiegende Vorfälle erfassen und melden",
  Cybersecurity: "Cybersicherheit",
  "Appoint an EU authorised representative": "Einen Bevollmächtigten in der EU benennen",
  "Keep Annex XI documentation (training and testing process, evaluation results, compute and energy) and provide it to the AI Office on request.":
    "Führen Sie die Dokumentation nach Annex XI (Trainings- und Testverfahren, Bewertungsergebnisse, Rechenaufwand und Energie) und legen Sie sie dem Büro für Künstliche Intelligenz auf Anfrage vor.",
  "Give downstream providers the Annex XII information they need to integrate the model and comply, protecting IP and trade secrets.":
    "Geben Sie nachgelagerten Anbietern die Informationen nach Annex XII, die sie zur Integration des Modells und zur Einhaltung der Pflichten benötigen, unter Schutz von geistigem Eigentum und Geschäftsgeheimnissen.",
  "Put in place a policy to comply with EU copyright law, including state-of-the-art identification of text-and-data-mining opt-outs (Art 4(3) Directive 2019/790).":
    "Führen Sie eine Strategie zur Einhaltung des EU-Urheberrechts ein, einschließlich der Erkennung von Vorbehalten gegen Text- und Data-Mining nach dem Stand der Technik (Art 4(3) Richtlinie 2019/790).",
  "Publish a sufficiently detailed summary of the training content on the AI Office template of 24 July 2025.":
    "Veröffentlichen Sie eine hinreichend detaillierte Zusammenfassung der Trainingsinhalte nach der Vorlage des Büros für Künstliche Intelligenz vom 24. Juli 2025.",
  "Duties limited to your modification": "Pflichten beschränkt auf Ihre Änderung",
  "As provider of a modified model, your documentation and training-content summary cover the modification only.":
    "Als Anbieter eines geänderten Modells erfassen Ihre Dokumentation und die Zusammenfassung der Trainingsinhalte nur die Änderung.",
  "Evaluate the model with state-of-the-art protocols, including adversarial testing (red-teaming).":
    "Bewerten Sie das Modell mit Protokollen nach dem Stand der Technik, einschließlich Angriffstests (Red-Teaming).",
  "Assess and mitigate possible systemic risks at Union level, including their sources.":
    "Bewerten und mindern Sie mögliche systemische Risiken auf Unionsebene einschließlich ihrer Ursachen.",
  "Track, document and report serious incidents and corrective measures to the AI Office without undue delay.":
    "Erfassen, dokumentieren und melden Sie schwerwiegende Vorfälle und Korrekturmaßnahmen unverzüglich dem Büro für Künstliche Intelligenz.",
  "Ensure adequate cybersecurity for the model and its physical infrastructure.":
    "Sorgen Sie für angemessene Cybersicherheit des Modells und seiner physischen Infrastruktur.",
  "Notify the Commission without delay and within two weeks of meeting the systemic-risk threshold (or knowing it will be met). You may argue the model exceptionally has no systemic risk.":
    "Benachrichtigen Sie die Kommission unverzüglich, spätestens zwei Wochen nachdem die Schwelle für ein systemisches Risiko erreicht ist (oder absehbar erreicht wird). Sie können darlegen, dass das Modell ausnahmsweise kein systemisches Risiko birgt.",
  "As a non-EU model provider, appoint an authorised representative by written mandate before placing the model on the EU market.":
    "Benennen Sie als Modellanbieter außerhalb der EU vor dem Inverkehrbringen des Modells in der EU einen Bevollmächtigten durch schriftliches Mandat.",
  "Support AI literacy": "KI-Kompetenz fördern",
  "Take measures to support the AI literacy of staff and others operating the system on your behalf, taking account of their knowledge, the context and the persons affected.":
    "Ergreifen Sie Maßnahmen, um die KI-Kompetenz Ihres Personals und anderer Personen, die das System in Ihrem Auftrag betreiben, zu fördern, unter Berücksichtigung ihrer Kenntnisse, des Kontexts und der betroffenen Personen.",
  "Risk management system": "Risikomanagementsystem",
  "Run a continuous risk management process over the lifecycle: identify and evaluate risks under intended use and foreseeable misuse, adopt measures, test against predefined metrics, and consider under-18s and vulnerable groups.":
    "Betreiben Sie über den gesamten Lebenszyklus einen kontinuierlichen Risikomanagementprozess: Risiken bei bestimmungsgemäßer Verwendung und vorhersehbarer Fehlanwendung ermitteln und bewerten, Maßnahmen ergreifen, anhand vorab festgelegter Metriken testen und Minderjährige sowie schutzbedürftige Gruppen berücksichtigen.",
  "Data and data governance": "Daten und Daten-Governance",
  "Apply data-governance practices to training, validation and test data, including bias examination and mitigation; datasets must be relevant, representative and as error-free and complete as possible.":
    "Wenden Sie auf Trainings-, Validierungs- und Testdaten Verfahren der Daten-Governance an, einschließlich der Untersuchung und Minderung von Verzerrungen; die Datensätze müssen relevant, repräsentativ und so fehlerfrei und vollständig wie möglich sein.",
  "Technical documentation": "Technische Dokumentation",
  "Draw up Annex IV technical documentation before placing on the market and keep it current. SMEs and SMCs may use the simplified form.":
    "Erstellen Sie vor dem Inverkehrbringen die technische Dokumentation nach Annex IV und halten Sie sie aktuell. KMU und kleine Midcap-Unternehmen dürfen die vereinfachte Form nutzen.",
  "Automatic event logging": "Automatische Protokollierung",
  "Design the system to log events automatically over its lifetime, to support risk identification, post-market monitoring and deployer monitoring.":
    "Gestalten Sie das System so, dass es Ereignisse über seine Lebensdauer automatisch protokolliert, um die Risikoerkennung, die Beobachtung nach dem Inverkehrbringen und die Überwachung durch den Betreiber zu unterstützen.",
  "Transparency and instructions for use": "Transparenz und Betriebsanleitung",
  "Give deployers instructions covering identity, capabilities and limits, accuracy metrics, human-oversight measures, maintenance and log collection.":
    "Geben Sie den Betreibern eine Betriebsanleitung zu Identität, Fähigkeiten und Grenzen, Genauigkeitsmetriken, Maßnahmen der menschlichen Aufsicht, Wartung und Erfassung der Protokolle.",
  "Human oversight by design": "Menschliche Aufsicht durch Gestaltung",
  "Design the system so people can understand, monitor, override and stop it, and stay aware of automation bias.":
    "Gestalten Sie das System so, dass Menschen es verstehen, überwachen, übersteuern und anhalten können und sich des Automatisierungsbias bewusst bleiben.",
  "Accuracy, robustness and cybersecurity": "Genauigkeit, Robustheit und Cybersicherheit",
  "Declare accuracy levels, build in resilience and fail-safes, mitigate feedback loops and defend against poisoning and adversarial attacks. Meeting CRA Art 12(1) counts for cybersecurity (Art 42(3)).":
    "Geben Sie Genauigkeitsgrade an, bauen Sie Widerstandsfähigkeit und Ausfallsicherungen ein, mindern Sie Rückkopplungsschleifen und schützen Sie vor Datenvergiftung und feindlichen Angriffen. Die Erfüllung von CRA Art 12(1) gilt für die Cybersicherheit (Art 42(3)).",
  "Name and contact details": "Name und Kontaktdaten",
  "Show your name, trademark and contact address on the system, its packaging or its documentation.":
    "Geben Sie Ihren Namen, Ihre Marke und Ihre Kontaktanschrift auf dem System, seiner Verpackung oder seiner Dokumentation an.",
  "Quality management system": "Qualitätsmanagementsystem",
  "Put in place written QMS policies and procedures, proportionate to your size, covering compliance strategy, design, testing, data, risk management, post-market monitoring and incident reporting.":
    "Führen Sie schriftliche QMS-Strategien und -Verfahren ein, angemessen zu Ihrer Größe, zu Compliance-Strategie, Entwurf, Tests, Daten, Risikomanagement, Beobachtung nach dem Inverkehrbringen und Meldung von Vorfällen.",
  "Keep documentation for 10 years": "Dokumentation 10 Jahre aufbewahren",
  "Keep technical and QMS documentation, notified-body decisions and the EU declaration of conformity for 10 years after placing on the market.":
    "Bewahren Sie die technische und die QMS-Dokumentation, Entscheidungen notifizierter Stellen und die EU-Konformitätserklärung 10 Jahre nach dem Inverkehrbringen auf.",
  "Keep logs": "Protokolle aufbewahren",
  "Keep logs under your control for at least six months, unless other law says otherwise.":
    "Bewahren Sie Protokolle unter Ihrer Kontrolle mindestens sechs Monate auf, sofern anderes Recht nichts anderes bestimmt.",
  "Corrective actions and information": "Korrekturmaßnahmen und Information",
  "If the system does not conform, bring it into conformity, withdraw, disable or recall it, and inform the supply chain and authorities.":
    "Ist das System nicht konform, stellen Sie die Konformität her, nehmen Sie es vom Markt, deaktivieren Sie es oder rufen Sie es zurück, und informieren Sie die Lieferkette und die Behörden.",
  "Cooperation with authorities": "Zusammenarbeit mit Behörden",
  "Provide information, documentation and log access to competent authorities on reasoned request.":
    "Stellen Sie den zuständigen Behörden auf begründetes Ersuchen Informationen, Dokumentation und Zugang zu Protokollen bereit.",
  "Written agreements with suppliers": "Schriftliche Vereinbarungen mit Zulieferern",
  "Agree in writing with suppliers of AI systems, models, tools and components the information, access and assistance you need to comply.":
    "Vereinbaren Sie schriftlich mit Zulieferern von KI-Systemen, Modellen, Werkzeugen und Komponenten die Informationen, den Zugang und die Unterstützung, die Sie zur Einhaltung der Pflichten benötigen.",
  "Conformity assessment (biometrics)": "Konformitätsbewertung (Biometrie)",
  "Before placing on the market, assess conformity: internal control (Annex VI) only if harmonised standards or common specifications were applied in full; otherwise a notified body (Annex VII). None is cited in the OJ yet.":
    "Bewerten Sie vor dem Inverkehrbringen die Konformität: interne Kontrolle (Annex VI) nur, wenn harmonisierte Normen oder gemeinsame Spezifikationen vollständig angewandt wurden; sonst eine notifizierte Stelle (Annex VII). Im Amtsblatt ist noch keine angeführt.",
  "EU declaration of conformity": "EU-Konformitätserklärung",
  "Sign a machine-readable EU declaration of conformity per Annex V and keep it for 10 years.":
    "Unterzeichnen Sie eine maschinenlesbare EU-Konformitätserklärung nach Annex V und bewahren Sie sie 10 Jahre auf.",
  "CE marking": "CE-Kennzeichnung",
  "Affix the CE marking (digitally for digitally provided systems), with the notified body's number where one was involved.":
    "Bringen Sie die CE-Kennzeichnung an (digital bei digital bereitgestellten Systemen), mit der Kennnummer der notifizierten Stelle, sofern eine beteiligt war.",
  "Register in the EU database": "In der EU-Datenbank registrieren",
  "Register yourself and the system in the EU database before placing it on the market (law-enforcement, migration and border systems go into the non-public section, Art 49(4)).":
    "Registrieren Sie sich und das System vor dem Inverkehrbringen in der EU-Datenbank (Systeme für Strafverfolgung, Migration und Grenzkontrolle im nicht öffentlichen Teil, Art 49(4)).",
  Accessibility: "Barrierefreiheit",
  "Meet the accessibility requirements of Directives (EU) 2016/2102 and 2019/882.":
    "Erfüllen Sie die Barrierefreiheitsanforderungen der Richtlinien (EU) 2016/2102 und 2019/882.",
  "Post-market monitoring": "Beobachtung nach dem Inverkehrbringen",
  "Run a post-market monitoring system based on a plan that forms part of the technical documentation.":
    "Betreiben Sie ein System zur Beobachtung nach dem Inverkehrbringen auf Grundlage eines Plans, der Teil der technischen Dokumentation ist.",
  "Report serious incidents": "Schwerwiegende Vorfälle melden",
};
