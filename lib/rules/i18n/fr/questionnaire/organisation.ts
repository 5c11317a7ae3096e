import type { Catalogue } from "../../types";

// The "organisation" group of lib/rules/questionnaire/groups/organisation.ts, keyed by the English text.
export const ORGANISATION: Catalogue = {
  "Your organisation and the system": "Votre organisation et le système",
  "What does your organisation do with this system or model?":
    "Que fait votre organisation avec ce système ou ce modèle ?",
  "Select all that apply. Each answer maps to a role: provider (develops and offers it under its own name), deployer (uses it), importer, distributor, authorised representative or product manufacturer. For example: building a tool in-house and using it yourself makes you provider and deployer (putting into service for own use); selling a product built on a third-party model API under your own brand makes you the provider of that system.":
    "Cochez tout ce qui s'applique. Chaque réponse correspond à un rôle : fournisseur (le développe et le propose sous son propre nom), déployeur (l'utilise), importateur, distributeur, mandataire ou fabricant de produit. Par exemple : développer un outil en interne et l'utiliser vous-même fait de vous le fournisseur et le déployeur (mise en service pour usage propre) ; vendre sous votre propre marque un produit construit sur l'API d'un modèle tiers fait de vous le fournisseur de ce système.",
  "Your product owner, or procurement if the system was bought in.":
    "Votre product owner, ou les achats si le système a été acheté.",
  "We develop it, or have it developed for us": "Nous le développons, ou le faisons développer pour nous",
  "We offer it to others, or use it ourselves, under our own name or brand":
    "Nous le proposons à d'autres, ou l'utilisons nous-mêmes, sous notre propre nom ou marque",
  "We use it under our authority": "Nous l'utilisons sous notre autorité",
  "We are based in the EU and bring into the EU market a system carrying a non-EU company's name":
    "Nous sommes établis dans l'UE et mettons sur le marché de l'UE un système portant le nom d'une entreprise hors UE",
  "We resell or pass on someone else's system (distributor or reseller)":
    "Nous revendons ou transmettons le système de quelqu'un d'autre (distributeur ou revendeur)",
  "We act in the EU for a non-EU provider under its written mandate (authorised representative)":
    "Nous agissons dans l'UE pour un fournisseur hors UE en vertu de son mandat écrit (mandataire)",
  "We sell it built into our own product, under our name (product manufacturer)":
    "Nous le vendons intégré à notre propre produit, sous notre nom (fabricant de produit)",
  "Is your use purely personal and non-professional?":
    "Votre utilisation est-elle purement personnelle et non professionnelle ?",
  'A natural person (a private individual) using AI in a purely personal capacity is not a deployer and owes no deployer duties; answer "A private individual" to the question on what kind of user you are. Any use by a company, public body or self-employed professional is professional. For example: someone using a photo app for family pictures answers yes; a bank using the same app for marketing answers no.':
    "Une personne physique (un particulier) utilisant l'IA dans le cadre d'une activité strictement personnelle n'est pas un déployeur et n'a aucune obligation de déployeur ; répondez « Un particulier » à la question sur le type d'utilisateur que vous êtes. Toute utilisation par une entreprise, un organisme public ou un indépendant est professionnelle. Par exemple : une personne utilisant une application photo pour ses photos de famille répond oui ; une banque utilisant la même application pour son marketing répond non.",
  "Whoever registered the system, who knows whether it is used for work.":
    "La personne qui a enregistré le système, qui sait s'il est utilisé pour le travail.",
  "Is your organisation established or located in the EU?": "Votre organisation est-elle établie ou située dans l'UE ?",
  "Deployers established or located in the EU are covered wherever the provider is. A branch or office in an EU country counts. For example: a US company using the system from its Dublin office answers yes.":
    "Les déployeurs établis ou situés dans l'UE sont concernés, où que se trouve le fournisseur. Une succursale ou un bureau dans un pays de l'UE compte. Par exemple : une entreprise américaine utilisant le système depuis son bureau de Dublin répond oui.",
  "Your legal team, from the company register entry of the entity that runs the system.":
    "Votre service juridique, d'après l'inscription au registre du commerce de l'entité qui exploite le système.",
  "Is the system or model offered to customers in the EU, or used for the first time in the EU?":
    "Le système ou le modèle est-il proposé à des clients dans l'UE, ou utilisé pour la première fois dans l'UE ?",
  "Placing on the market means first making it available on the EU market; putting into service means supplying it for first use in the EU, including for your own use. Providers are covered when they do either, wherever they are established. For example: a SaaS tool sold to customers in France, or a tool your own German team starts using, both count.":
    "La mise sur le marché est la première mise à disposition sur le marché de l'UE ; la mise en service est la fourniture pour une première utilisation dans l'UE, y compris pour votre propre usage. Les fournisseurs sont concernés dans les deux cas, où qu'ils soient établis. Par exemple : un outil SaaS vendu à des clients en France, ou un outil que votre propre équipe en Allemagne commence à utiliser, comptent tous les deux.",
  "Your product owner or sales lead, who knows where customers and users are.":
    "Votre product owner ou votre responsable commercial, qui sait où se trouvent les clients et les utilisateurs.",
  "Is what the system produces (scores, texts, decisions) used in the EU?":
    "Ce que produit le système (scores, textes, décisions) est-il utilisé dans l'UE ?",
  "Non-EU providers and deployers are covered when the output of their system is used in the EU. For example: a US firm scoring job applicants for a client's office in Spain answers yes.":
    "Les fournisseurs et déployeurs hors UE sont concernés lorsque les sorties de leur système sont utilisées dans l'UE. Par exemple : une société américaine évaluant des candidats pour le bureau d'un client en Espagne répond oui.",
  "Your product owner, who knows which countries the results are sent to or used in.":
    "Votre product owner, qui sait vers quels pays les résultats sont envoyés ou dans lesquels ils sont utilisés.",
  "Is the system built on a large general model from another company (for example an LLM used through an API)?":
    "Le système est-il construit sur un grand modèle généraliste d'une autre entreprise (par exemple un LLM utilisé via une API) ?",
  "A general-purpose AI model is one that can do many different tasks. Building on one makes you a downstream provider of an AI system, entitled to the model provider's Annex XII information; it does not make you a GPAI model provider. For example: a support chatbot built on a hosted LLM through its API answers yes.":
    "Un modèle d'IA à usage général est un modèle capable d'accomplir de nombreuses tâches différentes. Construire dessus fait de vous un fournisseur en aval d'un système d'IA, en droit d'obtenir les informations de l'annexe XII du fournisseur du modèle ; cela ne fait pas de vous un fournisseur de modèle GPAI. Par exemple : un chatbot d'assistance construit sur un LLM hébergé via son API répond oui.",
  "The engineering lead who integrated the model, or procurement from the supplier contract.":
    "Le responsable technique qui a intégré le modèle, ou les achats d'après le contrat fournisseur.",
  "Have you done any of the following with a system another company provides?":
    "Avez-vous fait l'une des choses suivantes avec un système fourni par une autre entreprise ?",
  "Each can make you the provider of a high-risk system with all provider duties. Leave empty if none applies. A substantial modification is an unplanned change after release that affects compliance or changes the intended purpose (what the provider says the system is for). For example: retraining a bought CV-screening model on your own data and changing how it ranks, or using a general chatbot to pre-select job applicants.":
    "Chacune peut faire de vous le fournisseur d'un système à haut risque, avec toutes les obligations du fournisseur. Laissez vide si rien ne s'applique. Une modification substantielle est un changement non prévu après la publication qui affecte la conformité ou modifie la destination (ce à quoi le fournisseur destine le système). Par exemple : réentraîner sur vos propres données un modèle de tri de CV acheté et changer sa façon de classer, ou utiliser un chatbot généraliste pour présélectionner des candidats.",
  "The engineering lead who configured the system, together with procurement, from the supplier contract.":
    "Le responsable technique qui a configuré le système, avec les achats, d'après le contrat fournisseur.",
  "Put our name or trademark on a high-risk system already on the market":
    "Apposé notre nom ou notre marque sur un système à haut risque déjà sur le marché",
  "Changed a high-risk system substantially (retrained it, changed what it does or how well it does it)":
    "Modifié substantiellement un système à haut risque (réentraîné, changé ce qu'il fait ou la qualité de ce qu'il fait)",
  "Used or offered it for a purpose its provider did not intend (including a general-purpose AI system)":
    "Utilisé ou proposé pour une finalité non prévue par son fournisseur (y compris un système d'IA à usage général)",
  "Who uses the system, or on whose behalf is it used?":
    "Qui utilise le système, ou pour le compte de qui est-il utilisé ?",
  "Several Annex III uses are high-risk only when used by or for public, law-enforcement, migration or judicial authorities. For example: a benefits-eligibility tool run by a contractor for a city council is used on behalf of a public authority. Armed forces and defence bodies are public authorities; their use is excluded only where it is exclusively military, defence or national security (the exclusions question).":
    "Plusieurs utilisations de l'annexe III ne sont à haut risque que si elles sont le fait d'autorités publiques, répressives, migratoires ou judiciaires, ou effectuées pour leur compte. Par exemple : un outil d'éligibilité aux prestations exploité par un prestataire pour une municipalité est utilisé pour le compte d'une autorité publique. Les forces armées et organismes de défense sont des autorités publiques ; leur utilisation n'est exclue que si elle est exclusivement militaire, de défense ou de sécurité nationale (question sur les exclusions).",
  "Your product owner or account manager, who knows the customers and user groups.":
    "Votre product owner ou votre chargé de compte, qui connaît les clients et les groupes d'utilisateurs.",
  "Public authorities (or on their behalf)": "Autorités publiques (ou pour leur compte)",
  "Law-enforcement authorities (or on their behalf)": "Autorités répressives (ou pour leur compte)",
  "Migration, asylum or border-control authorities":
    "Autorités chargées de la migration, de l'asile ou du contrôle aux frontières",
  "Judicial authorities": "Autorités judiciaires",
  "Alternative dispute resolution bodies": "Organes de règlement extrajudiciaire des litiges",
  "Private companies or organisations": "Entreprises ou organisations privées",
  Consumers: "Consommateurs",
  "Armed forces, defence or national-security bodies": "Forces armées, organismes de défense ou de sécurité nationale",
  "What kind of organisation are you as a user of the system?":
    "Quel type d'organisation êtes-vous en tant qu'utilisateur du système ?",
  "Decides the fundamental-rights impact assessment (Art 27) and registration of use (Art 49(3)). For example: a municipal housing office is a body governed by public law; a private company running social housing for the state provides public services; a freelancer using the system on their own account is a private individual. Whether private schools and clinics provide public services is disputed.":
    "Détermine l'analyse d'impact sur les droits fondamentaux (Art 27) et l'enregistrement de l'utilisation (Art 49(3)). Par exemple : un office municipal du logement est un organisme de droit public ; une entreprise privée gérant des logements sociaux pour l'État fournit des services publics ; un indépendant utilisant le système pour son propre compte est un particulier. La question de savoir si les écoles et cliniques privées fournissent des services publics est controversée.",
  "Your legal team, from how your organisation is constituted and funded.":
    "Votre service juridique, d'après la constitution et le financement de votre organisation.",
  "Body governed by public law (public authority, agency, public hospital)":
    "Organisme de droit public (autorité publique, agence, hôpital public)",
  "Private entity providing public services (e.g. social services, housing)":
    "Entité privée fournissant des services publics (p. ex. services sociaux, logement)",
  "Private school, university or clinic": "École, université ou clinique privée",
  "Other private organisation": "Autre organisation privée",
  "A private individual (a person, not a company or public body)":
    "Un particulier (une personne, pas une entreprise ni un organisme public)",
};
