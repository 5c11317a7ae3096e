import type { Catalogue } from "../../types";

// The engine's finding reasons, keyed by the English the rule set holds.
export const FINDINGS_A: Catalogue = {
  "The system does not infer from its input how to generate outputs, the decisive element of the definition.":
    "Le système n'infère pas, à partir des entrées qu'il reçoit, la manière de générer des sorties, élément décisif de la définition.",
  "The model lacks significant generality; specialised models are not general-purpose even when large.":
    "Le modèle ne présente pas une généralité significative ; les modèles spécialisés ne sont pas à usage général, même de grande taille.",
  "AI models other than general-purpose AI models are regulated only once integrated into an AI system.":
    "Les modèles d'IA autres que les modèles d'IA à usage général ne sont réglementés qu'une fois intégrés dans un système d'IA.",
  "The model shows significant generality and competently performs a wide range of distinct tasks.":
    "Le modèle présente une généralité significative et exécute de manière compétente un large éventail de tâches distinctes.",
  "You develop the system (or have it developed) and place it on the market or put it into service under your own name or trademark.":
    "Vous développez le système (ou le faites développer) et le mettez sur le marché ou en service sous votre propre nom ou votre propre marque.",
  "The Act reaches your role: you place the system on the EU market or put it into service there, use it in the EU, supply it in the EU, or its output is used in the EU.":
    "Le règlement vise votre rôle : vous mettez le système sur le marché de l'UE ou le mettez en service dans l'UE, l'utilisez dans l'UE, le fournissez dans l'UE, ou ses sorties sont utilisées dans l'UE.",
  "Specifically developed and put into service for the sole purpose of scientific research and development.":
    "Spécifiquement développé et mis en service à la seule fin de la recherche et du développement scientifiques.",
  "Models used only for research, development or prototyping before being placed on the market are not GPAI models.":
    "Les modèles utilisés uniquement pour la recherche, le développement ou le prototypage avant leur mise sur le marché ne sont pas des modèles GPAI.",
  "Developing for another organisation that markets the system under its own name does not make you the provider.":
    "Développer pour une autre organisation qui commercialise le système sous son propre nom ne fait pas de vous le fournisseur.",
  "You are established in the EU and place on the EU market a system bearing the name or trademark of a company outside the EU. Before doing so you check its conformity assessment, documentation, CE marking and authorised representative.":
    "Vous êtes établi dans l'UE et mettez sur le marché de l'UE un système portant le nom ou la marque d'une entreprise située hors de l'UE. Au préalable, vous vérifiez son évaluation de la conformité, sa documentation, son marquage CE et son mandataire.",
  "A distributor is an operator other than the provider or the importer: making the system available is covered by your duties as its provider or importer.":
    "Un distributeur est un opérateur autre que le fournisseur ou l'importateur : la mise à disposition du système relève de vos obligations en tant que fournisseur ou importateur.",
  "You are established in the EU and act for a provider outside the EU under its written mandate. For a high-risk system you check its conformity documents, keep them for 10 years, cooperate with authorities and handle its registration; for a general-purpose AI model the Art 54 tasks apply.":
    "Vous êtes établi dans l'UE et agissez pour un fournisseur situé hors de l'UE en vertu de son mandat écrit. Pour un système à haut risque, vous vérifiez ses documents de conformité, les conservez 10 ans, coopérez avec les autorités et gérez son enregistrement ; pour un modèle d'IA à usage général, les tâches de l'Art 54 s'appliquent.",
  "You place the AI system on the market or put it into service together with your own product, under your own name or trademark. If the product is covered by Annex I Section A and the AI system is its safety component, you are also the AI system's provider.":
    "Vous mettez le système d'IA sur le marché ou en service avec votre propre produit, sous votre propre nom ou votre propre marque. Si le produit relève de l'Annex I Section A et que le système d'IA en est le composant de sécurité, vous êtes aussi le fournisseur du système d'IA.",
  "Systems that only execute rules defined by people, or do basic data processing, do not infer how to generate outputs.":
    "Les systèmes qui n'exécutent que des règles définies par des personnes, ou un traitement de données de base, n'infèrent pas la manière de générer des sorties.",
  "It is a machine-based system that operates with some autonomy and infers from its input how to generate outputs.":
    "C'est un système automatisé qui fonctionne avec un certain niveau d'autonomie et déduit, à partir des entrées qu'il reçoit, la manière de générer des sorties.",
  "You develop the system (or have it developed) and use it yourself: putting it into service for your own use makes you its provider as well as its deployer.":
    "Vous développez le système (ou le faites développer) et l'utilisez vous-même : le mettre en service pour votre propre usage fait de vous son fournisseur ainsi que son déployeur.",
  "A natural person using AI in a purely personal, non-professional capacity is not a deployer.":
    "Une personne physique qui utilise l'IA dans le cadre d'une activité purement personnelle à caractère non professionnel n'est pas un déployeur.",
  "Used exclusively for military, defence or national-security purposes.":
    "Utilisé exclusivement à des fins militaires, de défense ou de sécurité nationale.",
  "The system does not operate with any independence from human involvement.":
    "Le système ne fonctionne avec aucune indépendance par rapport à l'intervention humaine.",
  "You have the system developed by others and place it on the market or put it into service under your own name or trademark.":
    "Vous faites développer le système par d'autres et le mettez sur le marché ou en service sous votre propre nom ou votre propre marque.",
  "Research, testing and development before placing on the market or putting into service.":
    "Recherche, essais et développement avant la mise sur le marché ou la mise en service.",
  "You make the system available on the EU market without being its provider or importer. Before doing so you check its CE marking, declaration of conformity and instructions for use.":
    "Vous mettez le système à disposition sur le marché de l'UE sans en être le fournisseur ni l'importateur. Au préalable, vous vérifiez son marquage CE, sa déclaration de conformité et sa notice d'utilisation.",
  "Training compute above 10^23 FLOP with generative capability indicates a GPAI model; confirm its generality.":
    "Un calcul d'entraînement supérieur à 10^23 FLOP avec une capacité générative indique un modèle GPAI ; confirmez sa généralité.",
  "Dual use is not exclusive military use: the civilian or law-enforcement use brings the system into scope.":
    "Le double usage n'est pas un usage exclusivement militaire : l'utilisation civile ou répressive fait entrer le système dans le champ d'application.",
  "Testing in real-world conditions is not excluded; it is governed by Arts 57-61 and 60a.":
    "Les essais en conditions réelles ne sont pas exclus ; ils sont régis par les Arts 57-61 et 60a.",
  "Lawful, standard commercial practices such as advertising, and consented therapeutic practices, are not covered.":
    "Les pratiques commerciales licites et courantes comme la publicité, et les pratiques thérapeutiques consenties, ne sont pas visées.",
  "Without significant harm or its reasonable likelihood, the vulnerability ban does not apply.":
    "Sans préjudice important ou probabilité raisonnable d'un tel préjudice, l'interdiction relative à l'exploitation des vulnérabilités ne s'applique pas.",
  "It predicts whether a natural person will offend based solely on profiling or personality traits.":
    "Il prédit si une personne physique commettra une infraction uniquement sur la base du profilage ou de traits de personnalité.",
  "It builds or expands facial-recognition databases by untargeted scraping of facial images.":
    "Il crée ou développe des bases de données de reconnaissance faciale par le moissonnage non ciblé d'images faciales.",
  "The use is strictly necessary for a permitted objective; it is allowed subject to authorisation, a FRIA, registration and notification, and is Annex III 1(a) high-risk.":
    "L'utilisation est strictement nécessaire à un objectif autorisé ; elle est permise sous réserve d'autorisation, d'une analyse d'impact sur les droits fondamentaux, d'enregistrement et de notification, et est à haut risque au titre de l'Annex III 1(a).",
  "It generates or manipulates realistic intimate imagery of identifiable persons without consent, by intended purpose, foreseeable unguarded capability, or use.":
    "Il génère ou manipule des images intimes réalistes de personnes identifiables sans leur consentement, par sa destination, une capacité prévisible non bridée ou son utilisation.",
  "Armed forces or defence bodies use it, but not exclusively for military, defence or national-security purposes: the exclusion turns on the purpose, whatever the entity, so the Act applies to this use.":
    "Des forces armées ou organismes de défense l'utilisent, mais pas exclusivement à des fins militaires, de défense ou de sécurité nationale : l'exclusion dépend de la finalité, quelle que soit l'entité, donc le règlement s'applique à cette utilisation.",
  "It generates or manipulates child sexual abuse material, by intended purpose, foreseeable unguarded capability, or use.":
    "Il génère ou manipule du matériel pédopornographique, par sa destination, une capacité prévisible non bridée ou son utilisation.",
  "Nothing is placed on the EU market or used in the EU, and no output is used in the EU.":
    "Rien n'est mis sur le marché de l'UE ni utilisé dans l'UE, et aucune sortie n'est utilisée dans l'UE.",
  "The organisation has no operator role for this system.":
    "L'organisation n'a aucun rôle d'opérateur pour ce système.",
  "A national-law defence (conduct 'with right') is claimed; confirm it before relying on it.":
    "Un moyen de défense de droit national (agir « de droit ») est invoqué ; confirmez-le avant de vous y fier.",
  "Your modification stays below one third of the original training compute: the original provider remains the model provider.":
    "Votre modification reste inférieure à un tiers du calcul d'entraînement d'origine : le fournisseur initial reste le fournisseur du modèle.",
  "Whether search or optimisation solvers and simple statistical models are AI systems is disputed. Annex XIV code AIH 0101 points toward inclusion; the result assumes it is an AI system.":
    "La question de savoir si les solveurs de recherche ou d'optimisation et les modèles statistiques simples sont des systèmes d'IA est discutée. Le code AIH 0101 de l'Annex XIV plaide pour leur inclusion ; le résultat suppose qu'il s'agit d'un système d'IA.",
  "It exploits vulnerabilities due to age, disability or a social or economic situation, causing or likely causing significant harm.":
    "Il exploite des vulnérabilités dues à l'âge, au handicap ou à une situation sociale ou économique, causant ou susceptible de causer un préjudice important.",
  "Supporting a human assessment already based on objective, verifiable facts is not banned; by or for law enforcement it is Annex III 6(d).":
    "Appuyer une évaluation humaine déjà fondée sur des faits objectifs et vérifiables n'est pas interdit ; par ou pour les autorités répressives, cela relève de l'Annex III 6(d).",
  "You use the system under your authority.": "Vous utilisez le système sous votre propre autorité.",
  "Place-based predictive policing and risk assessment of legal persons are outside the ban, which concerns natural persons.":
    "La police prédictive fondée sur les lieux et l'évaluation des risques des personnes morales échappent à l'interdiction, qui concerne les personnes physiques.",
  "Emotion recognition, its ban at work and in education and Annex III 1(c) all need emotions or intentions inferred from biometric data. Inferring them from behaviour such as clicks, purchases, browsing or what a person writes uses no biometric data, so none of them applies. Behavioural signals that are themselves biometric data (gait, typing rhythm, voice) are not behaviour in this sense: they make it emotion recognition.":
    "La reconnaissance des émotions, son interdiction au travail et dans l'enseignement et l'Annex III 1(c) exigent tous que des émotions ou intentions soient déduites de données biométriques. Les déduire de comportements comme des clics, des achats, la navigation ou ce qu'une personne écrit n'utilise aucune donnée biométrique : rien de cela ne s'applique. Les signaux comportementaux qui sont eux-mêmes des données biométriques (démarche, rythme de frappe, voix) ne sont pas un comportement en ce sens : ils en font une reconnaissance des émotions.",
  "The ban concerns use by or for law enforcement; private real-time identification is Annex III 1(a) high-risk instead.":
    "L'interdiction concerne l'utilisation par ou pour les autorités répressives ; l'identification en temps réel par des acteurs privés est plutôt à haut risque au titre de l'Annex III 1(a).",
  "The cooperation exclusion needs adequate safeguards for fundamental rights.":
    "L'exclusion pour la coopération exige des garanties adéquates pour les droits fondamentaux.",
  "It scores people on social behaviour or personal traits, leading to detrimental treatment in unrelated contexts or treatment disproportionate to the behaviour.":
    "Il note des personnes selon leur comportement social ou leurs caractéristiques personnelles, entraînant un traitement préjudiciable dans des contextes sans rapport ou disproportionné par rapport au comportement.",
  "Used by a third-country public authority under an international law-enforcement or judicial cooperation agreement with adequate safeguards.":
    "Utilisé par une autorité publique d'un pays tiers dans le cadre d'un accord international de coopération répressive ou judiciaire assorti de garanties adéquates.",
  "Categorisation ancillary to another commercial service and strictly necessary for objective technical reasons is not a biometric categorisation system.":
    "Une catégorisation accessoire à un autre service commercial et strictement nécessaire pour des raisons techniques objectives n'est pas un système de catégorisation biométrique.",
  "It uses subliminal, manipulative or deceptive techniques that materially distort behaviour and cause or are likely to cause significant harm.":
    "Il recourt à des techniques subliminales, manipulatrices ou trompeuses qui altèrent substantiellement le comportement et causent ou sont susceptibles de causer un préjudice important.",
  "Emotion recognition means inference from biometric data; text-only sentiment analysis is outside it.":
    "La reconnaissance des émotions suppose une inférence à partir de données biométriques ; l'analyse de sentiment sur du texte seul n'en relève pas.",
  "The compute used for your modification exceeds one third of the original model's training compute: you are the provider of the modified model, with duties limited to the modification.":
    "Le calcul utilisé pour votre modification dépasse un tiers du calcul d'entraînement du modèle d'origine : vous êtes le fournisseur du modèle modifié, avec des obligations limitées à la modification.",
  "The Commission has designated the model as having systemic risk.":
    "La Commission a désigné le modèle comme présentant un risque systémique.",
  "Without significant harm or its reasonable likelihood, the manipulation ban does not apply.":
    "Sans préjudice important ou probabilité raisonnable d'un tel préjudice, l'interdiction de la manipulation ne s'applique pas.",
  "Emotion recognition intended for medical or safety reasons is excepted from the ban; it remains Annex III 1(c) high-risk.":
    "La reconnaissance des émotions destinée à des raisons médicales ou de sécurité est exceptée de l'interdiction ; elle reste à haut risque au titre de l'Annex III 1(c).",
  "Physical states such as pain or fatigue are not emotions.":
    "Les états physiques comme la douleur ou la fatigue ne sont pas des émotions.",
  "You use the system under your authority. As a private individual you are a deployer because the use is professional; only purely personal, non-professional use is outside.":
    "Vous utilisez le système sous votre propre autorité. En tant que particulier, vous êtes déployeur parce que l'utilisation est professionnelle ; seule une utilisation purement personnelle et non professionnelle en est exclue.",
  "The model has high-impact capabilities, so it has systemic risk.":
    "Le modèle possède des capacités à fort impact : il présente donc un risque systémique.",
  "Whether your modification makes you a model provider depends on its compute compared with one third of the original's.":
    "Savoir si votre modification fait de vous un fournisseur du modèle dépend de son calcul comparé à un tiers de celui du modèle d'origine.",
  "You do not place the model on the market under your own name, so the Chapter V duties rest with its provider.":
    "Vous ne mettez pas le modèle sur le marché sous votre propre nom : les obligations du Chapter V incombent donc à son fournisseur.",
  "It categorises individuals on biometric data to infer race, political opinions, trade-union membership, religious or philosophical beliefs, or sex life or sexual orientation.":
    "Il catégorise des individus sur la base de données biométriques pour en déduire la race, les opinions politiques, l'affiliation syndicale, les convictions religieuses ou philosophiques, la vie sexuelle ou l'orientation sexuelle.",
  "Third-party assessment needed solely for non-health-and-safety risks (such as radio spectrum or EMC) does not meet condition (b).":
    "Une évaluation par un tiers requise uniquement pour des risques autres que la santé et la sécurité (comme le spectre radioélectrique ou la CEM) ne remplit pas la condition (b).",
  "It is an emotion recognition system.": "C'est un système de reconnaissance des émotions.",
  "Access, admission or assignment to education institutions.":
    "Accès, admission ou affectation dans des établissements d'enseignement.",
  "Watching whether students pay attention outside tests is not Annex III 3(d), which covers detecting prohibited behaviour during tests. Whether it is emotion recognition, banned in education institutions, turns on what it infers and from what: emotions or intentions (boredom, interest, frustration) read from faces, voices or bodies are; physical states such as fatigue are not. The emotion question decides it.":
    "Observer si les élèves sont attentifs en dehors des examens ne relève pas de l'Annex III 3(d), qui vise la détection de comportements interdits pendant les examens. S'il s'agit de reconnaissance des émotions, interdite dans les établissements d'enseignement, dépend de ce qui est déduit et à partir de quoi : des émotions ou intentions (ennui, intérêt, frustration) lues sur des visages, des voix ou des corps le sont ; des états physiques comme la fatigue non. La question sur les émotions tranche.",
  "It generates synthetic content, which must be marked as AI-generated in a machine-readable way.":
    "Il génère du contenu synthétique, qui doit être marqué comme généré par IA de façon lisible par machine.",
  "The open-source exemption is lost for models with systemic risk.":
    "L'exemption open source est perdue pour les modèles présentant un risque systémique.",
  "Model and system come from the same provider, so the AI Office has exclusive competence over the system (with carve-outs for Annex I, Annex III 2 and 8, and certain authorities).":
    "Le modèle et le système proviennent du même fournisseur : le Bureau de l'IA est donc seul compétent pour le système (sauf pour l'Annex I, l'Annex III 2 et 8 et certaines autorités).",
  "Labelling or filtering lawfully acquired biometric datasets, and categorisation in law enforcement, are outside the ban; Annex III 1(b) still applies.":
    "L'étiquetage ou le filtrage de jeux de données biométriques acquis licitement, et la catégorisation dans le domaine répressif, échappent à l'interdiction ; l'Annex III 1(b) s'applique toujours.",
  "A lawful, purpose-specific evaluation (such as credit scoring within the law) is not social scoring; it may be Annex III high-risk instead.":
    "Une évaluation licite et spécifique (comme une notation de crédit conforme à la loi) n'est pas une notation sociale ; elle peut en revanche être à haut risque au titre de l'Annex III.",
  "Whether the model has systemic risk is not settled: its training compute, high-impact capabilities or a Commission designation are not known yet.":
    "La présence d'un risque systémique n'est pas établie : le calcul d'entraînement du modèle, ses capacités à fort impact ou une désignation par la Commission ne sont pas encore connus.",
  "It is a remote biometric identification system.": "C'est un système d'identification biométrique à distance.",
  "Although used for non-safety aspects, its failure would endanger health and safety, so it is a safety component.":
    "Bien qu'utilisé pour des aspects non liés à la sécurité, sa défaillance mettrait en danger la santé et la sécurité : c'est donc un composant de sécurité.",
  "The product does not need third-party conformity assessment, so condition (b) is not met.":
    "Le produit ne nécessite pas d'évaluation de la conformité par un tiers : la condition (b) n'est donc pas remplie.",
  "It categorises people by inferring sensitive or protected attributes from biometric data.":
    "Il catégorise des personnes en déduisant des attributs sensibles ou protégés à partir de données biométriques.",
  "The open-source exclusion does not apply to high-risk systems or systems subject to Art 50.":
    "L'exclusion open source ne s'applique pas aux systèmes à haut risque ni aux systèmes soumis à l'Art 50.",
  "It infers emotions of natural persons from biometric data at the workplace or in education institutions (the Commission includes recruitment).":
    "Il déduit les émotions de personnes physiques à partir de données biométriques sur le lieu de travail ou dans des établissements d'enseignement (la Commission y inclut le recrutement).",
  "Used solely for non-safety aspects (assistance, optimisation, efficiency, convenience, quality control), it is not a safety component.":
    "Utilisé uniquement pour des aspects non liés à la sécurité (assistance, optimisation, efficacité, confort, contrôle qualité), ce n'est pas un composant de sécurité.",
  "Standard editing assistance, output that does not substantially alter the input, and output outside Art 50(2) (code, labels, ranking, machine-to-machine) need no marking.":
    "L'aide à l'édition standard, les sorties qui n'altèrent pas substantiellement l'entrée et les sorties hors de l'Art 50(2) (code, étiquettes, classements, de machine à machine) n'ont pas à être marquées.",
  "You only use the system, and not for this purpose: the use ban does not reach you. Placing a system with this capability on the market is its provider's matter.":
    "Vous ne faites qu'utiliser le système, et pas à cette fin : l'interdiction d'utilisation ne vous vise pas. Mettre sur le marché un système doté de cette capacité relève de son fournisseur.",
  "Annex III 2 covers critical digital infrastructure, road traffic and the supply of water, gas, heating and electricity only.":
    "L'Annex III 2 couvre uniquement les infrastructures numériques critiques, le trafic routier et la fourniture d'eau, de gaz, de chauffage et d'électricité.",
  "Systems used to detect financial fraud are expressly excluded from Annex III 5(b).":
    "Les systèmes utilisés pour détecter la fraude financière sont expressément exclus de l'Annex III 5(b).",
};
