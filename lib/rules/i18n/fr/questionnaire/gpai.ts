import type { Catalogue } from "../../types";

// The "gpai" group of lib/rules/questionnaire/groups/gpai.ts, keyed by the English text.
export const GPAI: Catalogue = {
  "General-purpose AI models": "Modèles d'IA à usage général",
  "Did you train the model, or modify (fine-tune) a model from another provider?":
    "Avez-vous entraîné le modèle, ou modifié (affiné) le modèle d'un autre fournisseur ?",
  "Fine-tuning by the original provider is part of the same general-purpose model's lifecycle. For example: training an LLM from scratch is training in-house; fine-tuning an open-weights model on your own documents is modifying another provider's model.":
    "L'affinage par le fournisseur d'origine fait partie du cycle de vie du même modèle à usage général. Par exemple : entraîner un LLM à partir de zéro, c'est l'entraîner en interne ; affiner un modèle à poids ouverts sur vos propres documents, c'est modifier le modèle d'un autre fournisseur.",
  "The machine-learning lead who trained or fine-tuned the model.":
    "Le responsable machine learning qui a entraîné ou affiné le modèle.",
  "We trained it (or had it trained) ourselves": "Nous l'avons entraîné (ou fait entraîner) nous-mêmes",
  "We modified another provider's model": "Nous avons modifié le modèle d'un autre fournisseur",
  "How much computing did your modification use, in FLOP?":
    "Quelle puissance de calcul votre modification a-t-elle utilisée, en FLOP ?",
  "A modifier becomes a model provider when this exceeds one third of the original model's training compute (in floating-point operations, FLOP). For example: fine-tuning with 2e22 FLOP on a model trained with 3e24 FLOP stays well below one third.":
    "Celui qui modifie un modèle en devient le fournisseur lorsque cette valeur dépasse un tiers de la puissance de calcul d'entraînement du modèle d'origine (en opérations en virgule flottante, FLOP). Par exemple : un affinage de 2e22 FLOP sur un modèle entraîné avec 3e24 FLOP reste bien en deçà d'un tiers.",
  "The machine-learning lead who ran the fine-tuning, from the training logs or cloud bill.":
    "Le responsable machine learning qui a mené l'affinage, d'après les journaux d'entraînement ou la facture cloud.",
  "Do you know how much computing was used to train the original model?":
    "Savez-vous quelle puissance de calcul a servi à entraîner le modèle d'origine ?",
  "If not, one third of 10^23 FLOP is used, or of 10^25 FLOP for an original with systemic risk. For example: some providers publish the training FLOP in the model card or technical report.":
    "Sinon, on retient un tiers de 10^23 FLOP, ou de 10^25 FLOP pour un modèle d'origine présentant un risque systémique. Par exemple : certains fournisseurs publient les FLOP d'entraînement dans la fiche de modèle ou le rapport technique.",
  "The machine-learning lead, from the original provider's model card or technical report.":
    "Le responsable machine learning, d'après la fiche de modèle ou le rapport technique du fournisseur d'origine.",
  "How much computing was used to train the original model, in FLOP?":
    "Quelle puissance de calcul a servi à entraîner le modèle d'origine, en FLOP ?",
  "As published by the original provider, in floating-point operations (FLOP). For example: 3.8e25 for a large frontier model.":
    "Telle que publiée par le fournisseur d'origine, en opérations en virgule flottante (FLOP). Par exemple : 3.8e25 pour un grand modèle de pointe.",
  "Is the original model one of the most powerful general models (one with systemic risk)?":
    "Le modèle d'origine est-il l'un des modèles généralistes les plus puissants (présentant un risque systémique) ?",
  "A general-purpose model has systemic risk when trained with more than 10^25 FLOP, when evaluations show high-impact capabilities, or when the Commission designates it; the AI Office publishes a list of such models. For example: the largest frontier LLMs of the major labs.":
    "Un modèle à usage général présente un risque systémique lorsqu'il est entraîné avec plus de 10^25 FLOP, lorsque des évaluations montrent des capacités à fort impact, ou lorsque la Commission le désigne ; le Bureau de l'IA publie une liste de ces modèles. Par exemple : les plus grands LLM de pointe des principaux laboratoires.",
  "The machine-learning lead, from the AI Office's published list or the original provider's documentation.":
    "Le responsable machine learning, d'après la liste publiée par le Bureau de l'IA ou la documentation du fournisseur d'origine.",
  "Is the model published under a free and open-source licence, with its weights, architecture and usage information public?":
    "Le modèle est-il publié sous licence libre et ouverte, avec ses poids, son architecture et les informations sur son utilisation rendus publics ?",
  "Such open-source models are exempt from Art 53(1)(a)-(b) and Art 54, unless they have systemic risk. For example: weights downloadable by anyone under the Apache 2.0 licence, with a model card.":
    "Ces modèles open source sont exemptés de l'Art 53(1)(a)-(b) et de l'Art 54, sauf s'ils présentent un risque systémique. Par exemple : des poids téléchargeables par tous sous licence Apache 2.0, avec une fiche de modèle.",
  "Your engineering lead or open-source programme office, from the licence the model is published under.":
    "Votre responsable technique ou votre bureau open source, d'après la licence sous laquelle le modèle est publié.",
  "Do people have to pay to access or use the model?": "Faut-il payer pour accéder au modèle ou l'utiliser ?",
  "Monetised releases do not qualify for the open-source exemption. For example: weights free to download but a commercial licence fee for business use, or access only through a paid API.":
    "Les publications monétisées ne bénéficient pas de l'exemption open source. Par exemple : des poids téléchargeables gratuitement mais une redevance de licence commerciale pour un usage professionnel, ou un accès uniquement via une API payante.",
  "Your product owner or commercial lead, who sets the licence terms.":
    "Votre product owner ou votre responsable commercial, qui fixe les conditions de licence.",
  "Have tests shown the model performs as well as, or better than, the most advanced models available?":
    "Des tests ont-ils montré que le modèle fait aussi bien, ou mieux, que les modèles les plus avancés disponibles ?",
  "High-impact capabilities, shown by evaluation with appropriate tools and benchmarks, mean systemic risk even below the compute presumption. For example: scores on standard reasoning or coding benchmarks that match the leading frontier models.":
    "Des capacités à fort impact, démontrées par une évaluation au moyen d'outils et de benchmarks appropriés, signifient un risque systémique même en deçà de la présomption fondée sur la puissance de calcul. Par exemple : des scores sur des benchmarks standard de raisonnement ou de programmation équivalents à ceux des principaux modèles de pointe.",
  "The machine-learning lead who ran the model's evaluations.":
    "Le responsable machine learning qui a mené les évaluations du modèle.",
  "Has the European Commission formally named the model as having systemic risk?":
    "La Commission européenne a-t-elle formellement désigné le modèle comme présentant un risque systémique ?",
  "Designation follows the Annex XIII criteria, on the Commission's initiative or a scientific-panel alert, and is notified to the provider by decision. For example: a Commission decision addressed to you after the AI Office reviewed the model's reach and capabilities.":
    "La désignation suit les critères de l'annexe XIII, à l'initiative de la Commission ou sur alerte du groupe scientifique, et est notifiée au fournisseur par décision. Par exemple : une décision de la Commission qui vous est adressée après que le Bureau de l'IA a examiné la portée et les capacités du modèle.",
  "Your legal team, who would have received the Commission's decision.":
    "Votre service juridique, qui aurait reçu la décision de la Commission.",
};
