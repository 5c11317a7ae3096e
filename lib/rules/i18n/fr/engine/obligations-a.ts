import type { Catalogue } from "../../types";

// The engine's obligation titles and summaries, keyed by the English the rule set holds.
export const OBLIGATIONS_A: Catalogue = {
  "GPAI authorised representative tasks": "Tâches du mandataire pour les modèles GPAI",
  "This practice is prohibited. Do not place the system on the market, put it into service, make it available or use it for this practice.":
    "Cette pratique est interdite. Ne mettez pas le système sur le marché, ne le mettez pas en service, ne le rendez pas disponible et ne l'utilisez pas pour cette pratique.",
  "Verify the Annex XI documentation and compliance with Arts 53 and 55, keep documents for 10 years, cooperate, and end the mandate if the provider breaches its obligations.":
    "Vérifiez la documentation de l'Annex XI et le respect des Arts 53 et 55, conservez les documents 10 ans, coopérez et mettez fin au mandat si le fournisseur manque à ses obligations.",
  "Model technical documentation": "Documentation technique du modèle",
  "Information for downstream providers": "Informations pour les fournisseurs en aval",
  "Copyright policy": "Politique en matière de droit d'auteur",
  "Public training-content summary": "Résumé public du contenu d'entraînement",
  "Notify the Commission": "Notifier la Commission",
  "Model evaluation and adversarial testing": "Évaluation du modèle et tests adversariaux",
  "Assess and mitigate systemic risks": "Évaluer et atténuer les risques systémiques",
  "Track and report serious incidents": "Suivre et signaler les incidents graves",
  Cybersecurity: "Cybersécurité",
  "Appoint an EU authorised representative": "Désigner un mandataire dans l'UE",
  "Keep Annex XI documentation (training and testing process, evaluation results, compute and energy) and provide it to the AI Office on request.":
    "Tenez la documentation de l'Annex XI (processus d'entraînement et d'essai, résultats d'évaluation, calcul et énergie) et fournissez-la au Bureau de l'IA sur demande.",
  "Give downstream providers the Annex XII information they need to integrate the model and comply, protecting IP and trade secrets.":
    "Donnez aux fournisseurs en aval les informations de l'Annex XII dont ils ont besoin pour intégrer le modèle et se conformer, en protégeant la propriété intellectuelle et les secrets d'affaires.",
  "Put in place a policy to comply with EU copyright law, including state-of-the-art identification of text-and-data-mining opt-outs (Art 4(3) Directive 2019/790).":
    "Mettez en place une politique de respect du droit d'auteur de l'UE, y compris l'identification à l'état de l'art des réserves de fouille de textes et de données (Art 4(3) directive 2019/790).",
  "Publish a sufficiently detailed summary of the training content on the AI Office template of 24 July 2025.":
    "Publiez un résumé suffisamment détaillé du contenu d'entraînement selon le modèle du Bureau de l'IA du 24 juillet 2025.",
  "Duties limited to your modification": "Obligations limitées à votre modification",
  "As provider of a modified model, your documentation and training-content summary cover the modification only.":
    "En tant que fournisseur d'un modèle modifié, votre documentation et votre résumé du contenu d'entraînement ne couvrent que la modification.",
  "Evaluate the model with state-of-the-art protocols, including adversarial testing (red-teaming).":
    "Évaluez le modèle selon des protocoles à l'état de l'art, y compris des tests adversariaux (red teaming).",
  "Assess and mitigate possible systemic risks at Union level, including their sources.":
    "Évaluez et atténuez les risques systémiques possibles au niveau de l'Union, y compris leurs sources.",
  "Track, document and report serious incidents and corrective measures to the AI Office without undue delay.":
    "Suivez, documentez et signalez sans retard injustifié au Bureau de l'IA les incidents graves et les mesures correctives.",
  "Ensure adequate cybersecurity for the model and its physical infrastructure.":
    "Garantissez une cybersécurité adéquate du modèle et de son infrastructure physique.",
  "Notify the Commission without delay and within two weeks of meeting the systemic-risk threshold (or knowing it will be met). You may argue the model exceptionally has no systemic risk.":
    "Notifiez la Commission sans tarder et dans les deux semaines suivant l'atteinte du seuil de risque systémique (ou dès que vous savez qu'il sera atteint). Vous pouvez faire valoir que le modèle ne présente exceptionnellement pas de risque systémique.",
  "As a non-EU model provider, appoint an authorised representative by written mandate before placing the model on the EU market.":
    "En tant que fournisseur de modèle établi hors de l'UE, désignez un mandataire par mandat écrit avant de mettre le modèle sur le marché de l'UE.",
  "Support AI literacy": "Favoriser la maîtrise de l'IA",
  "Take measures to support the AI literacy of staff and others operating the system on your behalf, taking account of their knowledge, the context and the persons affected.":
    "Prenez des mesures pour favoriser la maîtrise de l'IA de votre personnel et des autres personnes qui exploitent le système pour votre compte, en tenant compte de leurs connaissances, du contexte et des personnes concernées.",
  "Risk management system": "Système de gestion des risques",
  "Run a continuous risk management process over the lifecycle: identify and evaluate risks under intended use and foreseeable misuse, adopt measures, test against predefined metrics, and consider under-18s and vulnerable groups.":
    "Menez un processus continu de gestion des risques sur tout le cycle de vie : identifier et évaluer les risques en cas d'utilisation conforme et de mauvaise utilisation prévisible, adopter des mesures, tester selon des indicateurs prédéfinis et tenir compte des mineurs et des groupes vulnérables.",
  "Data and data governance": "Données et gouvernance des données",
  "Apply data-governance practices to training, validation and test data, including bias examination and mitigation; datasets must be relevant, representative and as error-free and complete as possible.":
    "Appliquez des pratiques de gouvernance des données aux données d'entraînement, de validation et de test, y compris l'examen et l'atténuation des biais ; les jeux de données doivent être pertinents, représentatifs et aussi exempts d'erreurs et complets que possible.",
  "Technical documentation": "Documentation technique",
  "Draw up Annex IV technical documentation before placing on the market and keep it current. SMEs and SMCs may use the simplified form.":
    "Établissez la documentation technique de l'Annex IV avant la mise sur le marché et tenez-la à jour. Les PME et les petites entreprises de taille intermédiaire peuvent utiliser la forme simplifiée.",
  "Automatic event logging": "Journalisation automatique des événements",
  "Design the system to log events automatically over its lifetime, to support risk identification, post-market monitoring and deployer monitoring.":
    "Concevez le système pour qu'il enregistre automatiquement les événements tout au long de sa vie, afin de faciliter l'identification des risques, la surveillance après commercialisation et la surveillance par le déployeur.",
  "Transparency and instructions for use": "Transparence et notice d'utilisation",
  "Give deployers instructions covering identity, capabilities and limits, accuracy metrics, human-oversight measures, maintenance and log collection.":
    "Fournissez aux déployeurs une notice d'utilisation couvrant l'identité, les capacités et limites, les indicateurs d'exactitude, les mesures de contrôle humain, la maintenance et la collecte des journaux.",
  "Human oversight by design": "Contrôle humain dès la conception",
  "Design the system so people can understand, monitor, override and stop it, and stay aware of automation bias.":
    "Concevez le système pour que des personnes puissent le comprendre, le surveiller, passer outre ses résultats et l'arrêter, en restant conscientes du biais d'automatisation.",
  "Accuracy, robustness and cybersecurity": "Exactitude, robustesse et cybersécurité",
  "Declare accuracy levels, build in resilience and fail-safes, mitigate feedback loops and defend against poisoning and adversarial attacks. Meeting CRA Art 12(1) counts for cybersecurity (Art 42(3)).":
    "Déclarez les niveaux d'exactitude, intégrez résilience et dispositifs de sécurité, atténuez les boucles de rétroaction et protégez contre l'empoisonnement des données et les attaques adversariales. Le respect de l'Art 12(1) du CRA vaut pour la cybersécurité (Art 42(3)).",
  "Name and contact details": "Nom et coordonnées",
  "Show your name, trademark and contact address on the system, its packaging or its documentation.":
    "Indiquez votre nom, votre marque et votre adresse de contact sur le système, son emballage ou sa documentation.",
  "Quality management system": "Système de gestion de la qualité",
  "Put in place written QMS policies and procedures, proportionate to your size, covering compliance strategy, design, testing, data, risk management, post-market monitoring and incident reporting.":
    "Mettez en place des politiques et procédures écrites de SGQ, proportionnées à votre taille, couvrant la stratégie de conformité, la conception, les essais, les données, la gestion des risques, la surveillance après commercialisation et le signalement des incidents.",
  "Keep documentation for 10 years": "Conserver la documentation 10 ans",
  "Keep technical and QMS documentation, notified-body decisions and the EU declaration of conformity for 10 years after placing on the market.":
    "Conservez la documentation technique et celle du SGQ, les décisions des organismes notifiés et la déclaration UE de conformité pendant 10 ans après la mise sur le marché.",
  "Keep logs": "Conserver les journaux",
  "Keep logs under your control for at least six months, unless other law says otherwise.":
    "Conservez les journaux sous votre contrôle pendant au moins six mois, sauf disposition contraire d'autres textes.",
  "Corrective actions and information": "Mesures correctives et information",
  "If the system does not conform, bring it into conformity, withdraw, disable or recall it, and inform the supply chain and authorities.":
    "Si le système n'est pas conforme, mettez-le en conformité, retirez-le, désactivez-le ou rappelez-le, et informez la chaîne d'approvisionnement et les autorités.",
  "Cooperation with authorities": "Coopération avec les autorités",
  "Provide information, documentation and log access to competent authorities on reasoned request.":
    "Fournissez aux autorités compétentes, sur demande motivée, les informations, la documentation et l'accès aux journaux.",
  "Written agreements with suppliers": "Accords écrits avec les fournisseurs tiers",
  "Agree in writing with suppliers of AI systems, models, tools and components the information, access and assistance you need to comply.":
    "Convenez par écrit avec les fournisseurs de systèmes d'IA, de modèles, d'outils et de composants des informations, de l'accès et de l'assistance dont vous avez besoin pour vous conformer.",
  "Conformity assessment (biometrics)": "Évaluation de la conformité (biométrie)",
  "Before placing on the market, assess conformity: internal control (Annex VI) only if harmonised standards or common specifications were applied in full; otherwise a notified body (Annex VII). None is cited in the OJ yet.":
    "Avant la mise sur le marché, évaluez la conformité : contrôle interne (Annex VI) uniquement si des normes harmonisées ou des spécifications communes ont été appliquées intégralement ; sinon un organisme notifié (Annex VII). Aucune n'est encore citée au JO.",
  "EU declaration of conformity": "Déclaration UE de conformité",
  "Sign a machine-readable EU declaration of conformity per Annex V and keep it for 10 years.":
    "Signez une déclaration UE de conformité lisible par machine selon l'Annex V et conservez-la 10 ans.",
  "CE marking": "Marquage CE",
  "Affix the CE marking (digitally for digitally provided systems), with the notified body's number where one was involved.":
    "Apposez le marquage CE (numériquement pour les systèmes fournis numériquement), avec le numéro de l'organisme notifié s'il est intervenu.",
  "Register in the EU database": "S'enregistrer dans la base de données de l'UE",
  "Register yourself and the system in the EU database before placing it on the market (law-enforcement, migration and border systems go into the non-public section, Art 49(4)).":
    "Enregistrez-vous et enregistrez le système dans la base de données de l'UE avant sa mise sur le marché (les systèmes répressifs, de migration et de contrôle aux frontières vont dans la partie non publique, Art 49(4)).",
  Accessibility: "Accessibilité",
  "Meet the accessibility requirements of Directives (EU) 2016/2102 and 2019/882.":
    "Respectez les exigences d'accessibilité des directives (UE) 2016/2102 et 2019/882.",
  "Post-market monitoring": "Surveillance après commercialisation",
  "Run a post-market monitoring system based on a plan that forms part of the technical documentation.":
    "Mettez en place un système de surveillance après commercialisation fondé sur un plan faisant partie de la documentation technique.",
  "Report serious incidents": "Signaler les incidents graves",
};
