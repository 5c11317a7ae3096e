import type { Catalogue } from "../../types";

// The "exclusions" group of lib/rules/questionnaire/groups/exclusions.ts, keyed by the English text.
export const EXCLUSIONS: Catalogue = {
  Exclusions: "Exclusions",
  "Is the system used for military, defence or national-security purposes?":
    "Le système est-il utilisé à des fins militaires, de défense ou de sécurité nationale ?",
  "Only systems used exclusively for these purposes are excluded. Dual use, or later civilian or law-enforcement use, brings the system back into scope. For example: a drone-vision model sold only to an army is excluded; the same model also sold to farmers is not.":
    "Seuls les systèmes utilisés exclusivement à ces fins sont exclus. Un double usage, ou une utilisation ultérieure civile ou répressive, ramène le système dans le champ d'application. Par exemple : un modèle de vision pour drones vendu uniquement à une armée est exclu ; le même modèle vendu aussi à des agriculteurs ne l'est pas.",
  "Your product owner or sales lead, who knows every customer and market the system is offered to.":
    "Votre product owner ou votre responsable commercial, qui connaît chaque client et chaque marché auquel le système est proposé.",
  "Exclusively for those purposes": "Exclusivement à ces fins",
  "Partly (dual use)": "En partie (double usage)",
  No: "Non",
  "Are you a non-EU public authority or international body using it under an agreement with the EU on police or judicial cooperation?":
    "Êtes-vous une autorité publique hors UE ou une organisation internationale qui l'utilise dans le cadre d'un accord avec l'UE de coopération policière ou judiciaire ?",
  "Art 2(4) excludes third-country public authorities and international organisations using AI under an international law-enforcement or judicial cooperation agreement with the EU or a Member State. For example: a non-EU police force exchanging data with Europol under a cooperation agreement.":
    "L'Art 2(4) exclut les autorités publiques de pays tiers et les organisations internationales qui utilisent l'IA dans le cadre d'un accord international de coopération répressive ou judiciaire avec l'UE ou un État membre. Par exemple : une police hors UE échangeant des données avec Europol dans le cadre d'un accord de coopération.",
  "Your legal or international-affairs team, who know the agreements your organisation works under.":
    "Votre équipe juridique ou des affaires internationales, qui connaît les accords dans le cadre desquels votre organisation travaille.",
  "Does that agreement provide adequate safeguards for fundamental rights and freedoms?":
    "Cet accord offre-t-il des garanties suffisantes pour les libertés et droits fondamentaux ?",
  "Without adequate safeguards the exclusion does not apply. For example: an agreement with data-protection, oversight and redress clauses.":
    "Sans garanties suffisantes, l'exclusion ne s'applique pas. Par exemple : un accord comportant des clauses sur la protection des données, le contrôle et les voies de recours.",
  "Your legal team, from the text of the cooperation agreement.":
    "Votre service juridique, d'après le texte de l'accord de coopération.",
  "Was it built and used only for scientific research, with no commercial or operational use?":
    "A-t-il été développé et utilisé uniquement pour la recherche scientifique, sans usage commercial ou opérationnel ?",
  "Art 2(6) excludes systems specifically developed and put into service for the sole purpose of scientific research and development. R&D that is part of a commercial product roadmap does not qualify. For example: a university lab's protein-folding model used only in its own studies qualifies; a bank's research prototype meant to become a product does not.":
    "L'Art 2(6) exclut les systèmes spécifiquement développés et mis en service uniquement à des fins de recherche et de développement scientifiques. La R&D intégrée à la feuille de route d'un produit commercial n'en relève pas. Par exemple : le modèle de repliement des protéines d'un laboratoire universitaire utilisé uniquement dans ses propres études en relève ; le prototype de recherche d'une banque destiné à devenir un produit, non.",
  "The research lead who runs the project, or the product owner if it is planned to become a product.":
    "Le responsable de la recherche qui mène le projet, ou le product owner s'il est prévu d'en faire un produit.",
  "Is it still only in research, testing or development, and not yet being prepared for launch or for real use?":
    "Est-il encore uniquement en recherche, en test ou en développement, sans préparation d'un lancement ou d'une utilisation réelle ?",
  "Research, testing and development before placing on the market or putting into service are excluded (Art 2(8)), but testing in real-world conditions is not. If you are preparing to launch or to start using it for real, answer No: the result then shows the duties that apply from launch, several of which must be met before it. For example: an experiment on historical data in a sandbox is still in research; a system with a launch date and a rollout plan is about to launch.":
    "La recherche, les essais et le développement avant la mise sur le marché ou la mise en service sont exclus (Art 2(8)), mais pas les essais en conditions réelles. Si vous préparez le lancement ou une utilisation réelle, répondez Non : le résultat montre alors les obligations applicables dès le lancement, dont plusieurs doivent être remplies avant. Par exemple : une expérience sur des données historiques dans un bac à sable relève encore de la recherche ; un système avec une date de lancement et un plan de déploiement est sur le point d'être lancé.",
  "Your product owner, who knows the launch plan.": "Votre product owner, qui connaît le plan de lancement.",
  "Is it being tried out with real people or in real operations, outside the lab?":
    "Est-il mis à l'essai avec de vraies personnes ou dans des opérations réelles, hors du laboratoire ?",
  "Testing in real-world conditions is governed by Arts 57-61 and 60a and is not excluded, even before launch. For example: a pilot in which a few branches use the system on real customer applications is real-world testing; tests on stored data in a sandbox are not.":
    "Les essais en conditions réelles sont régis par les Arts 57-61 et 60a et ne sont pas exclus, même avant le lancement. Par exemple : un pilote dans lequel quelques agences utilisent le système sur de vraies demandes de clients est un essai en conditions réelles ; des tests sur des données stockées dans un bac à sable, non.",
  "Your product owner or the project lead running the pilot.":
    "Votre product owner ou le chef de projet qui mène le pilote.",
  "Is the system released under a free and open-source licence?":
    "Le système est-il publié sous licence libre et ouverte ?",
  "The open-source exclusion is lost if the system is high-risk, a prohibited practice, or subject to the Art 50 transparency duties. For example: a system published on GitHub under the Apache 2.0 or MIT licence.":
    "L'exclusion open source est perdue si le système est à haut risque, constitue une pratique interdite ou est soumis aux obligations de transparence de l'Art 50. Par exemple : un système publié sur GitHub sous licence Apache 2.0 ou MIT.",
  "Your engineering lead or open-source programme office, from the licence the system is published under.":
    "Votre responsable technique ou votre bureau open source, d'après la licence sous laquelle le système est publié.",
};
