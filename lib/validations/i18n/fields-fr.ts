import type { ValidationCatalogue } from "./types";

// fields-de.ts's messages in French.
export const FIELD_MESSAGES_FR: ValidationCatalogue = {
  "Choose one of your AI systems.": "Choisissez l'un de vos systèmes d'IA.",
  "Choose one of your organisation's AI systems.": "Choisissez l'un des systèmes d'IA de votre organisation.",
  "Choose AI systems of this organisation.": "Choisissez des systèmes d'IA de cette organisation.",
  "Choose a person of the register.": "Choisissez une personne du registre.",
  "Choose a learning item of the register.": "Choisissez un module du registre.",
  "Choose one of the organisation's business units.": "Choisissez l'une des unités opérationnelles de l'organisation.",
  "Choose a member of your organisation.": "Choisissez un membre de votre organisation.",
  "Choose a vendor from your register.": "Choisissez un fournisseur de votre registre.",
  "Choose a control of ISO/IEC 42001 or the NIST AI RMF from the list.":
    "Choisissez dans la liste une mesure de l'ISO/IEC 42001 ou du NIST AI RMF.",
  "Choose a published policy: only a published version can be evidence.":
    "Choisissez une politique publiée : seule une version publiée peut servir de preuve.",
  "Publish this policy first: only a policy in force can be evidence for a control.":
    "Publiez d'abord cette politique : seule une politique en vigueur peut servir de preuve pour une mesure.",
  "This policy has no version in force.": "Cette politique n'a aucune version en vigueur.",
  "Version {n} of this policy was never published.": "La version {n} de cette politique n'a jamais été publiée.",
  "Version {n} is still open: finish or edit it instead.":
    "La version {n} est encore ouverte : terminez-la ou modifiez-la plutôt.",
  "Version {n} is a draft: a draft cannot be attested. Close the gaps it lists on page {n} and export a final version to attest it.":
    "La version {n} est un brouillon : un brouillon ne peut pas être attesté. Comblez les lacunes qu'il liste en page {n} et exportez une version finale pour l'attester.",
  "That is more than {n} systems; export them in smaller groups.":
    "C'est plus de {n} systèmes ; exportez-les par groupes plus petits.",
  "Some of the chosen evidence does not belong to this system.":
    "Certaines des preuves choisies n'appartiennent pas à ce système.",
  "Your organisation requires evidence for done obligations: attach a file or a link, or link a published policy, first.":
    "Votre organisation exige des preuves pour les obligations accomplies : joignez d'abord un fichier ou un lien, ou liez une politique publiée.",
  "No evidence is attached: say how this duty was met (at least {n} characters), or attach evidence first.":
    "Aucune preuve n'est jointe : expliquez comment cette obligation a été remplie (au moins {n} caractères), ou joignez d'abord une preuve.",
  "Keep it open, or close it with a reason.": "Laissez-le ouvert, ou clôturez-le avec un motif.",
  "An account with this email already exists. Sign in instead.":
    "Un compte avec cette adresse e-mail existe déjà. Connectez-vous plutôt.",
  "Someone with this e-mail address is already in the register.":
    "Une personne avec cette adresse e-mail figure déjà dans le registre.",
  "No member of this organisation has this e-mail address.":
    "Aucun membre de cette organisation n'a cette adresse e-mail.",
  "The expiry cannot be before the completion date.": "La date d'expiration ne peut pas précéder la date d'achèvement.",
  "No such model version in this organisation; register it first.":
    "Cette version de modèle n'existe pas dans cette organisation ; enregistrez-la d'abord.",
  "This name is taken.": "Ce nom est déjà pris.",
  "This version exists.": "Cette version existe déjà.",
  "A signing certificate is required.": "Un certificat de signature est requis.",
  "The DNS servers did not answer in time or reported a failure. Nothing was changed; try again in a few minutes.":
    "Les serveurs DNS n'ont pas répondu à temps ou ont signalé une erreur. Rien n'a été modifié ; réessayez dans quelques minutes.",
  "Private and loopback addresses are not allowed.": "Les adresses privées et de bouclage ne sont pas autorisées.",
  "Only http and https URLs are allowed.": "Seules les URL http et https sont autorisées.",
  "Put credentials in the secret, not in the URL.": "Placez les identifiants dans le secret, pas dans l'URL.",
  "The import could not be read.": "L'import n'a pas pu être lu.",
  "This is not a field of the import.": "Ce n'est pas un champ de l'import.",
  "The file names no application (CycloneDX metadata.component, or an SPDX root software_Package): choose the AI system it describes.":
    "Le fichier ne nomme aucune application (CycloneDX metadata.component, ou un software_Package racine SPDX) : choisissez le système d'IA qu'il décrit.",
  "The file has more than {n} rows; import at most that many at a time.":
    "Le fichier compte plus de {n} lignes ; importez-en au plus autant à la fois.",
  "The file has {n} rows; import at most {n} at a time.":
    "Le fichier compte {n} lignes ; importez-en au plus {n} à la fois.",
  "The organisation has no business units yet; leave the column empty.":
    "L'organisation n'a pas encore d'unités opérationnelles ; laissez la colonne vide.",
  "Accepting a risk is its own signed step: import it with another treatment, or none, and accept it on the Risks tab.":
    "Accepter un risque est une étape signée à part : importez-le avec un autre traitement, ou sans, et acceptez-le dans l'onglet Risques.",
  "{n} row names a system you already have (or an earlier row of the file). Choose whether to skip it or update the system you have, then import again.":
    "{n} ligne nomme un système que vous avez déjà (ou une ligne précédente du fichier). Choisissez de l'ignorer ou de mettre à jour le système existant, puis importez à nouveau.",
  "The file is not valid JSON. Export the bill of materials as CycloneDX JSON or SPDX 3 JSON-LD.":
    "Le fichier n'est pas un JSON valide. Exportez la nomenclature en JSON CycloneDX ou en JSON-LD SPDX 3.",
  "The file must hold one JSON object, a CycloneDX bill of materials or an SPDX 3.0.1 document.":
    "Le fichier doit contenir un seul objet JSON : une nomenclature CycloneDX ou un document SPDX 3.0.1.",
  "The file has no header row. Start from the template.": "Le fichier n'a pas de ligne d'en-tête. Partez du modèle.",
  "The header row (the first line) is longer than {n} KB. The first line should hold only the column names; start from the template.":
    "La ligne d'en-tête (la première ligne) dépasse {n} Ko. La première ligne ne doit contenir que les noms de colonnes ; partez du modèle.",
  "The header row has {n} columns; an import takes at most {n}. Start from the template.":
    "La ligne d'en-tête compte {n} colonnes ; un import en accepte au plus {n}. Partez du modèle.",
  "Row {n} has more than {n} columns (the most an import takes). Check the separators and quotes in that row.":
    "La ligne {n} compte plus de {n} colonnes (le maximum d'un import). Vérifiez les séparateurs et les guillemets de cette ligne.",
  "Row {n} has a value longer than {n} KB (the most one cell may hold). Check that row for a missing closing quote.":
    "La ligne {n} contient une valeur de plus de {n} Ko (le maximum d'une cellule). Vérifiez s'il y manque un guillemet fermant.",
  "The file has more than {n} rows; import at most {n} at a time.":
    "Le fichier compte plus de {n} lignes ; importez-en au plus {n} à la fois.",
  'Enter the answers as a JSON object, like {"artefactType":"ai_system"}.':
    'Saisissez les réponses sous forme d\'objet JSON, par exemple {"artefactType":"ai_system"}.',
};
