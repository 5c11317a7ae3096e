import type { Catalogue } from "../../types";

// The "definition" group of lib/rules/questionnaire/groups/definition.ts, keyed by the English text.
export const DEFINITION: Catalogue = {
  "What is being assessed": "Ce qui est évalué",
  "Are you assessing an AI system, an AI model, or a model together with the system built on it?":
    "Évaluez-vous un système d'IA, un modèle d'IA, ou un modèle avec le système construit dessus ?",
  'An AI system is what people or other software use for a purpose: an app, a service, a feature, an API that returns a result. A model is regulated on its own only when it is general-purpose (Chapter V). A specialised model sold as an API service is a ready-to-use AI system, because its purpose decides the risk. For example: a speech-to-text, face-matching or credit-scoring API is "An AI system"; a large language model offered as weights or as an API for others to build on is "An AI model only". Pick both when you offer such a model and your own application on it.':
    "Un système d'IA est ce que des personnes ou d'autres logiciels utilisent dans un but précis : une application, un service, une fonctionnalité, une API qui renvoie un résultat. Un modèle n'est réglementé en tant que tel que s'il est à usage général (chapitre V). Un modèle spécialisé vendu comme service API est un système d'IA prêt à l'emploi, car sa finalité détermine le risque. Par exemple : une API de transcription vocale, de comparaison faciale ou de notation de crédit est « Un système d'IA » ; un grand modèle de langage proposé sous forme de poids ou d'API sur laquelle d'autres construisent est « Un modèle d'IA uniquement ». Choisissez les deux si vous proposez un tel modèle et votre propre application construite dessus.",
  "Your product owner, or the engineering lead who built or bought the model.":
    "Votre product owner, ou le responsable technique qui a développé ou acheté le modèle.",
  "An AI system (application)": "Un système d'IA (application)",
  "An AI model only": "Un modèle d'IA uniquement",
  "A model and the system built on it": "Un modèle et le système construit dessus",
  "Which technique best describes how the system produces its outputs?":
    "Quelle technique décrit le mieux la manière dont le système produit ses sorties ?",
  'Machine learning and logic- or knowledge-based approaches infer outputs. Rules written entirely by people, basic data processing and simple statistics such as averages usually do not. For example: a fraud model trained on past transactions is machine learning; a spreadsheet rule "flag payments over €10,000" only executes human rules. Whether optimisation solvers and simple statistical models are AI systems is disputed.':
    "L'apprentissage automatique et les approches fondées sur la logique et les connaissances infèrent des sorties. Les règles entièrement écrites par des personnes, le traitement de données de base et les statistiques simples comme les moyennes ne le font généralement pas. Par exemple : un modèle antifraude entraîné sur des transactions passées relève de l'apprentissage automatique ; une règle de tableur « signaler les paiements de plus de 10 000 € » ne fait qu'exécuter des règles humaines. La question de savoir si les solveurs d'optimisation et les modèles statistiques simples sont des systèmes d'IA est controversée.",
  "The engineering or data-science lead who built the system, or the vendor's technical documentation.":
    "Le responsable technique ou data science qui a développé le système, ou la documentation technique du fournisseur.",
  "Machine learning (supervised, unsupervised, self-supervised, reinforcement, deep learning)":
    "Apprentissage automatique (supervisé, non supervisé, auto-supervisé, par renforcement, apprentissage profond)",
  "Logic- or knowledge-based inference (expert system, knowledge graph reasoning)":
    "Inférence fondée sur la logique ou les connaissances (système expert, raisonnement sur graphe de connaissances)",
  "Search or mathematical optimisation solver": "Solveur de recherche ou d'optimisation mathématique",
  "Simple statistical prediction (averages, basic regression)":
    "Prédiction statistique simple (moyennes, régression de base)",
  "Only executes rules written by people": "Exécute uniquement des règles écrites par des personnes",
  "Basic data processing (sorting, filtering, lookups)": "Traitement de données de base (tri, filtrage, recherches)",
  "Does the system infer, from the input it receives, how to produce outputs (predictions, content, recommendations, decisions)?":
    "Le système déduit-il, à partir des entrées qu'il reçoit, la manière de générer des sorties (prédictions, contenus, recommandations, décisions) ?",
  'This is the decisive element of the definition ("infers, from the input it receives, how to generate outputs"). A system that only applies a fixed formula someone wrote does not infer. For example: a model that scores a loan application from patterns learnt in past data infers; a calculator applying a published tariff table does not.':
    "C'est l'élément décisif de la définition (« déduit, à partir des entrées qu'il reçoit, la manière de générer des sorties »). Un système qui applique seulement une formule fixe écrite par quelqu'un ne déduit rien. Par exemple : un modèle qui note une demande de prêt à partir de schémas appris sur des données passées fait une inférence ; une calculatrice appliquant une grille tarifaire publiée, non.",
  "Does it produce its outputs with some independence from human involvement?":
    "Produit-il ses sorties avec une certaine indépendance par rapport à l'intervention humaine ?",
  "Any level of autonomy counts, even if a person reviews every output. Adaptiveness after deployment is optional. For example: a CV-ranking tool that proposes a shortlist a recruiter then checks still operates with some autonomy.":
    "Tout niveau d'autonomie compte, même si une personne vérifie chaque sortie. La capacité d'adaptation après le déploiement est facultative. Par exemple : un outil de classement de CV qui propose une présélection qu'un recruteur vérifie ensuite fonctionne tout de même avec une certaine autonomie.",
  "Your product owner, who knows how people use the system day to day.":
    "Votre product owner, qui sait comment les personnes utilisent le système au quotidien.",
  "Can the model do many different kinds of tasks well, rather than one specialised task?":
    "Le modèle peut-il bien accomplir de nombreuses tâches de natures différentes, plutôt qu'une seule tâche spécialisée ?",
  "A general-purpose AI model shows significant generality and competently performs a wide range of distinct tasks. For example: a large language model that drafts, summarises, translates and codes is general; a model that only transcribes speech, upscales images or forecasts weather is not, even when large.":
    "Un modèle d'IA à usage général présente une généralité significative et exécute de manière compétente un large éventail de tâches distinctes. Par exemple : un grand modèle de langage qui rédige, résume, traduit et code est général ; un modèle qui ne fait que transcrire la parole, agrandir des images ou prévoir la météo ne l'est pas, même s'il est grand.",
  "The machine-learning lead who trained or fine-tuned the model, or its model card.":
    "Le responsable machine learning qui a entraîné ou affiné le modèle, ou sa fiche de modèle.",
  "Can the model generate language (text or audio), or images or video from text?":
    "Le modèle peut-il générer du langage (texte ou audio), ou des images ou vidéos à partir de texte ?",
  "Part of the Commission's indicative test for a general-purpose model, together with training compute above 10^23 FLOP. For example: a chat model or a text-to-image model answers yes; a fraud-scoring model answers no.":
    "Fait partie du test indicatif de la Commission pour un modèle à usage général, avec une puissance de calcul d'entraînement supérieure à 10^23 FLOP. Par exemple : un modèle conversationnel ou un modèle texte-image répond oui ; un modèle de notation de fraude répond non.",
  "How much computing was used to train the model, in FLOP (for example 3e24)?":
    "Quelle puissance de calcul a servi à entraîner le modèle, en FLOP (par exemple 3e24) ?",
  "Cumulative training compute in floating-point operations (FLOP). Above 10^23 FLOP is the indicative general-purpose threshold; above 10^25 FLOP the model is presumed to have systemic risk. For example: a model of about 1 billion parameters trained on a large dataset is around 10^23 FLOP.":
    "Puissance de calcul d'entraînement cumulée en opérations en virgule flottante (FLOP). Au-delà de 10^23 FLOP se situe le seuil indicatif de l'usage général ; au-delà de 10^25 FLOP, le modèle est présumé présenter un risque systémique. Par exemple : un modèle d'environ 1 milliard de paramètres entraîné sur un grand jeu de données avoisine 10^23 FLOP.",
  "The machine-learning lead who ran the training, from the training logs or the model card.":
    "Le responsable machine learning qui a mené l'entraînement, d'après les journaux d'entraînement ou la fiche de modèle.",
  "Is the model only a research or prototyping project, not yet being prepared for release?":
    "Le modèle n'est-il qu'un projet de recherche ou de prototypage, dont la publication n'est pas encore préparée ?",
  "Models used only for research, development or prototyping before they are placed on the market fall outside the definition of a general-purpose AI model. A model about to launch (release being prepared, customers lined up) or already offered to anyone is not research-only: answer No, so the result shows the duties that apply from release. For example: an internal prototype trained to compare architectures is research-only; a model in a closed beta for paying customers is not.":
    "Les modèles utilisés uniquement pour la recherche, le développement ou le prototypage avant leur mise sur le marché ne relèvent pas de la définition d'un modèle d'IA à usage général. Un modèle sur le point d'être lancé (publication en préparation, clients prêts) ou déjà proposé à quiconque n'est pas uniquement de recherche : répondez Non, afin que le résultat montre les obligations applicables dès la publication. Par exemple : un prototype interne entraîné pour comparer des architectures est uniquement de recherche ; un modèle en bêta fermée pour des clients payants ne l'est pas.",
  "The research or product lead who decides when the model is released.":
    "Le responsable recherche ou produit qui décide quand le modèle est publié.",
};
