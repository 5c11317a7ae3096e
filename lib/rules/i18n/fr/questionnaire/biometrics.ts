import type { Catalogue } from "../../types";

// The "biometrics" group of lib/rules/questionnaire/groups/biometrics.ts, keyed by the English text.
export const BIOMETRICS: Catalogue = {
  "Biometrics and emotion recognition": "Biométrie et reconnaissance des émotions",
  "Does the system guess people's emotions or intentions?":
    "Le système devine-t-il les émotions ou les intentions des personnes ?",
  "Emotion recognition means inferring emotions or intentions from biometric data (face, voice, gait, heart rate, typing rhythm). Text sentiment, and inference from behaviour such as clicks, purchases or browsing, are not; nor are physical states such as pain or fatigue. If several fit, biometric data decides. For example: reading anger from callers' voices is emotion recognition, even with the transcript; purchase intent from browsing is behaviour; a classroom camera reading boredom from faces recognises emotions, one detecting only drowsiness a physical state.":
    "La reconnaissance des émotions consiste à déduire des émotions ou des intentions à partir de données biométriques (visage, voix, démarche, rythme cardiaque, rythme de frappe). L'analyse du sentiment d'un texte et les déductions tirées du comportement (clics, achats, navigation) n'en font pas partie, pas plus que les états physiques comme la douleur ou la fatigue. Si plusieurs cas correspondent, les données biométriques l'emportent. Par exemple : lire la colère dans la voix des appelants est de la reconnaissance des émotions, même avec la transcription ; l'intention d'achat déduite de la navigation relève du comportement ; une caméra de classe qui lit l'ennui sur les visages reconnaît des émotions, celle qui ne détecte que la somnolence, un état physique.",
  "The engineering lead, or the vendor's documentation, which says what signals the system analyses.":
    "Le responsable technique, ou la documentation du fournisseur, qui indique quels signaux le système analyse.",
  "Yes, from faces, voices or other body signals (biometric data)":
    "Oui, à partir des visages, des voix ou d'autres signaux corporels (données biométriques)",
  "Only sentiment from text": "Uniquement le sentiment d'un texte",
  "Only from behaviour such as clicks, purchases or browsing (no biometric data)":
    "Uniquement à partir du comportement (clics, achats, navigation ; aucune donnée biométrique)",
  "Only physical states such as pain or fatigue": "Uniquement des états physiques comme la douleur ou la fatigue",
  "Where is the emotion detection used?": "Où la détection des émotions est-elle utilisée ?",
  "Emotion recognition at work or in education is banned. The Commission reads 'workplace' to include recruitment and probation; the text does not say so expressly. For example: analysing employees' faces in video meetings is at the workplace; analysing shoppers' faces in a store is elsewhere.":
    "La reconnaissance des émotions sur le lieu de travail ou dans les établissements d'enseignement est interdite. La Commission considère que le « lieu de travail » inclut le recrutement et la période d'essai ; le texte ne le dit pas expressément. Par exemple : analyser le visage des salariés en visioconférence se fait sur le lieu de travail ; analyser celui des clients d'un magasin, ailleurs.",
  "Your product owner, who knows where and on whom the system is used.":
    "Votre product owner, qui sait où et sur qui le système est utilisé.",
  "At the workplace (employees)": "Sur le lieu de travail (salariés)",
  "In education institutions": "Dans les établissements d'enseignement",
  "On job candidates (recruitment)": "Sur des candidats (recrutement)",
  "Elsewhere (e.g. retail, customer service, vehicles)": "Ailleurs (p. ex. commerce, service client, véhicules)",
  "Is it used for medical or safety reasons?": "Est-il utilisé pour des raisons médicales ou de sécurité ?",
  "Emotion recognition at work or in education is allowed only where intended for medical or safety reasons. The Commission reads the exception narrowly; its exact scope is disputed. For example: detecting a pilot's or driver's drowsiness or panic is a safety reason; measuring staff engagement is not.":
    "La reconnaissance des émotions sur le lieu de travail ou dans l'enseignement n'est permise que si elle est destinée à des raisons médicales ou de sécurité. La Commission interprète l'exception de manière stricte ; sa portée exacte est controversée. Par exemple : détecter la somnolence ou la panique d'un pilote ou d'un conducteur est une raison de sécurité ; mesurer l'engagement du personnel, non.",
  "Your product owner, with the health-and-safety or occupational-health lead.":
    "Votre product owner, avec le responsable santé et sécurité ou médecine du travail.",
  "Does it sort people into groups based on their face, voice or other body features?":
    "Classe-t-il les personnes en groupes d'après leur visage, leur voix ou d'autres caractéristiques physiques ?",
  "Biometric categorisation means assigning people to categories based on their biometric data. For example: inferring age, sex or ethnicity from a face image.":
    "La catégorisation biométrique consiste à affecter des personnes à des catégories sur la base de leurs données biométriques. Par exemple : déduire l'âge, le sexe ou l'origine ethnique d'une image du visage.",
  "The engineering lead, or the vendor's documentation, which says what the system derives from images or audio.":
    "Le responsable technique, ou la documentation du fournisseur, qui indique ce que le système déduit des images ou du son.",
  "Is that sorting only a technical side-feature that another service strictly needs?":
    "Ce classement n'est-il qu'une fonction technique accessoire strictement nécessaire à un autre service ?",
  "Categorisation ancillary to another commercial service and strictly necessary for objective technical reasons is not a biometric categorisation system. For example: a virtual glasses try-on that needs face shape.":
    "Une catégorisation accessoire à un autre service commercial et strictement nécessaire pour des raisons techniques objectives n'est pas un système de catégorisation biométrique. Par exemple : un essayage virtuel de lunettes qui a besoin de la forme du visage.",
  "The engineering lead who knows why the feature needs the body features it reads.":
    "Le responsable technique qui sait pourquoi la fonction a besoin des caractéristiques physiques qu'elle lit.",
  "Which characteristics does it infer?": "Quelles caractéristiques déduit-il ?",
  "Race, political opinions, trade-union membership, religious or philosophical beliefs, sex life and sexual orientation are banned categories. Whether sex and age are 'sensitive or protected' under Annex III 1(b) is disputed. For example: a camera guessing visitors' religion from their clothing and face infers religious beliefs.":
    "La race, les opinions politiques, l'affiliation syndicale, les convictions religieuses ou philosophiques, la vie sexuelle et l'orientation sexuelle sont des catégories interdites. La question de savoir si le sexe et l'âge sont des attributs « sensibles ou protégés » au sens de l'annexe III 1(b) est controversée. Par exemple : une caméra qui devine la religion des visiteurs d'après leurs vêtements et leur visage déduit des convictions religieuses.",
  "The data-science lead, from the list of labels the model outputs.":
    "Le responsable data science, d'après la liste des étiquettes produites par le modèle.",
  "Race or ethnic origin": "Race ou origine ethnique",
  "Political opinions": "Opinions politiques",
  "Trade-union membership": "Affiliation syndicale",
  "Religious or philosophical beliefs": "Convictions religieuses ou philosophiques",
  "Sex life or sexual orientation": "Vie sexuelle ou orientation sexuelle",
  "Health or disability": "Santé ou handicap",
  "Sex or gender": "Sexe ou genre",
  Age: "Âge",
  "Only non-sensitive traits (e.g. hair colour)": "Uniquement des traits non sensibles (p. ex. couleur des cheveux)",
  "In what context is the sorting done?": "Dans quel contexte le classement est-il effectué ?",
  "Labelling or filtering lawfully acquired biometric datasets, and categorisation in law enforcement, are outside the Art 5(1)(g) ban. For example: tagging a licensed face dataset by skin tone to test a model for bias is dataset labelling.":
    "L'étiquetage ou le filtrage d'ensembles de données biométriques acquis légalement, et la catégorisation dans le domaine répressif, ne relèvent pas de l'interdiction de l'Art 5(1)(g). Par exemple : étiqueter un jeu de données de visages sous licence par teinte de peau pour tester les biais d'un modèle relève de l'étiquetage de données.",
  "Your product owner, with the data-protection officer who knows the lawful basis of the data.":
    "Votre product owner, avec le délégué à la protection des données qui connaît la base légale des données.",
  "Labelling or filtering a lawfully acquired biometric dataset":
    "Étiquetage ou filtrage d'un ensemble de données biométriques acquis légalement",
  "Law enforcement": "Domaine répressif",
  "Any other context": "Tout autre contexte",
  "Does it recognise who people are from a distance, by matching their face, voice or gait against a database?":
    "Reconnaît-il à distance qui sont les personnes, en comparant leur visage, leur voix ou leur démarche à une base de données ?",
  "Remote biometric identification works without the person's active involvement, typically at a distance, comparing them against many stored people (1:N). 1:1 verification (confirming someone is who they claim to be, including authentication) is not remote identification. For example: cameras matching passers-by against a watch list identify remotely; unlocking a phone with your face is verification.":
    "L'identification biométrique à distance fonctionne sans la participation active de la personne, généralement à distance, en la comparant à de nombreuses personnes enregistrées (1:N). La vérification 1:1 (confirmer qu'une personne est bien celle qu'elle prétend être, y compris l'authentification) n'est pas une identification à distance. Par exemple : des caméras qui comparent les passants à une liste de surveillance identifient à distance ; déverrouiller un téléphone avec son visage est une vérification.",
  "The engineering lead, or the vendor's documentation, which says what the system compares faces or voices against.":
    "Le responsable technique, ou la documentation du fournisseur, qui indique à quoi le système compare les visages ou les voix.",
  "Yes, in real time (live)": "Oui, en temps réel (en direct)",
  "Yes, after the event (from recordings)": "Oui, a posteriori (à partir d'enregistrements)",
  "Only 1:1 verification or authentication": "Uniquement vérification 1:1 ou authentification",
  "Is it used in places open to the public?": "Est-il utilisé dans des lieux ouverts au public ?",
  "A publicly accessible space is any place open to an undetermined number of people, whoever owns it, even with conditions such as a ticket. For example: streets, stations, shops and stadiums are publicly accessible; an office with badge access is not.":
    "Un espace accessible au public est tout lieu ouvert à un nombre indéterminé de personnes, quel qu'en soit le propriétaire, même sous conditions comme un billet. Par exemple : les rues, gares, magasins et stades sont accessibles au public ; un bureau à accès par badge ne l'est pas.",
  "The operations or site manager who knows where the cameras or sensors are installed.":
    "Le responsable des opérations ou du site qui sait où les caméras ou capteurs sont installés.",
  "Is it used by the police or other law-enforcement authorities, or on their behalf?":
    "Est-il utilisé par la police ou d'autres autorités répressives, ou pour leur compte ?",
  "The Art 5(1)(h) ban concerns law-enforcement use only. Private real-time identification is Annex III 1(a). For example: a retailer's own shoplifter watch list is private use; the same cameras run for the police are law enforcement.":
    "L'interdiction de l'Art 5(1)(h) ne concerne que l'utilisation à des fins répressives. L'identification privée en temps réel relève de l'annexe III 1(a). Par exemple : la liste de surveillance des voleurs à l'étalage d'un commerçant est un usage privé ; les mêmes caméras exploitées pour la police relèvent du domaine répressif.",
  "Your product owner or account manager, who knows for whom the system is run.":
    "Votre product owner ou votre chargé de compte, qui sait pour qui le système est exploité.",
  "Is the use strictly necessary for one of these objectives?":
    "L'utilisation est-elle strictement nécessaire à l'un de ces objectifs ?",
  "Only these three objectives permit real-time identification in public for law enforcement. For example: searching for a specific abducted child is a targeted victim search; scanning crowds for anyone with an outstanding fine is none of these.":
    "Seuls ces trois objectifs permettent l'identification en temps réel dans l'espace public à des fins répressives. Par exemple : rechercher un enfant enlevé précis est une recherche ciblée de victimes ; scanner la foule pour trouver quiconque a une amende impayée ne relève d'aucun d'eux.",
  "The officer or legal adviser in charge of the operation that uses the system.":
    "L'agent ou le conseiller juridique responsable de l'opération qui utilise le système.",
  "Targeted search for victims of abduction, trafficking or sexual exploitation, or missing persons":
    "Recherche ciblée de victimes d'enlèvement, de traite ou d'exploitation sexuelle, ou de personnes disparues",
  "Preventing a specific, substantial and imminent threat to life, or a terrorist threat":
    "Prévention d'une menace spécifique, substantielle et imminente pour la vie, ou d'une menace terroriste",
  "Locating a suspect of an Annex II offence punishable by at least 4 years":
    "Localisation d'un suspect d'une infraction de l'annexe II passible d'au moins 4 ans",
  "None of these": "Aucune de ces options",
  "Does a national law allow this use, and has a judge or independent authority approved it in advance?":
    "Une loi nationale permet-elle cette utilisation, et un juge ou une autorité indépendante l'a-t-il autorisée au préalable ?",
  "Use is possible only where national law provides for it, with prior judicial or independent administrative authorisation (or within 24 hours in urgency). For example: a court order for one operation issued under a national police act that permits live facial recognition.":
    "L'utilisation n'est possible que si le droit national la prévoit, avec une autorisation préalable judiciaire ou administrative indépendante (ou dans les 24 heures en cas d'urgence). Par exemple : une décision de justice pour une opération, rendue en vertu d'une loi nationale de police qui permet la reconnaissance faciale en direct.",
  "Your legal team, from the national law and the authorisation for the operation.":
    "Votre service juridique, d'après le droit national et l'autorisation de l'opération.",
};
