import type { Catalogue } from "@/lib/rules/i18n";

// Annexe IV of the French version of Regulation (EU) 2024/1689, shortened to the points the editor asks for.
export const ANNEX_IV: Catalogue = {
  "General description of the AI system": "Description générale du système d'IA",
  "Purpose, provider, versions, interfaces, forms of supply and instructions for use (Annex IV point 1).":
    "Destination, fournisseur, versions, interfaces, formes de mise à disposition et notice d'utilisation (annexe IV, point 1).",
  "(a) Intended purpose, provider and version": "a) Destination, fournisseur et version",
  "Include how this version relates to earlier ones.": "Précisez aussi le lien entre cette version et les précédentes.",
  "(b) Interaction with other hardware, software or AI systems":
    "b) Interaction avec d'autres matériels, logiciels ou systèmes d'IA",
  "(c) Software and firmware versions and update requirements":
    "c) Versions des logiciels et micrologiciels et exigences de mise à jour",
  "(d) Forms in which it is placed on the market": "d) Formes sous lesquelles le système est mis sur le marché",
  "Embedded in a product, download, API, …": "Intégré dans un produit, téléchargement, API, …",
  "(e) Hardware it is intended to run on": "e) Matériel sur lequel le système est destiné à fonctionner",
  "(f) Photographs or illustrations": "f) Photographies ou illustrations",
  "Only where the AI system is a component of a product.":
    "Uniquement si le système d'IA est un composant d'un produit.",
  "(g) User interface provided to the deployer": "g) Interface utilisateur fournie au déployeur",
  "(h) Instructions for use": "h) Notice d'utilisation",
  "Link the instructions as evidence below.": "Liez la notice ci-dessous comme preuve.",
  "Further notes": "Remarques complémentaires",
  "Anything else a notified body or authority should read with this section.":
    "Tout autre élément qu'un organisme notifié ou une autorité devrait lire avec cette section.",
  "Elements of the system and its development": "Éléments du système et processus de développement",
  "Methods, design choices, architecture, data, oversight, changes, testing and cybersecurity (point 2).":
    "Méthodes, choix de conception, architecture, données, contrôle, modifications, essais et cybersécurité (point 2).",
  "(a) Development methods and steps": "a) Méthodes et étapes du développement",
  "Including pre-trained systems or third-party tools used.":
    "Y compris les systèmes pré-entraînés ou les outils de tiers utilisés.",
  "(b) Design specifications and key choices": "b) Spécifications de conception et choix essentiels",
  "Logic and algorithms, choices and their rationale, what is optimised, expected output, trade-offs.":
    "Logique et algorithmes, choix et leur justification, ce qui est optimisé, résultats attendus, arbitrages.",
  "(c) System architecture and compute resources": "c) Architecture du système et ressources de calcul",
  "(d) Data requirements and datasheets": "d) Exigences relatives aux données et fiches techniques",
  "Training methods, datasets, provenance, selection, labelling and cleaning.":
    "Méthodes d'entraînement, jeux de données, provenance, sélection, étiquetage et nettoyage.",
  "(e) Assessment of human-oversight measures (Art 14)": "e) Évaluation des mesures de contrôle humain (Art 14)",
  "(f) Pre-determined changes and how compliance is kept":
    "f) Modifications prédéterminées et maintien de la conformité",
  "(g) Validation and testing": "g) Validation et essais",
  "Procedures, data, metrics (accuracy, robustness, discrimination), dated and signed test logs.":
    "Procédures, données, indicateurs (exactitude, robustesse, discrimination), journaux d'essais datés et signés.",
  "(h) Cybersecurity measures": "h) Mesures de cybersécurité",
  "Monitoring, functioning and control": "Surveillance, fonctionnement et contrôle",
  "Capabilities and limits, foreseeable risks, oversight and input data (point 3).":
    "Capacités et limites, risques prévisibles, contrôle et données d'entrée (point 3).",
  "Capabilities and limits of performance": "Capacités et limites de performance",
  "Including accuracy for specific persons or groups and overall.":
    "Y compris l'exactitude pour des personnes ou groupes de personnes spécifiques et globalement.",
  "Foreseeable unintended outcomes and risks": "Résultats non souhaités et risques prévisibles",
  "To health, safety, fundamental rights and non-discrimination.":
    "Pour la santé, la sécurité, les droits fondamentaux et la non-discrimination.",
  "Human-oversight measures": "Mesures de contrôle humain",
  "Input-data specifications": "Spécifications des données d'entrée",
  "Appropriateness of the performance metrics": "Adéquation des indicateurs de performance",
  "Why the chosen metrics suit this system (point 4).":
    "Pourquoi les indicateurs choisis conviennent à ce système (point 4).",
  "Why these performance metrics are appropriate": "Pourquoi ces indicateurs de performance sont adéquats",
  "Risk management system (Art 9)": "Système de gestion des risques (Art 9)",
  "The risk management system in detail (point 5).": "Le système de gestion des risques en détail (point 5).",
  "Description of the risk management system": "Description du système de gestion des risques",
  "Lifecycle changes": "Modifications au cours du cycle de vie",
  "Relevant changes made over the lifecycle (point 6).":
    "Modifications pertinentes apportées au cours du cycle de vie (point 6).",
  "Relevant changes made by the provider": "Modifications pertinentes apportées par le fournisseur",
  "Harmonised standards applied": "Normes harmonisées appliquées",
  "Standards with Official Journal references, or the other solutions used (point 7).":
    "Normes avec leurs références au Journal officiel, ou les autres solutions adoptées (point 7).",
  "With their Official Journal references; write “none” if none was applied.":
    "Avec leurs références au Journal officiel ; écrivez « aucune » si aucune n'a été appliquée.",
  "Other solutions, standards or specifications": "Autres solutions, normes ou spécifications",
  "Required in practice where no harmonised standard was applied.":
    "Nécessaire en pratique lorsqu'aucune norme harmonisée n'a été appliquée.",
  "EU declaration of conformity (Art 47)": "Déclaration UE de conformité (Art 47)",
  "A copy of the declaration (point 8).": "Une copie de la déclaration (point 8).",
  "Declaration of conformity": "Déclaration de conformité",
  "Date, signatory and reference; link the signed copy as evidence below.":
    "Date, signataire et référence ; liez l'exemplaire signé ci-dessous comme preuve.",
  "Post-market monitoring (Art 72)": "Surveillance après commercialisation (Art 72)",
  "How performance is evaluated after placing on the market, with the monitoring plan (point 9).":
    "Comment la performance est évaluée après la mise sur le marché, avec le plan de surveillance (point 9).",
  "Post-market performance evaluation system": "Système d'évaluation de la performance après commercialisation",
  "Post-market monitoring plan": "Plan de surveillance après commercialisation",
};
