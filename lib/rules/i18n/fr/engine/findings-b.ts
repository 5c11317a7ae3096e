import type { Catalogue } from "../../types";

// The engine's finding reasons, keyed by the English the rule set holds.
export const FINDINGS_B: Catalogue = {
  "Risk assessment and pricing in life and health insurance.":
    "Évaluation des risques et tarification en assurance vie et maladie.",
  "Annex III 5(c) covers life and health insurance only; motor and property insurance pricing is not high-risk under it.":
    "L'Annex III 5(c) ne couvre que l'assurance vie et maladie ; la tarification de l'assurance automobile et habitation n'y est pas à haut risque.",
  "Security, irregular-migration or health risk assessment.":
    "Évaluation des risques pour la sécurité, de migration irrégulière ou pour la santé.",
  "Examining asylum, visa and residence-permit applications.":
    "Examen des demandes d'asile, de visa et de titre de séjour.",
  "Detecting, recognising or identifying persons.": "Détection, reconnaissance ou identification de personnes.",
  "Verification of travel documents is expressly excluded from Annex III 7(d).":
    "La vérification des documents de voyage est expressément exclue de l'Annex III 7(d).",
  "You become the provider because you made a substantial modification to a high-risk system that remains high-risk, with all Art 16 duties.":
    "Vous devenez le fournisseur parce que vous avez apporté une modification substantielle à un système à haut risque qui reste à haut risque, avec toutes les obligations de l'Art 16.",
  "The initial provider must cooperate and hand over documentation, known limitations and technical access, unless it clearly excluded turning the system into a high-risk one.":
    "Le fournisseur initial doit coopérer et transmettre la documentation, les limites connues et l'accès technique, sauf s'il a clairement exclu la transformation du système en système à haut risque.",
  "Systems whose sole purpose is biometric verification (confirming a claimed identity) are excluded from Annex III 1(a).":
    "Les systèmes dont la seule finalité est la vérification biométrique (confirmer une identité déclarée) sont exclus de l'Annex III 1(a).",
  "Only safety components in the management and operation of critical infrastructure are covered.":
    "Seuls les composants de sécurité dans la gestion et l'exploitation d'infrastructures critiques sont visés.",
  "Analysing and filtering job applications.": "Analyse et filtrage des candidatures.",
  "Decisions on terms of work, promotion or termination.":
    "Décisions sur les conditions de travail, la promotion ou le licenciement.",
  "Purely ancillary administrative tasks (anonymisation, communication, resource allocation) are outside Annex III 8(a).":
    "Les tâches administratives purement accessoires (anonymisation, communication, allocation de ressources) échappent à l'Annex III 8(a).",
  "Influencing elections, referendums or voting behaviour.":
    "Influencer des élections, des référendums ou le comportement électoral.",
  "Tools organising or optimising political campaigns whose output people are not directly exposed to are excluded from Annex III 8(b).":
    "Les outils d'organisation ou d'optimisation de campagnes politiques dont les sorties ne sont pas directement exposées aux personnes sont exclus de l'Annex III 8(b).",
  "You become the provider because you put your name or trademark on a high-risk system already on the market, with all Art 16 duties.":
    "Vous devenez le fournisseur parce que vous avez apposé votre nom ou votre marque sur un système à haut risque déjà sur le marché, avec toutes les obligations de l'Art 16.",
  "It is obvious to a reasonably well-informed person in context that they are interacting with AI.":
    "Il est évident pour une personne raisonnablement bien informée, compte tenu du contexte, qu'elle interagit avec une IA.",
  "Eligibility for essential public assistance benefits and services.":
    "Éligibilité aux prestations et services d'aide publique essentiels.",
  "Assessing a person's risk of becoming a victim of crime.":
    "Évaluation du risque qu'une personne devienne victime d'une infraction.",
  "Polygraphs and similar tools.": "Polygraphes et outils similaires.",
  "Evaluating the reliability of evidence.": "Évaluation de la fiabilité des preuves.",
  "Assessing risk of offending or re-offending.": "Évaluation du risque d'infraction ou de récidive.",
  "Profiling in detecting, investigating or prosecuting crime.":
    "Profilage dans la détection, les enquêtes ou les poursuites pénales.",
  "Law-enforcement support outside points 6(a)-(e) is not an Annex III 6 use case.":
    "Un soutien aux autorités répressives hors des points 6(a)-(e) n'est pas un cas d'usage de l'Annex III 6.",
  "Identifying a person from a description (clothing, height, where they were seen) uses no biometric data, so it is not biometric identification; without profiling it matches none of the Annex III 6 points.":
    "Identifier une personne à partir d'une description (vêtements, taille, lieu où elle a été vue) n'utilise aucune donnée biométrique : ce n'est donc pas une identification biométrique ; sans profilage, cela ne correspond à aucun des points de l'Annex III 6.",
  "The open-source exclusion does not lift the Art 6(3) position of an Annex III system: its documentation and EU-database registration remain.":
    "L'exclusion open source ne lève pas la position au titre de l'Art 6(3) d'un système de l'Annex III : sa documentation et son enregistrement dans la base de données de l'UE subsistent.",
  "Components used solely for cybersecurity are not safety components.":
    "Les composants utilisés uniquement pour la cybersécurité ne sont pas des composants de sécurité.",
  "Identifying suspects from a description by profiling them.":
    "Identification de suspects à partir d'une description par profilage.",
  "The system profiles natural persons, so it is always high-risk whatever the Art 6(3) conditions say.":
    "Le système effectue un profilage de personnes physiques : il est donc toujours à haut risque, quelles que soient les conditions de l'Art 6(3).",
  "It uses real-time remote biometric identification in publicly accessible spaces for law enforcement without one of the permitted objectives.":
    "Il utilise l'identification biométrique à distance en temps réel dans des espaces accessibles au public à des fins répressives sans l'un des objectifs autorisés.",
  "Cumulative training compute above 10^25 FLOP: the model is presumed to have high-impact capabilities.":
    "Calcul d'entraînement cumulé supérieur à 10^25 FLOP : le modèle est présumé avoir des capacités à fort impact.",
  "Assessing the appropriate level of education.": "Évaluation du niveau d'enseignement approprié.",
  "Allocating tasks based on individual behaviour or traits.":
    "Attribution de tâches selon le comportement ou les traits individuels.",
  "Monitoring and evaluating performance and behaviour.": "Suivi et évaluation des performances et du comportement.",
  "An HR assistant that decides nothing about recruitment, terms, tasks or performance is not an Annex III 4 use case.":
    "Un assistant RH qui ne décide rien sur le recrutement, les conditions, les tâches ou les performances n'est pas un cas d'usage de l'Annex III 4.",
  "Emergency calls, dispatch and emergency patient triage.":
    "Appels d'urgence, répartition des secours et triage des patients en urgence.",
  "Categorisation by non-sensitive traits is not Annex III 1(b).":
    "La catégorisation selon des traits non sensibles ne relève pas de l'Annex III 1(b).",
  "It is a safety component in the management and operation of critical infrastructure.":
    "C'est un composant de sécurité dans la gestion et l'exploitation d'infrastructures critiques.",
  "Evaluating learning outcomes.": "Évaluation des acquis d'apprentissage.",
  "Monitoring prohibited behaviour of students during tests.":
    "Surveillance des comportements interdits des élèves pendant les examens.",
  "Education support that decides no admission, evaluation, level or proctoring is not an Annex III 3 use case.":
    "Un soutien pédagogique qui ne décide ni admission, ni évaluation, ni niveau, ni surveillance d'examen n'est pas un cas d'usage de l'Annex III 3.",
  "Recruitment or selection of natural persons.": "Recrutement ou sélection de personnes physiques.",
  "You become the provider because you changed the intended purpose of a system (including a general-purpose AI system) so that it is high-risk, with all Art 16 duties.":
    "Vous devenez le fournisseur parce que vous avez modifié la destination d'un système (y compris un système d'IA à usage général) de sorte qu'il est à haut risque, avec toutes les obligations de l'Art 16.",
  "For Section B systems only Arts 6(1), 60a and 102-112 apply, so Art 4 and Art 50 do not apply directly.":
    "Pour les systèmes de la Section B, seuls les Arts 6(1), 60a et 102-112 s'appliquent : l'Art 4 et l'Art 50 ne s'appliquent donc pas directement.",
  "No fundamental rights impact assessment is required for critical-infrastructure (Annex III 2) or Annex I product systems.":
    "Aucune analyse d'impact sur les droits fondamentaux n'est requise pour les systèmes d'infrastructure critique (Annex III 2) ni pour les systèmes de produits de l'Annex I.",
  "Released under a free and open-source licence and neither high-risk, prohibited nor subject to Art 50.":
    "Publié sous licence libre et ouverte et ni à haut risque, ni interdit, ni soumis à l'Art 50.",
  "Private deployers outside public services need no FRIA, except for credit scoring and life and health insurance.":
    "Les déployeurs privés hors services publics n'ont pas besoin d'analyse d'impact sur les droits fondamentaux, sauf pour la notation de crédit et l'assurance vie et maladie.",
  "People exposed to emotion recognition or biometric categorisation must be informed.":
    "Les personnes exposées à la reconnaissance des émotions ou à la catégorisation biométrique doivent être informées.",
  "Annex III 3 concerns education and vocational-training institutions; this operator is not one.":
    "L'Annex III 3 concerne les établissements d'enseignement et de formation professionnelle ; cet opérateur n'en est pas un.",
  "The same, in alternative dispute resolution.": "Idem, dans le règlement extrajudiciaire des litiges.",
  "Assisting a judicial authority to research, interpret and apply the law.":
    "Aide à une autorité judiciaire pour rechercher, interpréter et appliquer le droit.",
  "It interacts directly with people, who must be told they are dealing with AI.":
    "Il interagit directement avec des personnes, qui doivent être informées qu'elles ont affaire à une IA.",
  "You modified a model with systemic risk.": "Vous avez modifié un modèle présentant un risque systémique.",
  "Creditworthiness or credit scoring of natural persons.": "Solvabilité ou notation de crédit de personnes physiques.",
  "AI-generated text published to inform the public on matters of public interest must be disclosed.":
    "Un texte généré par IA publié pour informer le public sur des questions d'intérêt public doit être signalé.",
  "Real-time identification for law enforcement is possible only where national law provides for it, with prior authorisation.":
    "L'identification en temps réel à des fins répressives n'est possible que lorsque le droit national la prévoit, avec une autorisation préalable.",
  "Public-law bodies and private entities providing public services must carry out a FRIA before first use.":
    "Les organismes de droit public et les entités privées fournissant des services publics doivent réaliser une analyse d'impact sur les droits fondamentaux avant la première utilisation.",
  "Deep fakes in evidently artistic or fictional work need a light-touch disclosure that such content exists.":
    "Les hypertrucages dans une œuvre manifestement artistique ou fictive exigent un signalement discret de l'existence de tels contenus.",
  "A private individual using the system professionally is a deployer, but not a public body or a provider of public services: no FRIA, except for credit scoring and life and health insurance.":
    "Un particulier qui utilise le système à titre professionnel est un déployeur, mais ni un organisme public ni un fournisseur de services publics : pas d'analyse d'impact sur les droits fondamentaux, sauf pour la notation de crédit et l'assurance vie et maladie.",
  "As product manufacturer placing the high-risk AI safety component with your product under your name, you are its provider.":
    "En tant que fabricant de produits mettant sur le marché le composant de sécurité d'IA à haut risque avec votre produit sous votre nom, vous en êtes le fournisseur.",
  "Authorised by law to detect or prosecute crime, and not open to the public for reporting crime.":
    "Habilité par la loi à détecter ou poursuivre les infractions, et non ouvert au public pour le signalement d'infractions.",
  "Authorised by law to detect or prosecute crime.": "Habilité par la loi à détecter ou poursuivre les infractions.",
  "Released under a free and open-source licence with weights, architecture and usage information public: exempt from Art 53(1)(a)-(b) and Art 54, but the copyright policy and training summary remain.":
    "Publié sous licence libre et ouverte avec poids, architecture et informations d'utilisation publics : exempté de l'Art 53(1)(a)-(b) et de l'Art 54, mais la politique en matière de droit d'auteur et le résumé d'entraînement subsistent.",
  "Any deployer of a creditworthiness or life and health insurance system must carry out a FRIA.":
    "Tout déployeur d'un système d'évaluation de la solvabilité ou d'assurance vie et maladie doit réaliser une analyse d'impact sur les droits fondamentaux.",
  "The text undergoes human editorial control and a person holds editorial responsibility.":
    "Le texte fait l'objet d'un contrôle éditorial humain et une personne assume la responsabilité éditoriale.",
  "It infers sex or age from biometric data, which the result treats as protected attributes.":
    "Il déduit le sexe ou l'âge à partir de données biométriques, que le résultat traite comme des attributs protégés.",
  "Deep fakes must be disclosed as AI-generated or manipulated.":
    "Les hypertrucages doivent être signalés comme générés ou manipulés par une IA.",
};
