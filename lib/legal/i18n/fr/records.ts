import type { Catalogue } from "@/lib/rules/i18n";

// The FRIA (Art 27), the Art 6(3) assessment with its Annex VIII Section B data, and why each record applies, in the
// words of the French version of the Act (déployeur, fournisseur, destination, autorité de surveillance du marché).
export const RECORDS: Catalogue = {
  "(a) Processes in which the system is used": "a) Processus dans lesquels le système est utilisé",
  "The deployer's processes, in line with the intended purpose.":
    "Les processus du déployeur, conformément à la destination.",
  "(b) Period of use": "b) Période d'utilisation",
  "For example “from 1 March 2027, indefinitely”.": "Par exemple « à partir du 1er mars 2027, sans limite ».",
  "(b) Frequency of use": "b) Fréquence d'utilisation",
  "For example “about 400 applications a day”.": "Par exemple « environ 400 candidatures par jour ».",
  "(c) Categories of persons and groups affected": "c) Catégories de personnes physiques et groupes concernés",
  "(d) Specific risks of harm to them": "d) Risques spécifiques de préjudice pour eux",
  "Taking into account the provider's information under Art 13.":
    "En tenant compte des informations fournies par le fournisseur au titre de l'Art 13.",
  "(e) Human-oversight measures": "e) Mesures de contrôle humain",
  "As set out in the instructions for use.": "Telles que décrites dans la notice d'utilisation.",
  "(f) Measures if the risks materialise": "f) Mesures à prendre si les risques se matérialisent",
  "Including internal governance.": "Y compris la gouvernance interne.",
  "(f) Complaint mechanisms": "f) Mécanismes de plainte",
  "Data protection impact assessment": "Analyse d'impact relative à la protection des données",
  "Art 27(4) lets the FRIA cross-reference or incorporate the DPIA.":
    "L'Art 27(4) permet à l'analyse d'impact sur les droits fondamentaux de renvoyer à l'AIPD ou de l'intégrer.",
  "Date of notification": "Date de la notification",
  "The results go to the market surveillance authority on the AI Office template (Art 27(3)).":
    "Les résultats sont notifiés à l'autorité de surveillance du marché au moyen du modèle du Bureau de l'IA (Art 27(3)).",
  "Market surveillance authority": "Autorité de surveillance du marché",
  Reference: "Référence",
  "The authority's case number or your letter's reference.":
    "Le numéro de dossier de l'autorité ou la référence de votre courrier.",
  "Art 6(3) condition relied on": "Condition de l'Art 6(3) invoquée",
  "(a) A narrow procedural task": "a) Une tâche procédurale étroite",
  "(b) Improves the result of a completed human activity":
    "b) Améliore le résultat d'une activité humaine préalablement réalisée",
  "(c) Detects decision patterns or deviations, with proper human review":
    "c) Détecte des constantes ou des écarts dans la prise de décision, avec un examen humain approprié",
  "(d) A preparatory task to an assessment": "d) Une tâche préparatoire en vue d'une évaluation",
  "Why the condition holds": "Pourquoi la condition est remplie",
  "Explain why the system does not materially influence the outcome of decision-making. The burden of proof is on the provider.":
    "Expliquez pourquoi le système n'a pas d'incidence significative sur le résultat de la prise de décision. La charge de la preuve incombe au fournisseur.",
  "Profiling check": "Vérification du profilage",
  "An Annex III system that profiles natural persons is always high-risk (Art 6(3), third subparagraph).":
    "Un système de l'annexe III qui effectue un profilage de personnes physiques est toujours considéré à haut risque (Art 6(3), troisième alinéa).",
  "No: it does not profile natural persons": "Non : il n'effectue pas de profilage de personnes physiques",
  "Yes: it profiles natural persons": "Oui : il effectue un profilage de personnes physiques",
  "Why the system does or does not profile": "Pourquoi le système effectue ou non un profilage",
  "Which personal aspects it evaluates or predicts, if any (Art 3(52), GDPR Art 4(4)).":
    "Quels aspects personnels il évalue ou prédit, le cas échéant (Art 3(52), RGPD Art 4(4)).",
  "Date of the assessment": "Date de l'évaluation",
  "It must be documented before the system is placed on the market or put into service (Art 6(4)).":
    "Elle doit être documentée avant la mise sur le marché ou la mise en service du système (Art 6(4)).",
  "Provider name": "Nom du fournisseur",
  "Provider address and contact details": "Adresse et coordonnées du fournisseur",
  "Trade name": "Nom commercial",
  "And any other reference that identifies the system.":
    "Ainsi que toute autre référence permettant d'identifier le système.",
  "Intended purpose": "Destination",
  Status: "Statut",
  "On the market": "Sur le marché",
  "In service": "En service",
  "No longer placed on the market or in service": "N'est plus sur le marché ni en service",
  Recalled: "Rappelé",
  "EU database registration number": "Numéro d'enregistrement dans la base de données de l'UE",
  "Once registered under Art 49(2).": "Une fois enregistré au titre de l'Art 49(2).",
  // Why a record applies or not (lib/legal/applicability).
  "Classify the system first: whether the law asks for this record depends on the classification.":
    "Classifiez d'abord le système : la loi n'exige ce document qu'en fonction de la classification.",
  "The current classification is not high-risk, so no Annex IV technical documentation is required (Art 11 applies to high-risk systems only).":
    "La classification actuelle n'est pas à haut risque : aucune documentation technique de l'annexe IV n'est requise (l'Art 11 ne s'applique qu'aux systèmes d'IA à haut risque).",
  "Your organisation is the provider of a high-risk system: it must draw up this documentation before placing the system on the market or putting it into service (Art 11(1)).":
    "Votre organisation est le fournisseur d'un système d'IA à haut risque : elle doit établir cette documentation avant la mise sur le marché ou la mise en service du système (Art 11(1)).",
  "The classification relies on an Art 6(3) condition, so the assessment must be documented before the system is placed on the market or put into service, and the system registered (Art 6(4), Art 49(2)).":
    "La classification repose sur une condition de l'Art 6(3) : l'évaluation doit donc être documentée avant la mise sur le marché ou la mise en service, et le système enregistré (Art 6(4), Art 49(2)).",
  "The classification does not rely on an Art 6(3) condition. This record is only needed where a provider claims that an Annex III system is not high-risk.":
    "La classification ne repose sur aucune condition de l'Art 6(3). Ce document n'est nécessaire que si un fournisseur soutient qu'un système de l'annexe III n'est pas à haut risque.",
  "Art 27 requires a fundamental rights impact assessment before this system is first used, and the market surveillance authority must be notified of its results.":
    "L'Art 27 exige une analyse d'impact sur les droits fondamentaux avant la première utilisation de ce système, et ses résultats doivent être notifiés à l'autorité de surveillance du marché.",
  "The current classification does not require a FRIA. Art 27 applies to deployers of Annex III high-risk systems that are public bodies or provide public services, and to any deployer of credit-scoring or life and health insurance pricing systems (Annex III 5(b), 5(c)).":
    "La classification actuelle n'exige pas d'analyse d'impact sur les droits fondamentaux. L'Art 27 s'applique aux déployeurs de systèmes d'IA à haut risque de l'annexe III qui sont des organismes de droit public ou fournissent des services publics, ainsi qu'à tout déployeur de systèmes d'évaluation de la solvabilité ou de tarification en assurance vie et maladie (annexe III 5(b), 5(c)).",
  "This system profiles natural persons, so it is always high-risk (Art 6(3), third subparagraph). The derogation is unavailable and the assessment cannot be signed off.":
    "Ce système effectue un profilage de personnes physiques : il est donc toujours considéré à haut risque (Art 6(3), troisième alinéa). La dérogation n'est pas possible et l'évaluation ne peut pas être validée.",
  // The roles named in the reason a non-provider reads (ROLE_LABELS, lower-cased there).
  provider: "fournisseur",
  deployer: "déployeur",
  importer: "importateur",
  distributor: "distributeur",
  "authorised representative": "mandataire",
  "product manufacturer": "fabricant de produit",
  none: "aucun",
};

/** "Your organisation is not the provider … (its roles: {roles}) …", with the roles already translated. */
export const notProviderReason = (roles: string): string =>
  `Votre organisation n'est pas le fournisseur de ce système d'IA à haut risque (ses rôles : ${roles}). Le fournisseur établit la documentation de l'annexe IV ; demandez-lui la notice d'utilisation (Art 13).`;
