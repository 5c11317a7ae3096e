import type { Catalogue } from "../../types";

// The "lifecycle" group of lib/rules/questionnaire/groups/lifecycle.ts, keyed by the English text.
export const LIFECYCLE: Catalogue = {
  "Market status": "Statut sur le marché",
  "Has the system or model already been launched: offered to customers, or taken into regular use?":
    "Le système ou le modèle a-t-il déjà été lancé : proposé à des clients, ou utilisé de façon régulière ?",
  "This asks whether it has been placed on the market (first made available in the EU, paid or free) or put into service (supplied for first use, including your own use). Transitional rules depend on when that first happened. A pilot with real users before launch is real-world testing, not a launch. For example: a SaaS feature switched on for all customers in March 2026, or a tool your own staff have used since then. For a system built on another provider's model, answer for your system, not the model. If you offer a model and a system on it, answer for whichever came first (usually the model).":
    "Il s'agit de savoir s'il a été mis sur le marché (mis à disposition pour la première fois dans l'UE, à titre onéreux ou gratuit) ou mis en service (fourni pour une première utilisation, y compris pour votre propre usage). Les règles transitoires dépendent de la date de cette première fois. Un pilote avec de vrais utilisateurs avant le lancement est un essai en conditions réelles, pas un lancement. Par exemple : une fonctionnalité SaaS activée pour tous les clients en mars 2026, ou un outil que votre propre personnel utilise depuis. Pour un système construit sur le modèle d'un autre fournisseur, répondez pour votre système, pas pour le modèle. Si vous proposez un modèle et un système construit dessus, répondez pour celui qui est venu en premier (en général le modèle).",
  "Your product owner or release manager, from the release history.":
    "Votre product owner ou votre responsable des versions, d'après l'historique des versions.",
  "When was it first launched (offered to customers or taken into use)?":
    "Quand a-t-il été lancé pour la première fois (proposé à des clients ou mis en service) ?",
  "The date it was first placed on the market or put into service. Systems placed before the application dates benefit from transitional rules. For example: the general-availability date in your release notes. For a model and a system on it, give the earlier date; the system's own date is asked next.":
    "La date à laquelle il a été mis sur le marché ou mis en service pour la première fois. Les systèmes mis sur le marché avant les dates d'application bénéficient de règles transitoires. Par exemple : la date de disponibilité générale dans vos notes de version. Pour un modèle et un système construit dessus, indiquez la date la plus ancienne ; la date propre du système est demandée ensuite.",
  "Your product owner or release manager, from the release notes or the first customer contract.":
    "Votre product owner ou votre responsable des versions, d'après les notes de version ou le premier contrat client.",
  "Has the application built on your model been launched yet?":
    "L'application construite sur votre modèle a-t-elle déjà été lancée ?",
  "Asks whether the AI system itself has been placed on the market or put into service. The system's own transitional rules, such as the grace period for marking generated content, follow the system's date, not the model's. For example: you released the model's weights in 2025 but the chat app on it only in 2026.":
    "Il s'agit de savoir si le système d'IA lui-même a été mis sur le marché ou mis en service. Les règles transitoires propres au système, comme le délai de grâce pour le marquage des contenus générés, suivent la date du système, pas celle du modèle. Par exemple : vous avez publié les poids du modèle en 2025, mais l'application de chat construite dessus seulement en 2026.",
  "Your product owner or release manager, from the application's release history.":
    "Votre product owner ou votre responsable des versions, d'après l'historique des versions de l'application.",
  "When was the application itself first launched?":
    "Quand l'application elle-même a-t-elle été lancée pour la première fois ?",
  "The date the AI system was first placed on the market or put into service. For example, the launch date of the application, even if the model was released earlier.":
    "La date à laquelle le système d'IA a été mis sur le marché ou mis en service pour la première fois. Par exemple, la date de lancement de l'application, même si le modèle a été publié plus tôt.",
  "Your product owner or release manager, from the application's release notes.":
    "Votre product owner ou votre responsable des versions, d'après les notes de version de l'application.",
  "Has its design changed significantly since launch, or will it?":
    "Sa conception a-t-elle changé de manière significative depuis le lancement, ou va-t-elle changer ?",
  "Legacy high-risk systems come under the Act once their design changes significantly after the application date. For example: a new model architecture, new input data types or a new purpose; bug fixes and routine updates that keep the same design usually are not.":
    "Les systèmes à haut risque existants relèvent du règlement dès que leur conception change de manière significative après la date d'application. Par exemple : une nouvelle architecture de modèle, de nouveaux types de données d'entrée ou une nouvelle finalité ; les corrections de bogues et mises à jour courantes qui conservent la même conception n'en sont généralement pas.",
  "The engineering lead, from the change log and the product roadmap.":
    "Le responsable technique, d'après le journal des modifications et la feuille de route du produit.",
  "Is it part of one of the EU's large border, migration or criminal-records IT systems (SIS, VIS, Eurodac, EES, ETIAS, ECRIS-TCN)?":
    "Fait-il partie de l'un des grands systèmes d'information de l'UE pour les frontières, la migration ou les casiers judiciaires (SIS, VIS, Eurodac, EES, ETIAS, ECRIS-TCN) ?",
  "These are the large-scale IT systems listed in Annex X. Their AI components placed on the market before 2 August 2027 must comply by 31 December 2030. For example: a matching component of the Entry/Exit System used at Schengen borders.":
    "Il s'agit des systèmes d'information à grande échelle énumérés à l'annexe X. Leurs composants d'IA mis sur le marché avant le 2 août 2027 doivent être mis en conformité au plus tard le 31 décembre 2030. Par exemple : un composant de comparaison du système d'entrée/de sortie utilisé aux frontières Schengen.",
  "The IT programme manager who runs your national connection to the EU system.":
    "Le responsable du programme informatique qui gère votre connexion nationale au système de l'UE.",
};
