import type { Catalogue } from "../../types";

// The "gpai" group of lib/rules/questionnaire/groups/gpai.ts, keyed by the English text.
export const GPAI: Catalogue = {
  "General-purpose AI models": "KI-Modelle mit allgemeinem Verwendungszweck",
  "Did you train the model, or modify (fine-tune) a model from another provider?":
    "Haben Sie das Modell trainiert oder ein Modell eines anderen Anbieters verändert (feinabgestimmt)?",
  "Fine-tuning by the original provider is part of the same general-purpose model's lifecycle. For example: training an LLM from scratch is training in-house; fine-tuning an open-weights model on your own documents is modifying another provider's model.":
    "Eine Feinabstimmung durch den ursprünglichen Anbieter gehört zum Lebenszyklus desselben Modells mit allgemeinem Verwendungszweck. Zum Beispiel: Ein LLM von Grund auf zu trainieren, ist eigenes Training; ein Open-Weights-Modell mit eigenen Dokumenten feinabzustimmen, ist die Veränderung des Modells eines anderen Anbieters.",
  "The machine-learning lead who trained or fine-tuned the model.":
    "Die Machine-Learning-Leitung, die das Modell trainiert oder feinabgestimmt hat.",
  "We trained it (or had it trained) ourselves": "Wir haben es selbst trainiert (oder trainieren lassen)",
  "We modified another provider's model": "Wir haben das Modell eines anderen Anbieters verändert",
  "How much computing did your modification use, in FLOP?":
    "Wie viel Rechenleistung hat Ihre Veränderung verwendet, in FLOP?",
  "A modifier becomes a model provider when this exceeds one third of the original model's training compute (in floating-point operations, FLOP). For example: fine-tuning with 2e22 FLOP on a model trained with 3e24 FLOP stays well below one third.":
    "Wer ein Modell verändert, wird zum Modellanbieter, wenn dies ein Drittel der Trainingsrechenleistung des ursprünglichen Modells übersteigt (in Gleitkommaoperationen, FLOP). Zum Beispiel: Eine Feinabstimmung mit 2e22 FLOP an einem mit 3e24 FLOP trainierten Modell bleibt deutlich unter einem Drittel.",
  "The machine-learning lead who ran the fine-tuning, from the training logs or cloud bill.":
    "Die Machine-Learning-Leitung, die die Feinabstimmung durchgeführt hat, anhand der Trainingsprotokolle oder der Cloud-Rechnung.",
  "Do you know how much computing was used to train the original model?":
    "Wissen Sie, wie viel Rechenleistung für das Training des ursprünglichen Modells verwendet wurde?",
  "If not, one third of 10^23 FLOP is used, or of 10^25 FLOP for an original with systemic risk. For example: some providers publish the training FLOP in the model card or technical report.":
    "Falls nicht, wird ein Drittel von 10^23 FLOP verwendet, oder von 10^25 FLOP bei einem ursprünglichen Modell mit systemischem Risiko. Zum Beispiel: Einige Anbieter veröffentlichen die Trainings-FLOP in der Model Card oder im technischen Bericht.",
  "The machine-learning lead, from the original provider's model card or technical report.":
    "Die Machine-Learning-Leitung, anhand der Model Card oder des technischen Berichts des ursprünglichen Anbieters.",
  "How much computing was used to train the original model, in FLOP?":
    "Wie viel Rechenleistung wurde für das Training des ursprünglichen Modells verwendet, in FLOP?",
  "As published by the original provider, in floating-point operations (FLOP). For example: 3.8e25 for a large frontier model.":
    "Wie vom ursprünglichen Anbieter veröffentlicht, in Gleitkommaoperationen (FLOP). Zum Beispiel: 3.8e25 für ein großes Frontier-Modell.",
  "Is the original model one of the most powerful general models (one with systemic risk)?":
    "Ist das ursprüngliche Modell eines der leistungsfähigsten allgemeinen Modelle (eines mit systemischem Risiko)?",
  "A general-purpose model has systemic risk when trained with more than 10^25 FLOP, when evaluations show high-impact capabilities, or when the Commission designates it; the AI Office publishes a list of such models. For example: the largest frontier LLMs of the major labs.":
    "Ein Modell mit allgemeinem Verwendungszweck birgt ein systemisches Risiko, wenn es mit mehr als 10^25 FLOP trainiert wurde, wenn Bewertungen Fähigkeiten mit hohem Wirkungsgrad zeigen oder wenn die Kommission es benennt; das Büro für Künstliche Intelligenz veröffentlicht eine Liste solcher Modelle. Zum Beispiel: die größten Frontier-LLMs der großen Labore.",
  "The machine-learning lead, from the AI Office's published list or the original provider's documentation.":
    "Die Machine-Learning-Leitung, anhand der vom Büro für Künstliche Intelligenz veröffentlichten Liste oder der Dokumentation des ursprünglichen Anbieters.",
  "Is the model published under a free and open-source licence, with its weights, architecture and usage information public?":
    "Wird das Modell unter einer freien und quelloffenen Lizenz veröffentlicht, mit öffentlich zugänglichen Gewichten, Architektur und Informationen zur Verwendung?",
  "Such open-source models are exempt from Art 53(1)(a)-(b) and Art 54, unless they have systemic risk. For example: weights downloadable by anyone under the Apache 2.0 licence, with a model card.":
    "Solche Open-Source-Modelle sind von Art 53(1)(a)-(b) und Art 54 befreit, es sei denn, sie bergen ein systemisches Risiko. Zum Beispiel: Gewichte, die jeder unter der Apache-2.0-Lizenz herunterladen kann, mit einer Model Card.",
  "Your engineering lead or open-source programme office, from the licence the model is published under.":
    "Ihre technische Leitung oder Ihr Open-Source-Programmbüro, anhand der Lizenz, unter der das Modell veröffentlicht ist.",
  "Do people have to pay to access or use the model?":
    "Müssen Menschen bezahlen, um auf das Modell zuzugreifen oder es zu verwenden?",
  "Monetised releases do not qualify for the open-source exemption. For example: weights free to download but a commercial licence fee for business use, or access only through a paid API.":
    "Monetarisierte Veröffentlichungen kommen für die Open-Source-Ausnahme nicht in Frage. Zum Beispiel: Gewichte kostenlos herunterladbar, aber eine kommerzielle Lizenzgebühr für die geschäftliche Nutzung, oder Zugang nur über eine kostenpflichtige API.",
  "Your product owner or commercial lead, who sets the licence terms.":
    "Ihr Product Owner oder Ihre kaufmännische Leitung, die die Lizenzbedingungen festlegen.",
  "Have tests shown the model performs as well as, or better than, the most advanced models available?":
    "Haben Tests gezeigt, dass das Modell so gut wie oder besser als die fortschrittlichsten verfügbaren Modelle abschneidet?",
  "High-impact capabilities, shown by evaluation with appropriate tools and benchmarks, mean systemic risk even below the compute presumption. For example: scores on standard reasoning or coding benchmarks that match the leading frontier models.":
    "Fähigkeiten mit hohem Wirkungsgrad, nachgewiesen durch Bewertung mit geeigneten Instrumenten und Benchmarks, bedeuten ein systemisches Risiko, auch unterhalb der Rechenleistungsvermutung. Zum Beispiel: Ergebnisse in Standard-Benchmarks für logisches Denken oder Programmieren, die den führenden Frontier-Modellen entsprechen.",
  "The machine-learning lead who ran the model's evaluations.":
    "Die Machine-Learning-Leitung, die die Bewertungen des Modells durchgeführt hat.",
  "Has the European Commission formally named the model as having systemic risk?":
    "Hat die Europäische Kommission das Modell förmlich als Modell mit systemischem Risiko eingestuft?",
  "Designation follows the Annex XIII criteria, on the Commission's initiative or a scientific-panel alert, and is notified to the provider by decision. For example: a Commission decision addressed to you after the AI Office reviewed the model's reach and capabilities.":
    "Die Einstufung folgt den Kriterien des Anhangs XIII, auf Initiative der Kommission oder nach einer Warnung des wissenschaftlichen Gremiums, und wird dem Anbieter per Beschluss mitgeteilt. Zum Beispiel: ein an Sie gerichteter Beschluss der Kommission, nachdem das Büro für Künstliche Intelligenz Reichweite und Fähigkeiten des Modells geprüft hat.",
  "Your legal team, who would have received the Commission's decision.":
    "Ihre Rechtsabteilung, die den Beschluss der Kommission erhalten hätte.",
};
