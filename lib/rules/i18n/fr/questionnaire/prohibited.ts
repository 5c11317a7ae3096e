import type { Catalogue } from "../../types";

// The "prohibited" group of lib/rules/questionnaire/groups/prohibited.ts, keyed by the English text.
export const PROHIBITED: Catalogue = {
  "Prohibited practices": "Pratiques interdites",
  "Does the system use hidden, manipulative or deceptive tricks that push people into choices they would not otherwise make?":
    "Le système utilise-t-il des procédés cachés, manipulateurs ou trompeurs qui poussent les personnes à des choix qu'elles ne feraient pas autrement ?",
  "Art 5(1)(a) covers subliminal techniques beyond a person's awareness, and purposefully manipulative or deceptive techniques that materially distort behaviour. Intent is not required: the effect is enough. For example: a shopping assistant that invents false scarcity (\"only 1 left, 3 people are looking\") tuned to each user's weak points.":
    "L'Art 5(1)(a) vise les techniques subliminales au-dessous du seuil de conscience d'une personne, et les techniques délibérément manipulatrices ou trompeuses qui altèrent substantiellement le comportement. L'intention n'est pas requise : l'effet suffit. Par exemple : un assistant d'achat qui invente une fausse rareté (« plus qu'un seul article, 3 personnes le regardent ») adaptée aux points faibles de chaque utilisateur.",
  "Your product owner, with the UX or growth lead who designs how the system nudges users.":
    "Votre product owner, avec le responsable UX ou growth qui conçoit la manière dont le système oriente les utilisateurs.",
  "What is the effect of those techniques?": "Quel est l'effet de ces techniques ?",
  "Banned only where they cause, or are reasonably likely to cause, significant harm. Lawful, standard commercial practices such as advertising, and therapeutic practices under medical standards with consent, are not covered (recital 29). For example: pushing people into loans they cannot repay is significant financial harm; a personalised advert is standard practice.":
    "Interdit uniquement lorsqu'elles causent, ou sont raisonnablement susceptibles de causer, un préjudice important. Les pratiques commerciales courantes et légales comme la publicité, et les pratiques thérapeutiques conformes aux normes médicales avec consentement, ne sont pas visées (considérant 29). Par exemple : pousser des personnes vers des prêts qu'elles ne peuvent pas rembourser est un préjudice financier important ; une publicité personnalisée est une pratique courante.",
  "Your product owner, with your legal or consumer-protection adviser.":
    "Votre product owner, avec votre conseiller juridique ou en protection des consommateurs.",
  "It causes or is reasonably likely to cause significant physical, psychological or financial harm":
    "Elles causent ou sont raisonnablement susceptibles de causer un préjudice physique, psychologique ou financier important",
  "Lawful standard advertising, or consented therapeutic practice":
    "Publicité courante et légale, ou pratique thérapeutique consentie",
  "No significant harm is likely": "Aucun préjudice important n'est probable",
  "Does it take advantage of people's age, disability or difficult social or economic situation to change their behaviour?":
    "Exploite-t-il l'âge, le handicap ou la situation sociale ou économique difficile de personnes pour modifier leur comportement ?",
  "Art 5(1)(b) applies to anyone, including private actors. Extreme poverty and ethnic or religious minorities are examples of such situations. For example: a game that targets children with pressure to buy, or a lender's bot that targets people in debt with high-cost offers.":
    "L'Art 5(1)(b) s'applique à tous, y compris aux acteurs privés. L'extrême pauvreté et les minorités ethniques ou religieuses sont des exemples de telles situations. Par exemple : un jeu qui cible les enfants en les poussant à acheter, ou le bot d'un prêteur qui cible les personnes endettées avec des offres coûteuses.",
  "Your product owner, with the marketing lead who decides whom the system targets.":
    "Votre product owner, avec le responsable marketing qui décide qui le système cible.",
  "Does that cause, or is it reasonably likely to cause, significant harm?":
    "Cela cause-t-il, ou est-ce raisonnablement susceptible de causer, un préjudice important ?",
  "The ban needs significant harm or its reasonable likelihood. For example: a child spending large sums or an indebted person taking a loan they cannot repay.":
    "L'interdiction suppose un préjudice important ou sa probabilité raisonnable. Par exemple : un enfant qui dépense de grosses sommes ou une personne endettée qui contracte un prêt qu'elle ne peut pas rembourser.",
  "Yes, significant harm is caused or likely": "Oui, un préjudice important est causé ou probable",
  "Does it rate people over time from their social behaviour or personal traits, giving them a score?":
    "Évalue-t-il des personnes dans la durée à partir de leur comportement social ou de leurs traits personnels, en leur attribuant une note ?",
  "Social scoring (Art 5(1)(c)) is evaluating or classifying people over time based on social behaviour or known, inferred or predicted personal characteristics. It covers public and private actors alike. For example: a landlord app scoring tenants on their social-media activity and friends.":
    "La notation sociale (Art 5(1)(c)) consiste à évaluer ou classer des personnes dans la durée en fonction de leur comportement social ou de caractéristiques personnelles connues, déduites ou prédites. Elle vise aussi bien les acteurs publics que privés. Par exemple : une application de bailleur qui note les locataires selon leur activité sur les réseaux sociaux et leurs amis.",
  "Your product owner or the data-science lead who knows which data feeds the score.":
    "Votre product owner ou le responsable data science qui sait quelles données alimentent la note.",
  "What does the score lead to?": "À quoi la note conduit-elle ?",
  "Select all that apply: any banned consequence makes the whole practice banned. Banned where the score leads to detrimental treatment in unrelated social contexts, or treatment unjustified or disproportionate to the behaviour. Lawful, purpose-specific evaluations under Union or national law, such as lawful credit scoring, are not social scoring (they may be Annex III high-risk instead). For example: refusing someone a flat because of their score from a shopping app is an unrelated context.":
    "Cochez tout ce qui s'applique : toute conséquence interdite rend l'ensemble de la pratique interdit. Interdit lorsque la note entraîne un traitement préjudiciable dans des contextes sociaux sans rapport, ou un traitement injustifié ou disproportionné par rapport au comportement. Les évaluations légales et spécifiques à une finalité en vertu du droit de l'Union ou national, comme une notation de crédit légale, ne sont pas une notation sociale (elles peuvent en revanche relever du haut risque de l'annexe III). Par exemple : refuser un logement à quelqu'un à cause de sa note issue d'une application d'achat est un contexte sans rapport.",
  "Your product owner, who knows the decisions the score feeds into.":
    "Votre product owner, qui connaît les décisions que la note alimente.",
  "Worse treatment in situations unrelated to where the data came from":
    "Traitement défavorable dans des situations sans rapport avec l'origine des données",
  "Treatment unjustified or out of proportion to the behaviour or its gravity":
    "Traitement injustifié ou disproportionné par rapport au comportement ou à sa gravité",
  "Only a lawful, purpose-specific evaluation (e.g. credit scoring within the law)":
    "Uniquement une évaluation légale et spécifique à une finalité (p. ex. notation de crédit conforme à la loi)",
  "Does it predict whether a particular person will commit a crime?":
    "Prédit-il si une personne donnée commettra une infraction ?",
  "Banned when based solely on profiling (automated evaluation of personal aspects) or personality traits. Tools supporting a human assessment already based on objective, verifiable facts linked to a crime are not banned (they are Annex III 6(d)). Place-based predictive policing and risk assessment of companies are outside the ban. For example: rating a person as a likely offender from their postcode, age and friends is banned; flagging neighbourhoods for patrols is place-based.":
    "Interdit lorsqu'il repose uniquement sur le profilage (évaluation automatisée d'aspects personnels) ou sur des traits de personnalité. Les outils qui étayent une évaluation humaine déjà fondée sur des faits objectifs et vérifiables liés à une infraction ne sont pas interdits (ils relèvent de l'annexe III 6(d)). La police prédictive fondée sur les lieux et l'évaluation des risques d'entreprises sortent de l'interdiction. Par exemple : classer une personne comme délinquant probable d'après son code postal, son âge et ses amis est interdit ; signaler des quartiers pour des patrouilles est fondé sur les lieux.",
  "Your product owner or the data-science lead who knows which data the prediction uses.":
    "Votre product owner ou le responsable data science qui sait quelles données la prédiction utilise.",
  "Yes, based only on profiling or personality traits":
    "Oui, uniquement sur la base du profilage ou de traits de personnalité",
  "It supports a human assessment based on objective, verifiable facts":
    "Il étaye une évaluation humaine fondée sur des faits objectifs et vérifiables",
  "It predicts crime by place, not by person": "Il prédit la criminalité par lieu, non par personne",
  "It assesses companies (legal persons) only": "Il évalue uniquement des entreprises (personnes morales)",
  "Does it collect face images in bulk from the internet or CCTV to build or grow a face-recognition database?":
    "Collecte-t-il en masse des images faciales sur internet ou la vidéosurveillance pour créer ou enrichir une base de données de reconnaissance faciale ?",
  "Art 5(1)(e) bans creating or expanding facial-recognition databases by untargeted scraping. There is no exception, including for law enforcement. For example: crawling social-media profile photos to train a face-search engine.":
    "L'Art 5(1)(e) interdit de créer ou de développer des bases de données de reconnaissance faciale par le moissonnage non ciblé. Il n'existe aucune exception, y compris à des fins répressives. Par exemple : collecter des photos de profil sur les réseaux sociaux pour entraîner un moteur de recherche de visages.",
  "The data-engineering lead who knows where the training and reference images come from.":
    "Le responsable data engineering qui sait d'où viennent les images d'entraînement et de référence.",
  "Can it create or alter realistic intimate images, video or audio of a real, identifiable person without their explicit consent?":
    "Peut-il créer ou modifier des images, vidéos ou sons intimes réalistes d'une personne réelle et identifiable sans son consentement explicite ?",
  'Art 5(1)(ba) covers systems intended for this, or that can foreseeably do it without significant modification and lack adequate safeguards. Manipulation that does not increase exposure of intimate parts or change the sexual activity depicted is not covered (Art 5(1b)). Applies from 2 December 2026. For example: an image generator that can "undress" an uploaded photo of a real person and has no filter against it.':
    "L'Art 5(1)(ba) vise les systèmes destinés à cela, ou qui peuvent raisonnablement le faire sans modification importante et sans garanties suffisantes. Une manipulation qui n'accroît pas l'exposition de parties intimes ni ne modifie l'activité sexuelle représentée n'est pas visée (Art 5(1b)). S'applique à partir du 2 décembre 2026. Par exemple : un générateur d'images capable de « déshabiller » la photo téléchargée d'une personne réelle, sans aucun filtre contre cela.",
  "The engineering lead responsible for the model's content filters and red-team results.":
    "Le responsable technique chargé des filtres de contenu du modèle et des résultats de red team.",
  "Yes, that is an intended purpose": "Oui, c'est une destination prévue",
  "It could do so without significant changes, and nothing adequate stops it":
    "Il pourrait le faire sans modification importante, et rien de suffisant ne l'en empêche",
  "It could, but adequate safeguards prevent it and correct misuse":
    "Il le pourrait, mais des garanties suffisantes l'empêchent et corrigent les abus",
  "Do you use the system to create such intimate images of real people?":
    "Utilisez-vous le système pour créer de telles images intimes de personnes réelles ?",
  "Use for that purpose is banned whatever the provider intended or built in. Only using it that way is banned for a user; the capability itself is the provider's matter. For example: a marketing team using a general image generator to put a real person's face on nude images.":
    "L'utilisation à cette fin est interdite, quoi que le fournisseur ait prévu ou intégré. Pour un utilisateur, seule cette utilisation est interdite ; la capacité elle-même relève du fournisseur. Par exemple : une équipe marketing qui utilise un générateur d'images généraliste pour placer le visage d'une personne réelle sur des images de nu.",
  "The team lead responsible for how your organisation uses the system, from its usage policy and logs.":
    "Le chef d'équipe responsable de la manière dont votre organisation utilise le système, d'après sa politique d'utilisation et ses journaux.",
  "Can it create or alter child sexual abuse material?": "Peut-il créer ou modifier du matériel pédopornographique ?",
  "Within Art 2(c) and (e) of Directive 2011/93/EU, covering systems intended for it, or that can foreseeably do it without significant modification and lack adequate safeguards. Applies from 2 December 2026. For example: an image generator without filters that blocks prompts sexualising minors.":
    "Au sens de l'Art 2(c) et (e) de la directive 2011/93/UE ; sont visés les systèmes destinés à cela, ou qui peuvent raisonnablement le faire sans modification importante et sans garanties suffisantes. S'applique à partir du 2 décembre 2026. Par exemple : un générateur d'images sans filtres bloquant les requêtes qui sexualisent des mineurs.",
  "Do you use the system to create child sexual abuse material?":
    "Utilisez-vous le système pour créer du matériel pédopornographique ?",
  "Use for that purpose is banned whatever the provider intended or built in. Only using it that way is banned for a user; the capability itself is the provider's matter. For example: any use of a general image generator to produce such material.":
    "L'utilisation à cette fin est interdite, quoi que le fournisseur ait prévu ou intégré. Pour un utilisateur, seule cette utilisation est interdite ; la capacité elle-même relève du fournisseur. Par exemple : toute utilisation d'un générateur d'images généraliste pour produire un tel matériel.",
  "Is that work permitted by national law (done 'with right'), for example authorised law-enforcement work?":
    "Ce travail est-il autorisé par le droit national (« légitime »), par exemple un travail répressif autorisé ?",
  "The ban follows Directive 2011/93/EU, which only covers conduct 'without right'. For example: a police unit authorised by law to generate decoy material in an undercover investigation.":
    "L'interdiction suit la directive 2011/93/UE, qui ne vise que les comportements « illégitimes ». Par exemple : une unité de police autorisée par la loi à générer du matériel leurre dans une enquête sous couverture.",
  "Your legal team, from the national law that authorises the work.":
    "Votre service juridique, d'après le droit national qui autorise ce travail.",
};
