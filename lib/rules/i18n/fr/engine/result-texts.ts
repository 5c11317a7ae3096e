import type { Catalogue } from "../../types";

// The engine's removals, result notes, disputed points and contradictions, keyed by the English the rule set holds.
export const RESULT_TEXTS: Catalogue = {
  "A system developed and put into service solely for scientific research is excluded; a product use brings the duties back.":
    "Un système développé et mis en service uniquement à des fins de recherche scientifique est exclu ; une utilisation comme produit fait renaître les obligations.",
  "Research, testing and development before launch are excluded; the duties apply from placing on the market or putting into service.":
    "La recherche, les essais et le développement avant le lancement sont exclus ; les obligations s'appliquent dès la mise sur le marché ou la mise en service.",
  "Exclusive military, defence or national-security use takes the system out of the Act; any civilian or law-enforcement use brings the duties back.":
    "Une utilisation exclusivement militaire, de défense ou de sécurité nationale place le système hors du règlement ; toute utilisation civile ou répressive fait renaître les obligations.",
  "Purely personal, non-professional use is not deployment, so the deployer duties do not arise.":
    "Une utilisation purement personnelle et non professionnelle n'est pas un déploiement : les obligations du déployeur ne naissent donc pas.",
  "The Art 6(3) condition claimed takes the Annex III system out of the high-risk duties; the assessment must be documented and the system registered.":
    "La condition de l'Art 6(3) invoquée fait sortir le système de l'Annex III des obligations liées au haut risque ; l'évaluation doit être documentée et le système enregistré.",
  "Placed on the market before the high-risk rules apply and not significantly changed since: until a significant change, only the change watch remains of the high-risk duties.":
    "Mis sur le marché avant l'application des règles sur le haut risque et sans modification importante depuis : jusqu'à une modification importante, seule la surveillance des modifications subsiste parmi les obligations liées au haut risque.",
  "The free and open-source licence excludes the system from the Act while it is neither high-risk, prohibited nor subject to Art 50.":
    "La licence libre et ouverte exclut le système du règlement tant qu'il n'est ni à haut risque, ni interdit, ni soumis à l'Art 50.",
  "Whether registration (Art 49) and the right to explanation (Art 86) bite from 2 Aug 2026 or only with the Annex III regime on 2 Dec 2027 is disputed. The result dates them 2 Dec 2027.":
    "La question de savoir si l'enregistrement (Art 49) et le droit à l'explication (Art 86) s'appliquent dès le 2 août 2026 ou seulement avec le régime de l'Annex III le 2 déc. 2027 est discutée. Le résultat les date au 2 déc. 2027.",
  "The extent of duties for downstream modifiers of systemic-risk models is disputed (notification and Art 55 may apply). The result assumes they do.":
    "L'étendue des obligations des modificateurs en aval de modèles présentant un risque systémique est discutée (la notification et l'Art 55 peuvent s'appliquer). Le résultat suppose qu'elles s'appliquent.",
  "Whether private schools or clinics are 'private entities providing public services' for the fundamental-rights impact assessment is disputed. The result assumes they are.":
    "La question de savoir si les écoles ou cliniques privées sont des « entités privées fournissant des services publics » aux fins de l'analyse d'impact sur les droits fondamentaux est discutée. Le résultat suppose qu'elles le sont.",
  "Whether publishing open model weights is 'placing an AI system on the market' for the intimate-imagery and CSAM bans is disputed. This model's weights are published; where the ban's conditions are met, the result treats the publication as caught.":
    "La question de savoir si la publication de poids de modèle ouverts constitue une « mise sur le marché d'un système d'IA » au sens des interdictions relatives aux images intimes et aux CSAM est discutée. Les poids de ce modèle sont publiés ; lorsque les conditions de l'interdiction sont remplies, le résultat considère la publication comme visée.",
  "Confirm the national-law defence to the CSAM ban applies.":
    "Confirmez que le moyen de défense prévu par le droit national contre l'interdiction des CSAM s'applique.",
  "Whether the safeguards against generating intimate imagery or CSAM are 'reasonable and adequate' to prevent it and to correct observed misuse is disputed. The result relies on them to find no ban; confirm they qualify.":
    "La question de savoir si les garde-fous contre la génération d'images intimes ou de CSAM sont « raisonnables et adéquats » pour l'empêcher et corriger les abus constatés est discutée. Le résultat s'appuie sur eux pour ne retenir aucune interdiction ; confirmez qu'ils sont suffisants.",
  "The scope of the medical-or-safety exception to the workplace and education emotion-recognition ban is disputed and read narrowly. Confirm the purpose qualifies.":
    "La portée de l'exception pour raisons médicales ou de sécurité à l'interdiction de la reconnaissance des émotions au travail et dans l'enseignement est discutée et interprétée strictement. Confirmez que la finalité y répond.",
  "When an Art 6(3) condition applies is not settled: the Commission's Art 6(5) guidelines are still in draft. The claim must be documented and reviewed before it is relied on.":
    "Le moment où une condition de l'Art 6(3) s'applique n'est pas établi : les lignes directrices de la Commission prévues à l'Art 6(5) sont encore à l'état de projet. L'invocation doit être documentée et examinée avant de s'y fier.",
  "Emotion recognition of job candidates: the Commission guidelines treat recruitment as 'workplace'; the text does not say so. The result assumes the ban applies.":
    "Reconnaissance des émotions des candidats à un emploi : les lignes directrices de la Commission assimilent le recrutement au « lieu de travail » ; le texte ne le dit pas. Le résultat suppose que l'interdiction s'applique.",
  "Whether certification or exam bodies are 'educational or vocational training institutions' under Annex III 3 is disputed. The result assumes they are.":
    "La question de savoir si les organismes de certification ou d'examen sont des « établissements d'enseignement et de formation professionnelle » au sens de l'Annex III 3 est discutée. Le résultat suppose qu'ils le sont.",
  "How Art 6(1c) applies to radio equipment whose notified-body involvement stems from cybersecurity or privacy requirements is disputed. The result assumes condition (b) is met.":
    "L'application de l'Art 6(1c) aux équipements radioélectriques dont l'intervention d'un organisme notifié découle d'exigences de cybersécurité ou de protection de la vie privée est discutée. Le résultat suppose que la condition (b) est remplie.",
  "Whether CV parsing or redaction tools perform 'profiling' is disputed. Confirm the profiling answer before relying on the Art 6(3) derogation.":
    "La question de savoir si les outils d'analyse ou de caviardage de CV effectuent un « profilage » est discutée. Confirmez la réponse sur le profilage avant de vous appuyer sur la dérogation de l'Art 6(3).",
  "Whether private real-time remote biometric identification is 'permitted' under GDPR Art 9 is disputed. The result classifies it as Annex III 1(a) high-risk; check its lawfulness separately.":
    "La question de savoir si l'identification biométrique à distance en temps réel par des acteurs privés est « permise » au titre de l'Art 9 du RGPD est discutée. Le résultat la classe à haut risque au titre de l'Annex III 1(a) ; vérifiez sa licéité séparément.",
  "The 'obvious' exception is read restrictively, and a human-like name, avatar or voice points against it. The result applies Art 50(1); confirm whether the exception really holds.":
    "L'exception « évident » est interprétée strictement, et un nom, un avatar ou une voix d'apparence humaine plaident contre elle. Le résultat applique l'Art 50(1) ; confirmez si l'exception s'applique vraiment.",
  "Whether sex or age are 'sensitive or protected attributes' under Annex III 1(b) is disputed (recital 54 points to GDPR Art 9 data; Charter Art 21 would include them). The result assumes they are.":
    "La question de savoir si le sexe ou l'âge sont des « attributs sensibles ou protégés » au sens de l'Annex III 1(b) est discutée (le considérant 54 renvoie aux données de l'Art 9 du RGPD ; l'Art 21 de la Charte les inclurait). Le résultat suppose qu'ils le sont.",
  "The technique and the answer on inference disagree: machine learning and logic- or knowledge-based approaches are the techniques that infer, while a system that only runs rules written by people or basic data processing does not.":
    "La technique et la réponse sur l'inférence se contredisent : l'apprentissage automatique et les approches fondées sur la logique ou les connaissances sont les techniques qui infèrent, tandis qu'un système qui n'exécute que des règles écrites par des personnes ou un traitement de données de base n'infère pas.",
  "The system is said to be still only in research, testing or development, not yet launched or in real use, and also to be already placed on the market or put into service. The research exclusion covers only the time before that.":
    "Le système serait encore en phase de recherche, d'essai ou de développement, sans lancement ni utilisation réelle, et aussi déjà mis sur le marché ou mis en service. L'exclusion pour la recherche ne couvre que la période antérieure.",
  "The system or model is said to be already placed on the market or put into service, but the date given for that is still in the future.":
    "Le système ou le modèle serait déjà mis sur le marché ou mis en service, mais la date indiquée est encore dans le futur.",
  "The model's cumulative training compute includes the compute of its modification, yet the modification alone is said to have used more.":
    "Le calcul d'entraînement cumulé du modèle inclut celui de sa modification, mais la modification seule aurait utilisé davantage.",
  "The model is said to be only a research or prototyping project, and also to be already placed on the market. The research-only exclusion ends when the model is placed on the market.":
    "Le modèle ne serait qu'un projet de recherche ou de prototypage, et aussi déjà mis sur le marché. L'exclusion pour la seule recherche prend fin avec la mise sur le marché du modèle.",
  "Importers and authorised representatives are by definition located or established in the EU, but the organisation is said not to be established or located in the EU.":
    "Les importateurs et les mandataires sont par définition situés ou établis dans l'UE, mais l'organisation ne serait ni établie ni située dans l'UE.",
  "Purely personal, non-professional use is use by a private individual, but the user is said to be a non-EU public authority or international body working under a cooperation agreement.":
    "Une utilisation purement personnelle et non professionnelle est le fait d'un particulier, mais l'utilisateur serait une autorité publique d'un pays tiers ou une organisation internationale agissant dans le cadre d'un accord de coopération.",
  "The system is said to be used exclusively for military, defence or national-security purposes, but consumers are among its users, which is civilian use.":
    "Le système serait utilisé exclusivement à des fins militaires, de défense ou de sécurité nationale, mais des consommateurs figurent parmi ses utilisateurs, ce qui est une utilisation civile.",
  "Importing means bringing the system onto the EU market, but the system is said not to be offered or used in the EU.":
    "Importer signifie introduire le système sur le marché de l'UE, mais le système ne serait ni proposé ni utilisé dans l'UE.",
  "Purely personal, non-professional use is use by a private individual, but the user is said to be an organisation (a public body, a provider of public services, a school, university or clinic, or another private organisation), whose use is always professional.":
    "Une utilisation purement personnelle et non professionnelle est le fait d'un particulier, mais l'utilisateur serait une organisation (un organisme public, un fournisseur de services publics, une école, une université ou une clinique, ou une autre organisation privée), dont l'utilisation est toujours professionnelle.",
  "The user is said to be a private organisation and also a non-EU public authority or international body; it cannot be both.":
    "L'utilisateur serait une organisation privée et aussi une autorité publique d'un pays tiers ou une organisation internationale ; il ne peut être les deux.",
  '"None of these" is chosen together with a product law: the product either falls under one of these laws or under none.':
    "« Aucun de ceux-ci » est choisi avec une législation produit : le produit relève soit de l'une de ces législations, soit d'aucune.",
  "The model is said to be only a research or prototyping project, yet access to it is sold. Supplying a model for payment makes it available on the market, which ends the research-only exclusion.":
    "Le modèle ne serait qu'un projet de recherche ou de prototypage, mais l'accès à celui-ci est vendu. Fournir un modèle contre paiement revient à le mettre à disposition sur le marché, ce qui met fin à l'exclusion pour la seule recherche.",
  "The system is said to be able to create or alter child sexual abuse material, which is visual material, but images and video are not among the kinds of content it is said to generate or manipulate.":
    "Le système pourrait créer ou modifier du matériel pédopornographique, qui est visuel, mais les images et la vidéo ne figurent pas parmi les types de contenu qu'il générerait ou manipulerait.",
  "The Commission designates only general-purpose AI models as having systemic risk, but the model is said not to be general-purpose.":
    "La Commission ne désigne comme présentant un risque systémique que des modèles d'IA à usage général, mais le modèle ne serait pas à usage général.",
  '"Ancillary court administration only" is chosen together with helping a judge or dispute-resolution body research, interpret and apply the law, which is more than administration.':
    "« Administration judiciaire purement accessoire » est choisi avec l'aide à une autorité judiciaire ou à un organe de règlement des litiges pour rechercher, interpréter et appliquer le droit, ce qui dépasse l'administration.",
  "For a model and the system on it, the first date is the earlier of the two, yet the system's own date is earlier than it.":
    "Pour un modèle et le système qui l'intègre, la première date est la plus ancienne des deux, or la date propre du système est antérieure.",
  '"Only a lawful, purpose-specific evaluation" is chosen together with worse treatment in unrelated situations or out of proportion, so the score leads to more than that evaluation.':
    "« Seulement une évaluation licite et spécifique » est choisi avec un traitement défavorable dans des contextes sans rapport ou disproportionné : la note mène donc à plus que cette évaluation.",
  "The system is said to be able to create or alter intimate images, video or audio, but images, audio and video are not among the kinds of content it is said to generate or manipulate.":
    "Le système pourrait créer ou modifier des images, vidéos ou enregistrements audio intimes, mais les images, l'audio et la vidéo ne figurent pas parmi les types de contenu qu'il générerait ou manipulerait.",
  '"None of these" is chosen together with an Annex III area: the system is either used in one of these areas or in none.':
    "« Aucun de ceux-ci » est choisi avec un domaine de l'Annex III : le système est utilisé soit dans l'un de ces domaines, soit dans aucun.",
  '"Only verifies travel documents" is chosen together with other migration uses, so the system does more than verify travel documents.':
    "« Vérifie uniquement les documents de voyage » est choisi avec d'autres utilisations en matière de migration : le système fait donc plus que vérifier des documents de voyage.",
  '"Only non-sensitive traits" is chosen together with other characteristics, so the categorisation does not infer only non-sensitive traits.':
    "« Uniquement des traits non sensibles » est choisi avec d'autres caractéristiques : la catégorisation n'infère donc pas que des traits non sensibles.",
  "The AI system itself is said to be already placed on the market or put into service, but the date given for that is still in the future.":
    "Le système d'IA lui-même serait déjà mis sur le marché ou mis en service, mais la date indiquée est encore dans le futur.",
};
