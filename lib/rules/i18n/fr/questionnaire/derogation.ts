import type { Catalogue } from "../../types";

// The "derogation" group of lib/rules/questionnaire/groups/derogation.ts, keyed by the English text.
export const DEROGATION: Catalogue = {
  "Art 6(3) derogation": "Dérogation de l'Art 6(3)",
  "Does any of these describe the system, so that it does not really shape the decision about a person?":
    "L'un de ces cas décrit-il le système, de sorte qu'il n'influence pas réellement la décision concernant une personne ?",
  "An Annex III system is not high-risk if at least one holds and it does not materially influence the outcome of decision-making. Leave empty if none applies. For example: a tool that only converts CVs into a standard format is a narrow procedural task; one that polishes the wording of a letter a caseworker already wrote improves a completed human activity. Commission guidelines on these conditions are still in draft.":
    "Un système de l'annexe III n'est pas à haut risque si au moins une condition est remplie et qu'il n'a pas d'incidence significative sur le résultat de la prise de décision. Laissez vide si rien ne s'applique. Par exemple : un outil qui ne fait que convertir des CV dans un format standard accomplit une tâche procédurale étroite ; un outil qui améliore la formulation d'un courrier déjà rédigé par un agent améliore une activité humaine achevée. Les lignes directrices de la Commission sur ces conditions sont encore à l'état de projet.",
  "Your product owner, with the business lead who makes the decisions the system supports.":
    "Votre product owner, avec le responsable métier qui prend les décisions que le système soutient.",
  "It performs a narrow procedural task": "Il accomplit une tâche procédurale étroite",
  "It improves the result of a previously completed human activity":
    "Il améliore le résultat d'une activité humaine préalablement réalisée",
  "It detects decision patterns or deviations, without replacing or influencing the human assessment without proper review":
    "Il détecte des constantes ou des écarts dans les décisions, sans remplacer ni influencer l'évaluation humaine sans examen approprié",
  "It performs a preparatory task to an assessment": "Il accomplit une tâche préparatoire à une évaluation",
  "Does the system evaluate individual people automatically, for example their performance, finances, health, preferences, behaviour or location?":
    "Le système évalue-t-il automatiquement des personnes, par exemple leurs performances, leur situation financière, leur santé, leurs préférences, leur comportement ou leur localisation ?",
  "This is profiling: any automated processing of personal data to evaluate, analyse or predict personal aspects of a person (GDPR Art 4(4)). An Annex III system that profiles natural persons is always high-risk, whatever the derogation conditions say. For example: predicting an applicant's job performance or a borrower's ability to repay is profiling; reformatting documents is not.":
    "C'est du profilage : tout traitement automatisé de données personnelles visant à évaluer, analyser ou prédire des aspects personnels d'une personne (RGPD Art 4(4)). Un système de l'annexe III qui effectue le profilage de personnes physiques est toujours à haut risque, quelles que soient les conditions de dérogation. Par exemple : prédire les performances professionnelles d'un candidat ou la capacité de remboursement d'un emprunteur est du profilage ; reformater des documents, non.",
  "Your data-protection officer, from the record of processing for this system.":
    "Votre délégué à la protection des données, d'après le registre des traitements de ce système.",
  "Has the reasoning for why it is not high-risk been written down, and checked by someone qualified?":
    "Le raisonnement expliquant pourquoi il n'est pas à haut risque a-t-il été mis par écrit, et vérifié par une personne qualifiée ?",
  "The assessment must be documented before placing on the market or putting into service, and the system registered in the EU database under Art 49(2). For example: a signed memo explaining why the tool is a narrow procedural task, reviewed by legal.":
    "L'évaluation doit être documentée avant la mise sur le marché ou la mise en service, et le système enregistré dans la base de données de l'UE en vertu de l'Art 49(2). Par exemple : une note signée expliquant pourquoi l'outil accomplit une tâche procédurale étroite, relue par le service juridique.",
  "Your compliance officer or legal team, who keep the Art 6(3) assessment record.":
    "Votre responsable conformité ou votre service juridique, qui conservent la documentation de l'évaluation au titre de l'Art 6(3).",
  "Not documented yet": "Pas encore documenté",
  "Documented, not yet reviewed": "Documenté, pas encore vérifié",
  "Documented and reviewed": "Documenté et vérifié",
};
