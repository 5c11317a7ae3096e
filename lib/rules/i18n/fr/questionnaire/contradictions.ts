import type { Catalogue } from "../../types";

// The contradiction texts of lib/rules/questionnaire/clash-rules.ts, keyed by the English text.
export const CONTRADICTIONS: Catalogue = {
  "The technique and the answer on inference disagree: machine learning and logic- or knowledge-based approaches are the techniques that infer, while a system that only runs rules written by people or basic data processing does not.":
    "La technique et la réponse sur l'inférence se contredisent : l'apprentissage automatique et les approches fondées sur la logique et les connaissances sont les techniques qui infèrent, alors qu'un système qui n'exécute que des règles écrites par des personnes ou un traitement de données de base n'infère pas.",
  "The model is said to be only a research or prototyping project, yet access to it is sold. Supplying a model for payment makes it available on the market, which ends the research-only exclusion.":
    "Le modèle est présenté comme un simple projet de recherche ou de prototypage, mais son accès est vendu. Fournir un modèle contre paiement le met à disposition sur le marché, ce qui met fin à l'exclusion pour la recherche.",
  "Importers and authorised representatives are by definition located or established in the EU, but the organisation is said not to be established or located in the EU.":
    "Les importateurs et les mandataires sont par définition situés ou établis dans l'UE, mais l'organisation est indiquée comme n'étant ni établie ni située dans l'UE.",
  "Importing means bringing the system onto the EU market, but the system is said not to be offered or used in the EU.":
    "Importer, c'est mettre le système sur le marché de l'UE, mais le système est indiqué comme n'étant ni proposé ni utilisé dans l'UE.",
  "Purely personal, non-professional use is use by a private individual, but the user is said to be an organisation (a public body, a provider of public services, a school, university or clinic, or another private organisation), whose use is always professional.":
    "Une utilisation purement personnelle et non professionnelle est le fait d'un particulier, mais l'utilisateur est indiqué comme étant une organisation (un organisme public, un fournisseur de services publics, une école, une université ou une clinique, ou une autre organisation privée), dont l'utilisation est toujours professionnelle.",
  "Purely personal, non-professional use is use by a private individual, but the user is said to be a non-EU public authority or international body working under a cooperation agreement.":
    "Une utilisation purement personnelle et non professionnelle est le fait d'un particulier, mais l'utilisateur est indiqué comme étant une autorité publique hors UE ou une organisation internationale agissant dans le cadre d'un accord de coopération.",
  "The user is said to be a private organisation and also a non-EU public authority or international body; it cannot be both.":
    "L'utilisateur est indiqué comme étant à la fois une organisation privée et une autorité publique hors UE ou une organisation internationale ; il ne peut pas être les deux.",
  "The system is said to be still only in research, testing or development, not yet launched or in real use, and also to be already placed on the market or put into service. The research exclusion covers only the time before that.":
    "Le système est indiqué comme étant encore uniquement en recherche, en test ou en développement, ni lancé ni utilisé réellement, et aussi comme déjà mis sur le marché ou mis en service. L'exclusion pour la recherche ne couvre que la période antérieure.",
  "The model is said to be only a research or prototyping project, and also to be already placed on the market. The research-only exclusion ends when the model is placed on the market.":
    "Le modèle est présenté comme un simple projet de recherche ou de prototypage, et aussi comme déjà mis sur le marché. L'exclusion pour la recherche prend fin lorsque le modèle est mis sur le marché.",
  "The system is said to be able to create or alter intimate images, video or audio, but images, audio and video are not among the kinds of content it is said to generate or manipulate.":
    "Le système est indiqué comme capable de créer ou de modifier des images, vidéos ou sons intimes, mais les images, l'audio et la vidéo ne figurent pas parmi les types de contenus qu'il génère ou manipule selon les réponses.",
  "The system is said to be able to create or alter child sexual abuse material, which is visual material, but images and video are not among the kinds of content it is said to generate or manipulate.":
    "Le système est indiqué comme capable de créer ou de modifier du matériel pédopornographique, qui est un matériel visuel, mais les images et la vidéo ne figurent pas parmi les types de contenus qu'il génère ou manipule selon les réponses.",
  '"Only non-sensitive traits" is chosen together with other characteristics, so the categorisation does not infer only non-sensitive traits.':
    "« Uniquement des traits non sensibles » est coché avec d'autres caractéristiques : la catégorisation ne déduit donc pas uniquement des traits non sensibles.",
  "The system is said to be used exclusively for military, defence or national-security purposes, but consumers are among its users, which is civilian use.":
    "Le système est indiqué comme utilisé exclusivement à des fins militaires, de défense ou de sécurité nationale, mais des consommateurs figurent parmi ses utilisateurs, ce qui est un usage civil.",
  '"Only a lawful, purpose-specific evaluation" is chosen together with worse treatment in unrelated situations or out of proportion, so the score leads to more than that evaluation.':
    "« Uniquement une évaluation légale et spécifique à une finalité » est coché avec un traitement défavorable dans des situations sans rapport ou disproportionné : la note conduit donc à davantage que cette évaluation.",
  '"None of these" is chosen together with a product law: the product either falls under one of these laws or under none.':
    "« Aucune de ces options » est coché avec une législation sur les produits : le produit relève soit de l'une de ces législations, soit d'aucune.",
  '"None of these" is chosen together with an Annex III area: the system is either used in one of these areas or in none.':
    "« Aucune de ces options » est coché avec un domaine de l'annexe III : le système est utilisé soit dans l'un de ces domaines, soit dans aucun.",
  '"Only verifies travel documents" is chosen together with other migration uses, so the system does more than verify travel documents.':
    "« Vérifie uniquement des documents de voyage » est coché avec d'autres utilisations liées à la migration : le système fait donc plus que vérifier des documents de voyage.",
  '"Ancillary court administration only" is chosen together with helping a judge or dispute-resolution body research, interpret and apply the law, which is more than administration.':
    "« Administration judiciaire accessoire uniquement » est coché avec l'aide apportée à un juge ou à un organe de règlement des litiges pour rechercher, interpréter et appliquer le droit, ce qui va au-delà de l'administration.",
  "The system or model is said to be already placed on the market or put into service, but the date given for that is still in the future.":
    "Le système ou le modèle est indiqué comme déjà mis sur le marché ou mis en service, mais la date indiquée pour cela est encore dans le futur.",
  "The AI system itself is said to be already placed on the market or put into service, but the date given for that is still in the future.":
    "Le système d'IA lui-même est indiqué comme déjà mis sur le marché ou mis en service, mais la date indiquée pour cela est encore dans le futur.",
  "For a model and the system on it, the first date is the earlier of the two, yet the system's own date is earlier than it.":
    "Pour un modèle et le système construit dessus, la première date est la plus ancienne des deux, or la date propre du système est antérieure à celle-ci.",
  "The model's cumulative training compute includes the compute of its modification, yet the modification alone is said to have used more.":
    "La puissance de calcul d'entraînement cumulée du modèle inclut celle de sa modification, or la modification seule aurait utilisé davantage.",
  "The Commission designates only general-purpose AI models as having systemic risk, but the model is said not to be general-purpose.":
    "La Commission ne désigne comme présentant un risque systémique que des modèles d'IA à usage général, mais le modèle est indiqué comme n'étant pas à usage général.",
};
