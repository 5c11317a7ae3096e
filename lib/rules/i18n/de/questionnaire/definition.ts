import type { Catalogue } from "../../types";

// The "definition" group of lib/rules/questionnaire/groups/definition.ts, keyed by the English text.
export const DEFINITION: Catalogue = {
  "What is being assessed": "Was bewertet wird",
  "Are you assessing an AI system, an AI model, or a model together with the system built on it?":
    "Bewerten Sie ein KI-System, ein KI-Modell oder ein Modell zusammen mit dem darauf aufgebauten System?",
  'An AI system is what people or other software use for a purpose: an app, a service, a feature, an API that returns a result. A model is regulated on its own only when it is general-purpose (Chapter V). A specialised model sold as an API service is a ready-to-use AI system, because its purpose decides the risk. For example: a speech-to-text, face-matching or credit-scoring API is "An AI system"; a large language model offered as weights or as an API for others to build on is "An AI model only". Pick both when you offer such a model and your own application on it.':
    "Ein KI-System ist das, was Menschen oder andere Software für einen Zweck nutzen: eine App, ein Dienst, eine Funktion, eine API, die ein Ergebnis liefert. Ein Modell wird nur dann eigenständig reguliert, wenn es einen allgemeinen Verwendungszweck hat (Kapitel V). Ein spezialisiertes Modell, das als API-Dienst verkauft wird, ist ein gebrauchsfertiges KI-System, weil sein Zweck über das Risiko entscheidet. Zum Beispiel: Eine API für Spracherkennung, Gesichtsabgleich oder Bonitätsbewertung ist „Ein KI-System“; ein großes Sprachmodell, das als Gewichte oder als API angeboten wird, auf der andere aufbauen, ist „Nur ein KI-Modell“. Wählen Sie beides, wenn Sie ein solches Modell und Ihre eigene Anwendung darauf anbieten.",
  "Your product owner, or the engineering lead who built or bought the model.":
    "Ihr Product Owner oder die technische Leitung, die das Modell entwickelt oder eingekauft hat.",
  "An AI system (application)": "Ein KI-System (Anwendung)",
  "An AI model only": "Nur ein KI-Modell",
  "A model and the system built on it": "Ein Modell und das darauf aufgebaute System",
  "Which technique best describes how the system produces its outputs?":
    "Welche Technik beschreibt am besten, wie das System seine Ausgaben erzeugt?",
  'Machine learning and logic- or knowledge-based approaches infer outputs. Rules written entirely by people, basic data processing and simple statistics such as averages usually do not. For example: a fraud model trained on past transactions is machine learning; a spreadsheet rule "flag payments over €10,000" only executes human rules. Whether optimisation solvers and simple statistical models are AI systems is disputed.':
    "Maschinelles Lernen sowie logik- und wissensgestützte Konzepte leiten Ausgaben ab. Vollständig von Menschen geschriebene Regeln, einfache Datenverarbeitung und einfache Statistik wie Durchschnittswerte tun das in der Regel nicht. Zum Beispiel: Ein mit früheren Transaktionen trainiertes Betrugsmodell ist maschinelles Lernen; eine Tabellenregel „Zahlungen über 10.000 € markieren“ führt nur menschliche Regeln aus. Ob Optimierungslöser und einfache statistische Modelle KI-Systeme sind, ist umstritten.",
  "The engineering or data-science lead who built the system, or the vendor's technical documentation.":
    "Die technische oder Data-Science-Leitung, die das System entwickelt hat, oder die technische Dokumentation des Anbieters.",
  "Machine learning (supervised, unsupervised, self-supervised, reinforcement, deep learning)":
    "Maschinelles Lernen (überwacht, unüberwacht, selbstüberwacht, bestärkend, Deep Learning)",
  "Logic- or knowledge-based inference (expert system, knowledge graph reasoning)":
    "Logik- oder wissensgestützte Inferenz (Expertensystem, Schlussfolgern über Wissensgraphen)",
  "Search or mathematical optimisation solver": "Such- oder mathematischer Optimierungslöser",
  "Simple statistical prediction (averages, basic regression)":
    "Einfache statistische Vorhersage (Durchschnittswerte, einfache Regression)",
  "Only executes rules written by people": "Führt nur von Menschen geschriebene Regeln aus",
  "Basic data processing (sorting, filtering, lookups)":
    "Einfache Datenverarbeitung (Sortieren, Filtern, Nachschlagen)",
  "Does the system infer, from the input it receives, how to produce outputs (predictions, content, recommendations, decisions)?":
    "Leitet das System aus den erhaltenen Eingaben ab, wie Ausgaben (Vorhersagen, Inhalte, Empfehlungen, Entscheidungen) erstellt werden?",
  'This is the decisive element of the definition ("infers, from the input it receives, how to generate outputs"). A system that only applies a fixed formula someone wrote does not infer. For example: a model that scores a loan application from patterns learnt in past data infers; a calculator applying a published tariff table does not.':
    "Das ist das entscheidende Element der Begriffsbestimmung („aus den erhaltenen Eingaben ableitet, wie Ausgaben erstellt werden“). Ein System, das nur eine feste, von jemandem geschriebene Formel anwendet, leitet nicht ab. Zum Beispiel: Ein Modell, das einen Kreditantrag anhand von in früheren Daten gelernten Mustern bewertet, leitet ab; ein Rechner, der eine veröffentlichte Tariftabelle anwendet, nicht.",
  "Does it produce its outputs with some independence from human involvement?":
    "Erzeugt es seine Ausgaben mit einer gewissen Unabhängigkeit vom menschlichen Eingreifen?",
  "Any level of autonomy counts, even if a person reviews every output. Adaptiveness after deployment is optional. For example: a CV-ranking tool that proposes a shortlist a recruiter then checks still operates with some autonomy.":
    "Jeder Grad an Autonomie zählt, auch wenn ein Mensch jede Ausgabe prüft. Anpassungsfähigkeit nach der Betriebsaufnahme ist nicht erforderlich. Zum Beispiel: Ein Tool zum Ranking von Lebensläufen, das eine Auswahlliste vorschlägt, die eine Personalerin danach prüft, arbeitet dennoch mit einer gewissen Autonomie.",
  "Your product owner, who knows how people use the system day to day.":
    "Ihr Product Owner, der weiß, wie Menschen das System im Alltag nutzen.",
  "Can the model do many different kinds of tasks well, rather than one specialised task?":
    "Kann das Modell viele unterschiedliche Aufgaben gut erledigen, statt nur einer spezialisierten Aufgabe?",
  "A general-purpose AI model shows significant generality and competently performs a wide range of distinct tasks. For example: a large language model that drafts, summarises, translates and codes is general; a model that only transcribes speech, upscales images or forecasts weather is not, even when large.":
    "Ein KI-Modell mit allgemeinem Verwendungszweck weist eine erhebliche allgemeine Verwendbarkeit auf und erfüllt ein breites Spektrum unterschiedlicher Aufgaben kompetent. Zum Beispiel: Ein großes Sprachmodell, das entwirft, zusammenfasst, übersetzt und programmiert, ist allgemein; ein Modell, das nur Sprache transkribiert, Bilder hochskaliert oder das Wetter vorhersagt, ist es nicht, auch wenn es groß ist.",
  "The machine-learning lead who trained or fine-tuned the model, or its model card.":
    "Die Machine-Learning-Leitung, die das Modell trainiert oder feinabgestimmt hat, oder seine Model Card.",
  "Can the model generate language (text or audio), or images or video from text?":
    "Kann das Modell Sprache (Text oder Audio) oder aus Text Bilder oder Videos erzeugen?",
  "Part of the Commission's indicative test for a general-purpose model, together with training compute above 10^23 FLOP. For example: a chat model or a text-to-image model answers yes; a fraud-scoring model answers no.":
    "Teil des indikativen Tests der Kommission für ein Modell mit allgemeinem Verwendungszweck, zusammen mit einer Trainingsrechenleistung über 10^23 FLOP. Zum Beispiel: Ein Chatmodell oder ein Text-zu-Bild-Modell antwortet mit Ja; ein Modell zur Betrugsbewertung mit Nein.",
  "How much computing was used to train the model, in FLOP (for example 3e24)?":
    "Wie viel Rechenleistung wurde für das Training des Modells verwendet, in FLOP (zum Beispiel 3e24)?",
  "Cumulative training compute in floating-point operations (FLOP). Above 10^23 FLOP is the indicative general-purpose threshold; above 10^25 FLOP the model is presumed to have systemic risk. For example: a model of about 1 billion parameters trained on a large dataset is around 10^23 FLOP.":
    "Kumulierte Trainingsrechenleistung in Gleitkommaoperationen (FLOP). Über 10^23 FLOP liegt die indikative Schwelle für den allgemeinen Verwendungszweck; über 10^25 FLOP wird vermutet, dass das Modell ein systemisches Risiko birgt. Zum Beispiel: Ein Modell mit etwa 1 Milliarde Parametern, trainiert mit einem großen Datensatz, liegt bei etwa 10^23 FLOP.",
  "The machine-learning lead who ran the training, from the training logs or the model card.":
    "Die Machine-Learning-Leitung, die das Training durchgeführt hat, anhand der Trainingsprotokolle oder der Model Card.",
  "Is the model only a research or prototyping project, not yet being prepared for release?":
    "Ist das Modell nur ein Forschungs- oder Prototyping-Projekt, dessen Veröffentlichung noch nicht vorbereitet wird?",
  "Models used only for research, development or prototyping before they are placed on the market fall outside the definition of a general-purpose AI model. A model about to launch (release being prepared, customers lined up) or already offered to anyone is not research-only: answer No, so the result shows the duties that apply from release. For example: an internal prototype trained to compare architectures is research-only; a model in a closed beta for paying customers is not.":
    "Modelle, die vor ihrem Inverkehrbringen nur für Forschung, Entwicklung oder Prototyping verwendet werden, fallen nicht unter die Begriffsbestimmung eines KI-Modells mit allgemeinem Verwendungszweck. Ein Modell kurz vor dem Start (Veröffentlichung in Vorbereitung, Kunden stehen bereit) oder ein bereits jemandem angebotenes Modell ist nicht nur Forschung: Antworten Sie mit Nein, damit das Ergebnis die Pflichten zeigt, die ab der Veröffentlichung gelten. Zum Beispiel: Ein interner Prototyp, trainiert zum Vergleich von Architekturen, ist nur Forschung; ein Modell in einer geschlossenen Beta für zahlende Kunden nicht.",
  "The research or product lead who decides when the model is released.":
    "Die Forschungs- oder Produktleitung, die entscheidet, wann das Modell veröffentlicht wird.",
};
