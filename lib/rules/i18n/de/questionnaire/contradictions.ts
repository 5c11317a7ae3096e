import type { Catalogue } from "../../types";

// The contradiction texts of lib/rules/questionnaire/clash-rules.ts, keyed by the English text.
export const CONTRADICTIONS: Catalogue = {
  "The technique and the answer on inference disagree: machine learning and logic- or knowledge-based approaches are the techniques that infer, while a system that only runs rules written by people or basic data processing does not.":
    "Die Technik und die Antwort zur Ableitung widersprechen sich: Maschinelles Lernen sowie logik- und wissensgestützte Konzepte sind die Techniken, die ableiten, während ein System, das nur von Menschen geschriebene Regeln ausführt oder einfache Datenverarbeitung betreibt, nicht ableitet.",
  "The model is said to be only a research or prototyping project, yet access to it is sold. Supplying a model for payment makes it available on the market, which ends the research-only exclusion.":
    "Das Modell soll nur ein Forschungs- oder Prototyping-Projekt sein, doch der Zugang dazu wird verkauft. Wer ein Modell entgeltlich abgibt, stellt es auf dem Markt bereit, womit die Ausnahme für reine Forschung endet.",
  "Importers and authorised representatives are by definition located or established in the EU, but the organisation is said not to be established or located in the EU.":
    "Einführer und Bevollmächtigte sind per Definition in der EU ansässig oder niedergelassen, die Organisation soll aber nicht in der EU niedergelassen oder ansässig sein.",
  "Importing means bringing the system onto the EU market, but the system is said not to be offered or used in the EU.":
    "Einführen heißt, das System auf den EU-Markt zu bringen, das System soll aber in der EU weder angeboten noch verwendet werden.",
  "Purely personal, non-professional use is use by a private individual, but the user is said to be an organisation (a public body, a provider of public services, a school, university or clinic, or another private organisation), whose use is always professional.":
    "Rein persönliche, nicht berufliche Verwendung ist die Verwendung durch eine Privatperson, der Nutzer soll aber eine Organisation sein (eine öffentliche Stelle, ein Anbieter öffentlicher Dienste, eine Schule, Universität oder Klinik oder eine andere private Organisation), deren Verwendung immer beruflich ist.",
  "Purely personal, non-professional use is use by a private individual, but the user is said to be a non-EU public authority or international body working under a cooperation agreement.":
    "Rein persönliche, nicht berufliche Verwendung ist die Verwendung durch eine Privatperson, der Nutzer soll aber eine Behörde außerhalb der EU oder eine internationale Organisation sein, die im Rahmen eines Kooperationsabkommens arbeitet.",
  "The user is said to be a private organisation and also a non-EU public authority or international body; it cannot be both.":
    "Der Nutzer soll eine private Organisation und zugleich eine Behörde außerhalb der EU oder eine internationale Organisation sein; beides zugleich ist nicht möglich.",
  "The system is said to be still only in research, testing or development, not yet launched or in real use, and also to be already placed on the market or put into service. The research exclusion covers only the time before that.":
    "Das System soll noch ausschließlich in Forschung, Test oder Entwicklung sein, weder gestartet noch in echter Nutzung, und zugleich bereits in Verkehr gebracht oder in Betrieb genommen sein. Die Forschungsausnahme gilt nur für die Zeit davor.",
  "The model is said to be only a research or prototyping project, and also to be already placed on the market. The research-only exclusion ends when the model is placed on the market.":
    "Das Modell soll nur ein Forschungs- oder Prototyping-Projekt sein und zugleich bereits in Verkehr gebracht sein. Die Ausnahme für reine Forschung endet, wenn das Modell in Verkehr gebracht wird.",
  "The system is said to be able to create or alter intimate images, video or audio, but images, audio and video are not among the kinds of content it is said to generate or manipulate.":
    "Das System soll intime Bilder, Videos oder Audioaufnahmen erzeugen oder verändern können, aber Bilder, Audio und Video gehören nicht zu den Inhaltsarten, die es laut Antwort erzeugt oder manipuliert.",
  "The system is said to be able to create or alter child sexual abuse material, which is visual material, but images and video are not among the kinds of content it is said to generate or manipulate.":
    "Das System soll Darstellungen sexuellen Missbrauchs von Kindern, also visuelles Material, erzeugen oder verändern können, aber Bilder und Video gehören nicht zu den Inhaltsarten, die es laut Antwort erzeugt oder manipuliert.",
  '"Only non-sensitive traits" is chosen together with other characteristics, so the categorisation does not infer only non-sensitive traits.':
    "„Nur nicht sensible Merkmale“ ist zusammen mit anderen Merkmalen gewählt, also leitet die Kategorisierung nicht nur nicht sensible Merkmale ab.",
  "The system is said to be used exclusively for military, defence or national-security purposes, but consumers are among its users, which is civilian use.":
    "Das System soll ausschließlich für militärische Zwecke, Verteidigungszwecke oder Zwecke der nationalen Sicherheit verwendet werden, doch zu seinen Nutzern gehören Verbraucher, was zivile Verwendung ist.",
  '"Only a lawful, purpose-specific evaluation" is chosen together with worse treatment in unrelated situations or out of proportion, so the score leads to more than that evaluation.':
    "„Nur eine rechtmäßige, zweckgebundene Bewertung“ ist zusammen mit Schlechterstellung in unzusammenhängenden Situationen oder unverhältnismäßiger Behandlung gewählt, also führt die Punktzahl zu mehr als dieser Bewertung.",
  '"None of these" is chosen together with a product law: the product either falls under one of these laws or under none.':
    "„Nichts davon“ ist zusammen mit einem Produktgesetz gewählt: Das Produkt fällt entweder unter eines dieser Gesetze oder unter keines.",
  '"None of these" is chosen together with an Annex III area: the system is either used in one of these areas or in none.':
    "„Nichts davon“ ist zusammen mit einem Bereich nach Anhang III gewählt: Das System wird entweder in einem dieser Bereiche verwendet oder in keinem.",
  '"Only verifies travel documents" is chosen together with other migration uses, so the system does more than verify travel documents.':
    "„Überprüft nur Reisedokumente“ ist zusammen mit anderen Verwendungen im Bereich Migration gewählt, also tut das System mehr, als Reisedokumente zu überprüfen.",
  '"Ancillary court administration only" is chosen together with helping a judge or dispute-resolution body research, interpret and apply the law, which is more than administration.':
    "„Nur begleitende Gerichtsverwaltung“ ist zusammen damit gewählt, einem Gericht oder einer Streitbeilegungsstelle bei der Ermittlung, Auslegung und Anwendung des Rechts zu helfen, was mehr als Verwaltung ist.",
  "The system or model is said to be already placed on the market or put into service, but the date given for that is still in the future.":
    "Das System oder Modell soll bereits in Verkehr gebracht oder in Betrieb genommen sein, doch das dafür angegebene Datum liegt noch in der Zukunft.",
  "The AI system itself is said to be already placed on the market or put into service, but the date given for that is still in the future.":
    "Das KI-System selbst soll bereits in Verkehr gebracht oder in Betrieb genommen sein, doch das dafür angegebene Datum liegt noch in der Zukunft.",
  "For a model and the system on it, the first date is the earlier of the two, yet the system's own date is earlier than it.":
    "Bei einem Modell und dem System darauf ist das erste Datum das frühere der beiden, doch das eigene Datum des Systems liegt noch davor.",
  "The model's cumulative training compute includes the compute of its modification, yet the modification alone is said to have used more.":
    "Die kumulierte Trainingsrechenleistung des Modells umfasst die Rechenleistung seiner Veränderung, doch die Veränderung allein soll mehr verbraucht haben.",
  "The Commission designates only general-purpose AI models as having systemic risk, but the model is said not to be general-purpose.":
    "Die Kommission stuft nur KI-Modelle mit allgemeinem Verwendungszweck als Modelle mit systemischem Risiko ein, das Modell soll aber keinen allgemeinen Verwendungszweck haben.",
};
