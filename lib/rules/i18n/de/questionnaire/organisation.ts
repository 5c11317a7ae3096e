import type { Catalogue } from "../../types";

// The "organisation" group of lib/rules/questionnaire/groups/organisation.ts, keyed by the English text.
export const ORGANISATION: Catalogue = {
  "Your organisation and the system": "Ihre Organisation und das System",
  "What does your organisation do with this system or model?":
    "Was tut Ihre Organisation mit diesem System oder Modell?",
  "Select all that apply. Each answer maps to a role: provider (develops and offers it under its own name), deployer (uses it), importer, distributor, authorised representative or product manufacturer. For example: building a tool in-house and using it yourself makes you provider and deployer (putting into service for own use); selling a product built on a third-party model API under your own brand makes you the provider of that system.":
    "Wählen Sie alles Zutreffende. Jede Antwort entspricht einer Rolle: Anbieter (entwickelt es und bietet es unter eigenem Namen an), Betreiber (verwendet es), Einführer, Händler, Bevollmächtigter oder Produkthersteller. Zum Beispiel: Wer ein Tool intern entwickelt und selbst verwendet, ist Anbieter und Betreiber (Inbetriebnahme für den Eigengebrauch); wer ein Produkt, das auf der Modell-API eines Dritten aufbaut, unter eigener Marke verkauft, ist Anbieter dieses Systems.",
  "Your product owner, or procurement if the system was bought in.":
    "Ihr Product Owner oder, wenn das System eingekauft wurde, der Einkauf.",
  "We develop it, or have it developed for us": "Wir entwickeln es oder lassen es für uns entwickeln",
  "We offer it to others, or use it ourselves, under our own name or brand":
    "Wir bieten es anderen an oder verwenden es selbst, unter eigenem Namen oder eigener Marke",
  "We use it under our authority": "Wir verwenden es in eigener Verantwortung",
  "We are based in the EU and bring into the EU market a system carrying a non-EU company's name":
    "Wir sind in der EU ansässig und bringen ein System mit dem Namen eines Unternehmens außerhalb der EU auf den EU-Markt",
  "We resell or pass on someone else's system (distributor or reseller)":
    "Wir verkaufen das System eines anderen weiter oder geben es weiter (Händler oder Wiederverkäufer)",
  "We act in the EU for a non-EU provider under its written mandate (authorised representative)":
    "Wir handeln in der EU im schriftlichen Auftrag eines Anbieters außerhalb der EU (Bevollmächtigter)",
  "We sell it built into our own product, under our name (product manufacturer)":
    "Wir verkaufen es in unser eigenes Produkt eingebaut, unter unserem Namen (Produkthersteller)",
  "Is your use purely personal and non-professional?": "Ist Ihre Verwendung rein persönlich und nicht beruflich?",
  'A natural person (a private individual) using AI in a purely personal capacity is not a deployer and owes no deployer duties; answer "A private individual" to the question on what kind of user you are. Any use by a company, public body or self-employed professional is professional. For example: someone using a photo app for family pictures answers yes; a bank using the same app for marketing answers no.':
    "Eine natürliche Person (eine Privatperson), die KI im Rahmen einer ausschließlich persönlichen Tätigkeit verwendet, ist kein Betreiber und hat keine Betreiberpflichten; beantworten Sie die Frage, welche Art von Nutzer Sie sind, mit „Eine Privatperson“. Jede Verwendung durch ein Unternehmen, eine öffentliche Stelle oder Selbstständige ist beruflich. Zum Beispiel: Wer eine Foto-App für Familienbilder nutzt, antwortet mit Ja; eine Bank, die dieselbe App für Marketing nutzt, mit Nein.",
  "Whoever registered the system, who knows whether it is used for work.":
    "Die Person, die das System erfasst hat und weiß, ob es beruflich genutzt wird.",
  "Is your organisation established or located in the EU?":
    "Ist Ihre Organisation in der EU niedergelassen oder ansässig?",
  "Deployers established or located in the EU are covered wherever the provider is. A branch or office in an EU country counts. For example: a US company using the system from its Dublin office answers yes.":
    "Betreiber, die in der EU niedergelassen oder ansässig sind, sind erfasst, wo auch immer der Anbieter sitzt. Eine Zweigstelle oder ein Büro in einem EU-Land zählt. Zum Beispiel: Ein US-Unternehmen, das das System von seinem Büro in Dublin aus verwendet, antwortet mit Ja.",
  "Your legal team, from the company register entry of the entity that runs the system.":
    "Ihre Rechtsabteilung, anhand des Handelsregistereintrags der Einheit, die das System betreibt.",
  "Is the system or model offered to customers in the EU, or used for the first time in the EU?":
    "Wird das System oder Modell Kunden in der EU angeboten oder erstmals in der EU verwendet?",
  "Placing on the market means first making it available on the EU market; putting into service means supplying it for first use in the EU, including for your own use. Providers are covered when they do either, wherever they are established. For example: a SaaS tool sold to customers in France, or a tool your own German team starts using, both count.":
    "Inverkehrbringen bedeutet die erstmalige Bereitstellung auf dem EU-Markt; Inbetriebnahme bedeutet die Bereitstellung zum Erstgebrauch in der EU, auch für den Eigengebrauch. Anbieter sind erfasst, wenn sie eines von beiden tun, wo auch immer sie niedergelassen sind. Zum Beispiel: Ein SaaS-Tool, das an Kunden in Frankreich verkauft wird, und ein Tool, das Ihr eigenes Team in Deutschland zu nutzen beginnt, zählen beide.",
  "Your product owner or sales lead, who knows where customers and users are.":
    "Ihr Product Owner oder Ihre Vertriebsleitung, die wissen, wo Kunden und Nutzer sind.",
  "Is what the system produces (scores, texts, decisions) used in the EU?":
    "Wird das, was das System erzeugt (Bewertungen, Texte, Entscheidungen), in der EU verwendet?",
  "Non-EU providers and deployers are covered when the output of their system is used in the EU. For example: a US firm scoring job applicants for a client's office in Spain answers yes.":
    "Anbieter und Betreiber außerhalb der EU sind erfasst, wenn die Ausgabe ihres Systems in der EU verwendet wird. Zum Beispiel: Eine US-Firma, die Stellenbewerber für das Büro eines Kunden in Spanien bewertet, antwortet mit Ja.",
  "Your product owner, who knows which countries the results are sent to or used in.":
    "Ihr Product Owner, der weiß, in welche Länder die Ergebnisse gehen oder wo sie verwendet werden.",
  "Is the system built on a large general model from another company (for example an LLM used through an API)?":
    "Baut das System auf einem großen allgemeinen Modell eines anderen Unternehmens auf (zum Beispiel einem über eine API genutzten LLM)?",
  "A general-purpose AI model is one that can do many different tasks. Building on one makes you a downstream provider of an AI system, entitled to the model provider's Annex XII information; it does not make you a GPAI model provider. For example: a support chatbot built on a hosted LLM through its API answers yes.":
    "Ein KI-Modell mit allgemeinem Verwendungszweck ist eines, das viele unterschiedliche Aufgaben erfüllen kann. Wer darauf aufbaut, wird nachgelagerter Anbieter eines KI-Systems und hat Anspruch auf die Informationen des Modellanbieters nach Anhang XII; Anbieter eines GPAI-Modells wird man dadurch nicht. Zum Beispiel: Ein Support-Chatbot, der über die API auf einem gehosteten LLM aufbaut, antwortet mit Ja.",
  "The engineering lead who integrated the model, or procurement from the supplier contract.":
    "Die technische Leitung, die das Modell integriert hat, oder der Einkauf anhand des Liefervertrags.",
  "Have you done any of the following with a system another company provides?":
    "Haben Sie mit einem System, das ein anderes Unternehmen bereitstellt, eines der Folgenden getan?",
  "Each can make you the provider of a high-risk system with all provider duties. Leave empty if none applies. A substantial modification is an unplanned change after release that affects compliance or changes the intended purpose (what the provider says the system is for). For example: retraining a bought CV-screening model on your own data and changing how it ranks, or using a general chatbot to pre-select job applicants.":
    "Jeder Punkt kann Sie zum Anbieter eines Hochrisiko-Systems mit allen Anbieterpflichten machen. Leer lassen, wenn nichts zutrifft. Eine wesentliche Veränderung ist eine nicht vorgesehene Änderung nach der Veröffentlichung, die die Konformität beeinträchtigt oder die Zweckbestimmung ändert (wofür das System laut Anbieter gedacht ist). Zum Beispiel: ein eingekauftes Modell zur Lebenslaufprüfung mit eigenen Daten neu trainieren und ändern, wie es rankt, oder einen allgemeinen Chatbot zur Vorauswahl von Stellenbewerbern einsetzen.",
  "The engineering lead who configured the system, together with procurement, from the supplier contract.":
    "Die technische Leitung, die das System konfiguriert hat, zusammen mit dem Einkauf, anhand des Liefervertrags.",
  "Put our name or trademark on a high-risk system already on the market":
    "Unseren Namen oder unsere Marke auf ein bereits in Verkehr gebrachtes Hochrisiko-System gesetzt",
  "Changed a high-risk system substantially (retrained it, changed what it does or how well it does it)":
    "Ein Hochrisiko-System wesentlich verändert (neu trainiert, geändert, was es tut oder wie gut)",
  "Used or offered it for a purpose its provider did not intend (including a general-purpose AI system)":
    "Es für einen Zweck verwendet oder angeboten, den sein Anbieter nicht vorgesehen hat (auch ein KI-System mit allgemeinem Verwendungszweck)",
  "Who uses the system, or on whose behalf is it used?":
    "Wer verwendet das System, oder in wessen Auftrag wird es verwendet?",
  "Several Annex III uses are high-risk only when used by or for public, law-enforcement, migration or judicial authorities. For example: a benefits-eligibility tool run by a contractor for a city council is used on behalf of a public authority. Armed forces and defence bodies are public authorities; their use is excluded only where it is exclusively military, defence or national security (the exclusions question).":
    "Mehrere Verwendungen nach Anhang III sind nur dann hochriskant, wenn sie durch oder für Behörden, Strafverfolgungs-, Migrations- oder Justizbehörden erfolgen. Zum Beispiel: Ein Tool zur Prüfung von Leistungsansprüchen, das ein Dienstleister für eine Stadtverwaltung betreibt, wird im Auftrag einer Behörde verwendet. Streitkräfte und Verteidigungsstellen sind Behörden; ihre Verwendung ist nur ausgenommen, wenn sie ausschließlich militärischen Zwecken, der Verteidigung oder der nationalen Sicherheit dient (Frage zu den Ausnahmen).",
  "Your product owner or account manager, who knows the customers and user groups.":
    "Ihr Product Owner oder Account Manager, der die Kunden und Nutzergruppen kennt.",
  "Public authorities (or on their behalf)": "Behörden (oder in ihrem Auftrag)",
  "Law-enforcement authorities (or on their behalf)": "Strafverfolgungsbehörden (oder in ihrem Auftrag)",
  "Migration, asylum or border-control authorities": "Migrations-, Asyl- oder Grenzkontrollbehörden",
  "Judicial authorities": "Justizbehörden",
  "Alternative dispute resolution bodies": "Stellen für alternative Streitbeilegung",
  "Private companies or organisations": "Private Unternehmen oder Organisationen",
  Consumers: "Verbraucher",
  "Armed forces, defence or national-security bodies": "Streitkräfte, Verteidigungs- oder nationale Sicherheitsstellen",
  "What kind of organisation are you as a user of the system?":
    "Welche Art von Organisation sind Sie als Nutzer des Systems?",
  "Decides the fundamental-rights impact assessment (Art 27) and registration of use (Art 49(3)). For example: a municipal housing office is a body governed by public law; a private company running social housing for the state provides public services; a freelancer using the system on their own account is a private individual. Whether private schools and clinics provide public services is disputed.":
    "Entscheidet über die Grundrechte-Folgenabschätzung (Art 27) und die Registrierung der Verwendung (Art 49(3)). Zum Beispiel: Ein kommunales Wohnungsamt ist eine Einrichtung des öffentlichen Rechts; ein privates Unternehmen, das für den Staat Sozialwohnungen betreibt, erbringt öffentliche Dienste; eine Freiberuflerin, die das System auf eigene Rechnung nutzt, ist eine Privatperson. Ob private Schulen und Kliniken öffentliche Dienste erbringen, ist umstritten.",
  "Your legal team, from how your organisation is constituted and funded.":
    "Ihre Rechtsabteilung, anhand der Rechtsform und Finanzierung Ihrer Organisation.",
  "Body governed by public law (public authority, agency, public hospital)":
    "Einrichtung des öffentlichen Rechts (Behörde, Agentur, öffentliches Krankenhaus)",
  "Private entity providing public services (e.g. social services, housing)":
    "Private Einrichtung, die öffentliche Dienste erbringt (z. B. soziale Dienste, Wohnungswesen)",
  "Private school, university or clinic": "Private Schule, Universität oder Klinik",
  "Other private organisation": "Andere private Organisation",
  "A private individual (a person, not a company or public body)":
    "Eine Privatperson (ein Mensch, kein Unternehmen und keine öffentliche Stelle)",
};
