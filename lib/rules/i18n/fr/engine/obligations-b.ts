import type { Catalogue } from "../../types";

// The engine's obligation titles and summaries, keyed by the English the rule set holds.
export const OBLIGATIONS_B: Catalogue = {
  "Report serious incidents to the market surveillance authority within 15 days of awareness, 10 days for a death, 2 days for widespread infringements or critical-infrastructure disruption.":
    "Signalez les incidents graves à l'autorité de surveillance du marché dans les 15 jours après en avoir eu connaissance, 10 jours en cas de décès, 2 jours en cas d'infraction de grande ampleur ou de perturbation d'infrastructures critiques.",
  "As a non-EU provider, appoint an authorised representative in the EU by written mandate before making the system available.":
    "En tant que fournisseur établi hors de l'UE, désignez un mandataire dans l'UE par mandat écrit avant de mettre le système à disposition.",
  "Verify before placing on the market": "Vérifier avant la mise sur le marché",
  "Check the conformity assessment, Annex IV documentation, CE marking, declaration, instructions and authorised representative before placing the system on the market.":
    "Vérifiez l'évaluation de la conformité, la documentation de l'Annex IV, le marquage CE, la déclaration, la notice d'utilisation et le mandataire avant de mettre le système sur le marché.",
  "Importer duties": "Obligations de l'importateur",
  "Withhold non-conforming systems, add your name and address, keep storage safe, keep documents for 10 years, and cooperate with authorities.":
    "Retenez les systèmes non conformes, indiquez votre nom et votre adresse, assurez un stockage sûr, conservez les documents 10 ans et coopérez avec les autorités.",
  "Mark synthetic content": "Marquer le contenu synthétique",
  "Mark generated or manipulated audio, image, video or text in a machine-readable, detectable way, using effective, interoperable, robust and reliable solutions.":
    "Marquez les contenus audio, image, vidéo ou texte générés ou manipulés de façon lisible par machine et détectable, avec des solutions efficaces, interopérables, robustes et fiables.",
  "Clear, timely, accessible information": "Information claire, en temps utile et accessible",
  "Give the Art 50 information clearly and distinguishably, at the latest at first interaction or exposure, meeting accessibility requirements.":
    "Fournissez les informations de l'Art 50 de manière claire et reconnaissable, au plus tard lors de la première interaction ou exposition, en respectant les exigences d'accessibilité.",
  "Disclose AI interaction": "Signaler l'interaction avec une IA",
  "Conformity assessment (sectoral procedure)": "Évaluation de la conformité (procédure sectorielle)",
  "Assess the AI requirements and the QMS inside the product's sectoral conformity procedure, with the relevant parts of Annex VII.":
    "Évaluez les exigences relatives à l'IA et le SGQ dans la procédure sectorielle de conformité du produit, avec les parties pertinentes de l'Annex VII.",
  "Authorised representative tasks": "Tâches du mandataire",
  "Verify the declaration, documentation and conformity assessment; keep documents for 10 years; supply information; handle registration; end the mandate if the provider breaches the Act.":
    "Vérifiez la déclaration, la documentation et l'évaluation de la conformité ; conservez les documents 10 ans ; fournissez les informations ; gérez l'enregistrement ; mettez fin au mandat si le fournisseur enfreint le règlement.",
  "Document the Art 6(3) assessment": "Documenter l'évaluation au titre de l'Art 6(3)",
  "Document why the system is not high-risk before placing it on the market, and hand the documentation over on request.":
    "Documentez avant la mise sur le marché pourquoi le système n'est pas à haut risque, et remettez la documentation sur demande.",
  "Register the non-high-risk position": "Enregistrer la position « pas à haut risque »",
  "Register yourself and the system in the EU database with the Annex VIII Section B data, including the Art 6(3) condition relied on.":
    "Enregistrez-vous et enregistrez le système dans la base de données de l'UE avec les données de l'Annex VIII Section B, y compris la condition de l'Art 6(3) invoquée.",
  "Conformity assessment (internal control)": "Évaluation de la conformité (contrôle interne)",
  "Before placing on the market, carry out the internal-control conformity assessment of Annex VI. A substantial modification needs a new assessment (Art 43(4)).":
    "Avant la mise sur le marché, effectuez l'évaluation de la conformité fondée sur le contrôle interne de l'Annex VI. Une modification substantielle exige une nouvelle évaluation (Art 43(4)).",
  "Verify before making available": "Vérifier avant la mise à disposition",
  "Distributor duties": "Obligations du distributeur",
  "Use according to the instructions": "Utiliser conformément à la notice",
  "Assign human oversight": "Confier le contrôle humain",
  "Relevant input data": "Données d'entrée pertinentes",
  "Monitor and report": "Surveiller et signaler",
  "Keep logs for six months": "Conserver les journaux six mois",
  "Use provider information for the DPIA": "Utiliser les informations du fournisseur pour l'AIPD",
  "Cooperate with authorities": "Coopérer avec les autorités",
  "Register use (public authorities)": "Enregistrer l'utilisation (autorités publiques)",
  "Inform affected persons": "Informer les personnes concernées",
  "Explain decisions on request": "Expliquer les décisions sur demande",
  "Fundamental rights impact assessment": "Analyse d'impact sur les droits fondamentaux",
  "Disclose deep fakes (artistic work)": "Signaler les hypertrucages (œuvre artistique)",
  "Inform people exposed to emotion recognition or biometric categorisation":
    "Informer les personnes exposées à la reconnaissance des émotions ou à la catégorisation biométrique",
  "Disclose deep fakes": "Signaler les hypertrucages",
  "This use is prohibited. Do not use the system this way.":
    "Cette utilisation est interdite. N'utilisez pas le système de cette manière.",
  "Inform workers before use": "Informer les travailleurs avant l'utilisation",
  "Watch for significant design changes": "Surveiller les modifications importantes de conception",
  "Take measures to support the AI literacy of staff and others using the system on your behalf, taking account of their knowledge, the context and the persons affected.":
    "Prenez des mesures pour favoriser la maîtrise de l'IA de votre personnel et des autres personnes qui utilisent le système pour votre compte, en tenant compte de leurs connaissances, du contexte et des personnes concernées.",
  "Take technical and organisational measures to use the system according to its instructions for use.":
    "Prenez des mesures techniques et organisationnelles pour utiliser le système conformément à sa notice d'utilisation.",
  "Assign oversight to people with the competence, training and authority needed, and support them.":
    "Confiez le contrôle à des personnes disposant des compétences, de la formation et de l'autorité nécessaires, et soutenez-les.",
  "Where you control input data, make sure it is relevant and sufficiently representative.":
    "Lorsque vous contrôlez les données d'entrée, veillez à ce qu'elles soient pertinentes et suffisamment représentatives.",
  "Monitor operation, inform the provider; suspend use and inform the provider and authority if a risk arises; report serious incidents.":
    "Surveillez le fonctionnement et informez le fournisseur ; suspendez l'utilisation et informez le fournisseur et l'autorité en cas de risque ; signalez les incidents graves.",
  "Use the Art 13 information to carry out the GDPR Art 35 (or LED Art 27) data-protection impact assessment.":
    "Utilisez les informations de l'Art 13 pour réaliser l'analyse d'impact relative à la protection des données prévue à l'Art 35 du RGPD (ou à l'Art 27 de la directive LED).",
  "Cooperate with competent authorities in any action they take on the system.":
    "Coopérez avec les autorités compétentes dans toute mesure qu'elles prennent concernant le système.",
  "As an employer, inform workers' representatives and affected workers before putting the system into service at the workplace.":
    "En tant qu'employeur, informez les représentants des travailleurs et les travailleurs concernés avant de mettre le système en service sur le lieu de travail.",
  "The system was placed on the market before the Chapter III date, so the high-risk duties apply only once its design changes significantly. Track design changes per type and model.":
    "Le système a été mis sur le marché avant la date du Chapter III : les obligations liées au haut risque ne s'appliquent donc qu'une fois sa conception modifiée de façon importante. Suivez les modifications de conception par type et par modèle.",
  "Inform exposed persons of the system's operation and process their data under the GDPR, EUDPR or LED.":
    "Informez les personnes exposées du fonctionnement du système et traitez leurs données conformément au RGPD, au RPDUE ou à la directive LED.",
  "Design the system so people are told they are interacting with AI, unless obvious in context. AI agents should also say on whose behalf they act.":
    "Concevez le système pour que les personnes soient informées qu'elles interagissent avec une IA, sauf si cela ressort du contexte. Les agents d'IA devraient aussi indiquer pour le compte de qui ils agissent.",
  "Authorisation for post remote biometric identification":
    "Autorisation de l'identification biométrique à distance a posteriori",
  "Disclose AI-generated public-interest text": "Signaler les textes d'intérêt public générés par IA",
  "Disclose that text published to inform the public on matters of public interest is AI-generated or manipulated.":
    "Indiquez que le texte publié pour informer le public sur des questions d'intérêt public a été généré ou manipulé par une IA.",
  "In criminal investigations, obtain judicial or binding administrative authorisation ex ante or within 48 hours; no untargeted use; document each use; report annually.":
    "Dans les enquêtes pénales, obtenez une autorisation judiciaire ou administrative contraignante au préalable ou dans les 48 heures ; pas d'utilisation non ciblée ; documentez chaque utilisation ; faites rapport chaque année.",
  "Inform natural persons that they are subject to a high-risk system that makes or assists decisions about them.":
    "Informez les personnes physiques qu'elles sont soumises à un système d'IA à haut risque qui prend des décisions les concernant ou y contribue.",
  "Give affected persons clear and meaningful explanations of the system's role and the main elements of decisions with legal or similarly significant effects.":
    "Fournissez aux personnes concernées des explications claires et pertinentes sur le rôle du système et les principaux éléments des décisions ayant des effets juridiques ou similaires importants.",
  "Before first use, assess the processes, period, affected groups, specific risks, oversight and remedies (Art 27(1)(a)-(f)); notify the market surveillance authority. The DPIA may be reused (Art 27(4)).":
    "Avant la première utilisation, évaluez les processus, la période, les groupes concernés, les risques spécifiques, le contrôle et les recours (Art 27(1)(a)-(f)) ; notifiez l'autorité de surveillance du marché. L'AIPD peut être réutilisée (Art 27(4)).",
  "For evidently artistic, creative, satirical or fictional work, disclose the existence of generated content in a way that does not hamper its display or enjoyment.":
    "Pour une œuvre manifestement artistique, créative, satirique ou fictive, signalez l'existence de contenus générés d'une manière qui n'entrave pas sa présentation ou sa jouissance.",
  "Register at national level": "S'enregistrer au niveau national",
  "Register critical-infrastructure systems (Annex III point 2) at national level.":
    "Enregistrez au niveau national les systèmes d'infrastructure critique (Annex III point 2).",
  "Register yourself and your use of the system in the EU database before use; do not use a system that is not registered.":
    "Enregistrez-vous et enregistrez votre utilisation du système dans la base de données de l'UE avant l'utilisation ; n'utilisez pas un système qui n'est pas enregistré.",
  "Check the CE marking, declaration copy and instructions, and that provider and importer met their duties, before making the system available.":
    "Avant de mettre le système à disposition, vérifiez le marquage CE, la copie de la déclaration et la notice d'utilisation, et que le fournisseur et l'importateur ont rempli leurs obligations.",
  "Withhold non-conforming systems, keep storage safe, ensure corrective action, inform about risks and cooperate.":
    "Retenez les systèmes non conformes, assurez un stockage sûr, veillez aux mesures correctives, informez des risques et coopérez.",
  "AI requirements through sectoral law": "Exigences relatives à l'IA par le droit sectoriel",
  "Disclose that image, audio or video content you publish is artificially generated or manipulated.":
    "Indiquez que les contenus image, audio ou vidéo que vous publiez ont été générés ou manipulés artificiellement.",
  "Prior authorisation for real-time identification": "Autorisation préalable de l'identification en temps réel",
  "FRIA and registration before use":
    "Analyse d'impact sur les droits fondamentaux et enregistrement avant l'utilisation",
  "Notify authorities and report": "Notifier les autorités et faire rapport",
  "Obtain prior authorisation from a judicial or binding independent administrative authority (within 24 hours in urgency, stopping and deleting data if refused), under national law that provides for the use.":
    "Obtenez l'autorisation préalable d'une autorité judiciaire ou d'une autorité administrative indépendante dont la décision est contraignante (dans les 24 heures en cas d'urgence, en arrêtant et en supprimant les données en cas de refus), en vertu d'un droit national qui prévoit l'utilisation.",
  "Complete a fundamental rights impact assessment and register the system before use (in urgency, register without undue delay); confirm only the specifically targeted person.":
    "Réalisez une analyse d'impact sur les droits fondamentaux et enregistrez le système avant l'utilisation (en cas d'urgence, enregistrez-le sans retard injustifié) ; ne confirmez que la personne spécifiquement ciblée.",
  "Notify each use to the market surveillance and data-protection authorities, and contribute to the annual reports.":
    "Notifiez chaque utilisation à l'autorité de surveillance du marché et à l'autorité de protection des données, et contribuez aux rapports annuels.",
  "The system is high-risk, but only Arts 6(1), 60a and 102-112 apply directly: the AI requirements reach it through the sectoral type-approval or certification regime.":
    "Le système est à haut risque, mais seuls les Arts 6(1), 60a et 102-112 s'appliquent directement : les exigences relatives à l'IA l'atteignent par le régime sectoriel de réception par type ou de certification.",
};
