import type { Catalogue } from "../../types";

// The "annex3" group of lib/rules/questionnaire/groups/annex3.ts, keyed by the English text.
export const ANNEX3: Catalogue = {
  "High-risk uses (Annex III)": "Utilisations à haut risque (annexe III)",
  "Is the system used in any of these areas?": "Le système est-il utilisé dans l'un de ces domaines ?",
  "Select all that apply. An area alone does not make a system high-risk: the next questions check the exact use case (Annex III sub-point). Biometrics are covered in the previous step. For example: a CV-ranking tool is employment; a loan-approval model is essential services; a tool that routes 112 calls is essential services (emergency calls).":
    "Cochez tout ce qui s'applique. Un domaine à lui seul ne rend pas un système à haut risque : les questions suivantes vérifient le cas d'usage exact (sous-point de l'annexe III). La biométrie est traitée à l'étape précédente. Par exemple : un outil de classement de CV relève de l'emploi ; un modèle d'octroi de prêts, des services essentiels ; un outil qui oriente les appels au 112, des services essentiels (appels d'urgence).",
  "Your product owner, who knows the business process the system is used in.":
    "Votre product owner, qui connaît le processus métier dans lequel le système est utilisé.",
  "Critical infrastructure": "Infrastructures critiques",
  "Education and vocational training": "Éducation et formation professionnelle",
  "Employment and workers' management": "Emploi et gestion de la main-d'œuvre",
  "Essential private and public services (benefits, credit, insurance, emergency calls)":
    "Services privés et publics essentiels (prestations, crédit, assurance, appels d'urgence)",
  "Migration, asylum and border control": "Migration, asile et contrôle aux frontières",
  "Administration of justice and democratic processes": "Administration de la justice et processus démocratiques",
  "Which infrastructure?": "Quelle infrastructure ?",
  "Annex III 2 covers critical digital infrastructure, road traffic, and the supply of water, gas, heating and electricity. For example: a model that balances load on a regional power grid is electricity supply; one that controls traffic lights is road traffic.":
    "L'annexe III 2 couvre les infrastructures numériques critiques, le trafic routier et la fourniture d'eau, de gaz, de chauffage et d'électricité. Par exemple : un modèle qui équilibre la charge d'un réseau électrique régional relève de la fourniture d'électricité ; un modèle qui pilote des feux de circulation, du trafic routier.",
  "The operations or asset manager of the infrastructure the system runs in.":
    "Le responsable des opérations ou des actifs de l'infrastructure dans laquelle le système fonctionne.",
  "Critical digital infrastructure": "Infrastructures numériques critiques",
  "Road traffic": "Trafic routier",
  "Water supply": "Fourniture d'eau",
  "Gas supply": "Fourniture de gaz",
  "Heating supply": "Fourniture de chauffage",
  "Electricity supply": "Fourniture d'électricité",
  "Other infrastructure": "Autre infrastructure",
  "What does the system do there: does it keep the infrastructure running safely?":
    "Que fait le système à cet endroit : assure-t-il le fonctionnement sûr de l'infrastructure ?",
  "A safety component protects the physical integrity of the infrastructure or people's health and safety; its failure could put them at risk. Components used solely for cybersecurity are not safety components (recital 55). For example: AI that detects leaks and shuts valves in a gas network is a safety component; AI that forecasts gas prices for trading is not.":
    "Un composant de sécurité protège l'intégrité physique de l'infrastructure ou la santé et la sécurité des personnes ; sa défaillance pourrait les mettre en danger. Les composants utilisés uniquement à des fins de cybersécurité ne sont pas des composants de sécurité (considérant 55). Par exemple : une IA qui détecte les fuites et ferme les vannes d'un réseau de gaz est un composant de sécurité ; une IA qui prévoit les prix du gaz pour le négoce, non.",
  "The operations or safety engineer of the infrastructure, from its safety case.":
    "L'ingénieur d'exploitation ou de sécurité de l'infrastructure, d'après son dossier de sécurité.",
  "It is a safety component in management or operation":
    "C'est un composant de sécurité dans la gestion ou l'exploitation",
  "It is used solely for cybersecurity": "Il est utilisé uniquement pour la cybersécurité",
  "Other, non-safety function (e.g. billing, forecasting for trading)":
    "Autre fonction, sans lien avec la sécurité (p. ex. facturation, prévisions pour le négoce)",
  "What does it do in education or training?": "Que fait-il dans l'éducation ou la formation ?",
  "Select all that apply. For example: ranking applicants for university places is admission; auto-grading essays evaluates learning outcomes; flagging suspicious eye movements in an online exam is proctoring; a webcam tool that rates how attentive pupils are during a lesson is attention monitoring, not proctoring.":
    "Cochez tout ce qui s'applique. Par exemple : classer les candidats à des places à l'université relève de l'admission ; noter automatiquement des dissertations évalue les acquis d'apprentissage ; signaler des mouvements oculaires suspects lors d'un examen en ligne relève de la surveillance d'examen ; un outil webcam qui évalue l'attention des élèves pendant un cours relève de la surveillance de l'attention, pas de la surveillance d'examen.",
  "The academic or training lead who uses the system's results.":
    "Le responsable pédagogique ou de formation qui utilise les résultats du système.",
  "Decides access, admission or assignment to institutions":
    "Décide de l'accès, de l'admission ou de l'affectation à des établissements",
  "Evaluates learning outcomes, including steering learning":
    "Évalue les acquis d'apprentissage, y compris pour orienter l'apprentissage",
  "Assesses the level of education a person will receive or can access":
    "Évalue le niveau d'enseignement qu'une personne recevra ou auquel elle pourra accéder",
  "Monitors and detects prohibited behaviour of students during tests":
    "Surveille et détecte les comportements interdits des étudiants pendant les examens",
  "Other support (e.g. timetabling, content recommendations)":
    "Autre appui (p. ex. emplois du temps, recommandations de contenus)",
  "Watches whether students pay attention in class or online lessons (not during tests)":
    "Observe si les élèves sont attentifs en classe ou en cours en ligne (hors examens)",
  "Who operates it?": "Qui l'exploite ?",
  "Annex III 3 covers education and vocational-training institutions at all levels. For example: a university or a vocational college; a language-certificate exam board is a certification body. Whether certification or exam bodies are 'educational or vocational training institutions' is disputed.":
    "L'annexe III 3 couvre les établissements d'enseignement et de formation professionnelle de tous niveaux. Par exemple : une université ou un lycée professionnel ; un organisme d'examen de certificats de langue est un organisme de certification. La question de savoir si les organismes de certification ou d'examen sont des « établissements d'enseignement et de formation professionnelle » est controversée.",
  "Your product owner or account manager, who knows the institutions that use the system.":
    "Votre product owner ou votre chargé de compte, qui connaît les établissements qui utilisent le système.",
  "An education or vocational-training institution": "Un établissement d'enseignement ou de formation professionnelle",
  "A certification or exam body": "Un organisme de certification ou d'examen",
  "Someone else (e.g. an employer's internal training)":
    "Quelqu'un d'autre (p. ex. la formation interne d'un employeur)",
  "What does it do in employment?": "Que fait-il dans le domaine de l'emploi ?",
  "Select all that apply. HR chatbots that decide nothing are not Annex III 4. For example: ranking CVs is selection; suggesting who gets the next shift based on their past behaviour is task allocation.":
    "Cochez tout ce qui s'applique. Les chatbots RH qui ne décident de rien ne relèvent pas de l'annexe III 4. Par exemple : classer des CV relève de la sélection ; suggérer qui prend la prochaine équipe selon son comportement passé relève de l'attribution des tâches.",
  "Your HR lead, who knows which hiring or staff decisions the system feeds.":
    "Votre responsable RH, qui sait quelles décisions d'embauche ou de gestion du personnel le système alimente.",
  "Recruitment or selection: targeted job ads, filtering applications, evaluating candidates":
    "Recrutement ou sélection : offres d'emploi ciblées, filtrage des candidatures, évaluation des candidats",
  "Parses or redacts CVs for recruiters": "Analyse ou caviarde des CV pour les recruteurs",
  "Decisions on terms of work, promotion or termination":
    "Décisions sur les conditions de travail, la promotion ou le licenciement",
  "Allocates tasks based on individual behaviour or personal traits":
    "Attribue des tâches sur la base du comportement individuel ou de traits personnels",
  "Monitors and evaluates performance and behaviour": "Surveille et évalue les performances et le comportement",
  "Answers HR questions without deciding anything": "Répond aux questions RH sans rien décider",
  "What does it do for essential services?": "Que fait-il pour les services essentiels ?",
  "Select all that apply. Fraud detection is excluded from 5(b); motor and property insurance are outside 5(c), which is life and health only. For example: a model that sets the price of a health-insurance policy for a person is 5(c); a model that flags suspicious card payments is fraud detection.":
    "Cochez tout ce qui s'applique. La détection de la fraude est exclue du 5(b) ; l'assurance automobile et l'assurance de biens sortent du 5(c), qui ne concerne que l'assurance vie et maladie. Par exemple : un modèle qui fixe le prix d'une assurance maladie pour une personne relève du 5(c) ; un modèle qui signale des paiements par carte suspects relève de la détection de la fraude.",
  "The business owner of the credit, insurance or benefits process the system supports.":
    "Le responsable métier du processus de crédit, d'assurance ou de prestations que le système soutient.",
  "Evaluates eligibility for public assistance benefits and services, including healthcare":
    "Évalue l'éligibilité aux prestations et services d'aide sociale publics, y compris les soins de santé",
  "Evaluates creditworthiness or establishes a credit score of natural persons":
    "Évalue la solvabilité ou établit la note de crédit de personnes physiques",
  "Detects financial fraud": "Détecte la fraude financière",
  "Risk assessment and pricing in life or health insurance":
    "Évaluation des risques et tarification en assurance vie ou maladie",
  "Risk assessment or pricing in other insurance (motor, property)":
    "Évaluation des risques ou tarification dans d'autres assurances (automobile, biens)",
  "Evaluates emergency calls, dispatches first response, or triages emergency patients":
    "Évalue les appels d'urgence, envoie les premiers secours ou trie les patients en urgence",
  "What does it do in law enforcement?": "Que fait-il dans le domaine répressif ?",
  "Covered only when used by or for law-enforcement authorities. Profiling means automated evaluation of a person's characteristics, such as behaviour, location or reliability. For example: a tool that ranks suspects from their call records profiles persons; one that transcribes interviews is other. Matching a witness description against records is not biometric identification; it is high-risk when it profiles the people it matches.":
    "Couvert uniquement s'il est utilisé par des autorités répressives ou pour leur compte. Le profilage est l'évaluation automatisée des caractéristiques d'une personne, comme son comportement, sa localisation ou sa fiabilité. Par exemple : un outil qui classe des suspects d'après leurs relevés d'appels établit des profils de personnes ; un outil qui transcrit des auditions relève de « Autre ». Comparer la description d'un témoin à des fichiers n'est pas une identification biométrique ; c'est à haut risque lorsque l'outil établit le profil des personnes trouvées.",
  "The police or agency unit lead who uses the system's results.":
    "Le responsable de l'unité de police ou de l'agence qui utilise les résultats du système.",
  "Assesses a person's risk of becoming a victim of crime":
    "Évalue le risque qu'une personne devienne victime d'une infraction",
  "Polygraph or similar tool": "Polygraphe ou outil similaire",
  "Evaluates the reliability of evidence": "Évalue la fiabilité des preuves",
  "Assesses risk of offending or re-offending, or personality traits or past criminal behaviour":
    "Évalue le risque d'infraction ou de récidive, des traits de personnalité ou un comportement délictueux passé",
  "Profiles persons (evaluates their characteristics) in detecting, investigating or prosecuting crime":
    "Établit le profil de personnes (évalue leurs caractéristiques) dans la détection, l'enquête ou la poursuite d'infractions",
  "Other (e.g. case management, translation)": "Autre (p. ex. gestion des dossiers, traduction)",
  "Finds who matches a description of a person (clothing, height, where seen), without faces or other biometric data":
    "Trouve qui correspond à la description d'une personne (vêtements, taille, lieu où elle a été vue), sans visage ni autre donnée biométrique",
  "What does it do in migration, asylum or border control?":
    "Que fait-il dans la migration, l'asile ou le contrôle aux frontières ?",
  "Covered when used by or for competent public authorities. Verification of travel documents is excluded from 7(d). For example: a tool that scores visa applicants for overstay risk assesses risk; a passport-chip reader only verifies documents.":
    "Couvert s'il est utilisé par des autorités publiques compétentes ou pour leur compte. La vérification des documents de voyage est exclue du 7(d). Par exemple : un outil qui note les demandeurs de visa selon le risque de dépassement de séjour évalue un risque ; un lecteur de puce de passeport ne fait que vérifier des documents.",
  "The migration or border-agency unit lead who uses the system's results.":
    "Le responsable de l'unité migration ou garde-frontières qui utilise les résultats du système.",
  "Assesses security, irregular-migration or health risk of a person":
    "Évalue le risque pour la sécurité, de migration irrégulière ou pour la santé que présente une personne",
  "Assists examination of asylum, visa or residence applications":
    "Aide à l'examen des demandes d'asile, de visa ou de titre de séjour",
  "Detects, recognises or identifies persons": "Détecte, reconnaît ou identifie des personnes",
  "Only verifies travel documents": "Vérifie uniquement des documents de voyage",
  "What does it do in justice or democratic processes?": "Que fait-il dans la justice ou les processus démocratiques ?",
  "Purely ancillary court administration (anonymisation, communication, resource allocation) is outside 8(a). Campaign-logistics tools people are not directly exposed to are outside 8(b). For example: a tool that suggests sentencing ranges to a judge is 8(a); one that anonymises published judgments is administration only.":
    "L'administration judiciaire purement accessoire (anonymisation, communication, allocation des ressources) sort du 8(a). Les outils de logistique de campagne auxquels les personnes ne sont pas directement exposées sortent du 8(b). Par exemple : un outil qui suggère des fourchettes de peine à un juge relève du 8(a) ; un outil qui anonymise les jugements publiés relève uniquement de l'administration.",
  "The court, tribunal or campaign official who uses the system's results.":
    "Le responsable du tribunal, de l'instance ou de la campagne qui utilise les résultats du système.",
  "Helps a judicial authority research and interpret facts and law, and apply the law":
    "Aide une autorité judiciaire à rechercher et interpréter les faits et le droit, et à appliquer la loi",
  "Does the same in alternative dispute resolution": "Fait de même dans le règlement extrajudiciaire des litiges",
  "Ancillary court administration only": "Administration judiciaire accessoire uniquement",
  "Influences the outcome of elections or referendums, or voting behaviour":
    "Influence le résultat d'élections ou de référendums, ou le comportement électoral",
  "Organises or optimises political campaigns logistically, without exposing people to its output":
    "Organise ou optimise la logistique de campagnes politiques, sans exposer les personnes à ses sorties",
};
