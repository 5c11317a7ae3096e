import type { ValidationCatalogue } from "./types";

// French, "vous", a space before ":" ";" "?" "!" (as in messages/fr); legal terms as in
// lib/rules/glossary/fr.ts. "{n}" stands for a number (see ./index.ts).
export const FR: ValidationCatalogue = {
  "A link can stay valid for at most {n} days.": "Un lien peut rester valable {n} jours au plus.",
  "A link must stay valid for at least {n} day.": "Un lien doit rester valable au moins {n} jour.",
  "A risk is opened or re-scored from an incident or from a monitoring breach, not both.":
    "Un risque est ouvert ou réévalué à partir d'un incident ou d'un dépassement de surveillance, pas des deux.",
  "Add at least one thing you monitor.": "Ajoutez au moins un élément surveillé.",
  "An override needs a written justification of at least {n} characters.":
    "Une dérogation nécessite une justification écrite d'au moins {n} caractères.",
  "Annex IV has sections {n} to {n}.": "L'annexe IV comporte les sections {n} à {n}.",
  "Choose EU member states from the list.": "Choisissez des États membres de l'UE dans la liste.",
  "Choose English, Deutsch or Français for the PDF.": "Choisissez English, Deutsch ou Français pour le PDF.",
  "Choose Generic, Slack or Microsoft Teams.": "Choisissez Générique, Slack ou Microsoft Teams.",
  "Choose a CSV file or paste its rows.": "Choisissez un fichier CSV ou collez ses lignes.",
  "Choose a CSV file.": "Choisissez un fichier CSV.",
  "Choose a CycloneDX or SPDX JSON file.": "Choisissez un fichier JSON CycloneDX ou SPDX.",
  "Choose a control from the list.": "Choisissez une mesure de contrôle dans la liste.",
  "Choose a control of this framework.": "Choisissez une mesure de contrôle de ce référentiel.",
  "Choose a control.": "Choisissez une mesure de contrôle.",
  "Choose a degree of automation.": "Choisissez un degré d'automatisation.",
  "Choose a different unit to merge into.": "Choisissez une autre unité dans laquelle fusionner.",
  "Choose a framework with a Statement of Applicability.":
    "Choisissez un référentiel doté d'une déclaration d'applicabilité.",
  "Choose a kind.": "Choisissez un type.",
  "Choose a language, or to follow your browser.": "Choisissez une langue, ou celle de votre navigateur.",
  "Choose a learning item.": "Choisissez un contenu de formation.",
  "Choose a lifecycle stage, or save as a draft.":
    "Choisissez une phase du cycle de vie, ou enregistrez comme brouillon.",
  "Choose a lifecycle stage.": "Choisissez une phase du cycle de vie.",
  "Choose a person.": "Choisissez une personne.",
  "Choose a role.": "Choisissez un rôle.",
  "Choose a status.": "Choisissez un statut.",
  "Choose a system or a model.": "Choisissez un système ou un modèle.",
  "Choose a template.": "Choisissez un modèle de document.",
  "Choose a treatment.": "Choisissez un traitement.",
  "Choose a value from {n} to {n}.": "Choisissez une valeur de {n} à {n}.",
  "Choose an AI system.": "Choisissez un système d'IA.",
  "Choose an owner, a due date or both.": "Choisissez un responsable, une échéance ou les deux.",
  "Choose an owner.": "Choisissez un responsable.",
  "Choose at least one event.": "Choisissez au moins un événement.",
  "Choose at least one item to ask for.": "Choisissez au moins un élément à demander.",
  "Choose at least one member state, or say whether the output is used in the EU.":
    "Choisissez au moins un État membre, ou indiquez si le résultat est utilisé dans l'UE.",
  "Choose at least one obligation.": "Choisissez au moins une obligation.",
  "Choose at least one system.": "Choisissez au moins un système.",
  "Choose at most {n} obligations at a time.": "Choisissez au plus {n} obligations à la fois.",
  "Choose data categories from the list.": "Choisissez des catégories de données dans la liste.",
  "Choose groups from the list.": "Choisissez des groupes dans la liste.",
  "Choose how often to sync.": "Choisissez la fréquence de synchronisation.",
  "Choose how the system is sourced.": "Choisissez la provenance du système.",
  "Choose include or exclude.": "Choisissez Inclure ou Exclure.",
  "Name the token after what uses it, e.g. “MLflow sync”.":
    "Nommez le jeton d'après ce qui l'utilise, p. ex. « synchro MLflow ».",
  "Choose at least one scope.": "Choisissez au moins une portée.",
  "Choose how long the token stays valid.": "Choisissez la durée de validité du jeton.",
  "Choose one of the options.": "Choisissez l'une des options.",
  "Choose operates or oversees.": "Choisissez « exploite » ou « supervise ».",
  "Choose the .p{n} or .pfx file from your trust service provider.":
    "Choisissez le fichier .p{n} ou .pfx de votre prestataire de services de confiance.",
  "Choose the data categories, or “No personal data”.":
    "Choisissez les catégories de données, ou « Aucune donnée à caractère personnel ».",
  "Choose the harm category: it sets the reporting deadline.":
    "Choisissez la catégorie de préjudice : elle fixe le délai de notification.",
  "Choose the language documents are written in.": "Choisissez la langue de rédaction des documents.",
  "Choose the role new members get.": "Choisissez le rôle attribué aux nouveaux membres.",
  "Choose the tier that applies instead.": "Choisissez le niveau qui s'applique à la place.",
  "Choose the unit to merge into.": "Choisissez l'unité dans laquelle fusionner.",
  "Choose the vendor.": "Choisissez le fournisseur tiers.",
  "Choose what kind of policy this is.": "Choisissez le type de cette politique.",
  "Choose what marking an obligation done needs.": "Choisissez ce qu'exige le marquage d'une obligation comme faite.",
  "Choose where this risk came from.": "Choisissez l'origine de ce risque.",
  "Choose whether to export a draft or a final dossier.": "Choisissez d'exporter un brouillon ou un dossier définitif.",
  "Choose who must read it: every member, or at least one role or business unit.":
    "Choisissez qui doit la lire : tous les membres, ou au moins un rôle ou une unité opérationnelle.",
  "Describe the intended purpose, or save as a draft.": "Décrivez la destination, ou enregistrez comme brouillon.",
  "Each obligation can be chosen once.": "Chaque obligation ne peut être choisie qu'une fois.",
  "Each step needs its own name: step {n} is already called this.":
    "Chaque niveau doit avoir son propre nom : le niveau {n} porte déjà ce nom.",
  "Enter a date and time like {n}-{n}-{n} {n}:{n} (UTC).":
    "Saisissez une date et une heure comme {n}-{n}-{n} {n}:{n} (UTC).",
  "Enter a date as YYYY-MM-DD.": "Saisissez une date au format AAAA-MM-JJ.",
  "Enter a date between {n} and {n}.": "Saisissez une date entre {n} et {n}.",
  "Enter a date like {n}-{n}-{n}, or leave it empty.": "Saisissez une date comme {n}-{n}-{n}, ou laissez vide.",
  "Enter a date like {n}-{n}-{n}.": "Saisissez une date comme {n}-{n}-{n}.",
  "Enter a date.": "Saisissez une date.",
  "Enter a domain such as example.com, without @ or https://.":
    "Saisissez un domaine comme example.com, sans @ ni https://.",
  "Enter a full URL starting with https://": "Saisissez une URL complète commençant par https://",
  "Enter a full URL starting with https://, e.g. https://mlflow.example.com":
    "Saisissez une URL complète commençant par https://, p. ex. https://mlflow.example.com",
  "Enter a full address, like s{n}://bucket/path or https://…":
    "Saisissez une adresse complète, comme s{n}://bucket/path ou https://…",
  "Enter a full web address starting with https:// or http://.":
    "Saisissez une adresse web complète commençant par https:// ou http://.",
  "Enter a link starting with https:// or http://.": "Saisissez un lien commençant par https:// ou http://.",
  "Enter a name of at least {n} characters.": "Saisissez un nom d'au moins {n} caractères.",
  "Enter a real date, like {n}-{n}-{n}.": "Saisissez une date valide, comme {n}-{n}-{n}.",
  "Enter a real date.": "Saisissez une date valide.",
  "Enter a title.": "Saisissez un titre.",
  "Enter a valid email address, like name@example.com.": "Saisissez une adresse e-mail valide, comme name@example.com.",
  "Enter a whole number of days from {n} to {n}.": "Saisissez un nombre entier de jours de {n} à {n}.",
  "Enter a whole number of months, or leave empty.": "Saisissez un nombre entier de mois, ou laissez vide.",
  "Enter an e-mail address such as incidents@example.com.": "Saisissez une adresse e-mail comme incidents@example.com.",
  "Enter an e-mail address such as name@vendor.example.": "Saisissez une adresse e-mail comme name@vendor.example.",
  "Enter an e-mail address.": "Saisissez une adresse e-mail.",
  "Enter between {n} and {n} months.": "Saisissez entre {n} et {n} mois.",
  "Enter the AI system's exact name or its id.": "Saisissez le nom exact du système d'IA ou son identifiant.",
  "Enter the URL that should receive the events.": "Saisissez l'URL qui doit recevoir les événements.",
  "Enter the address of the MLflow server.": "Saisissez l'adresse du serveur MLflow.",
  "Enter the business unit, or save as a draft.": "Saisissez l'unité opérationnelle, ou enregistrez comme brouillon.",
  "Enter the dataset's name.": "Saisissez le nom du jeu de données.",
  "Enter the link's address.": "Saisissez l'adresse du lien.",
  "Enter the model's name.": "Saisissez le nom du modèle.",
  "Enter the person's name.": "Saisissez le nom de la personne.",
  "Enter the unit's name.": "Saisissez le nom de l'unité.",
  "Enter the vendor's name.": "Saisissez le nom du fournisseur tiers.",
  "Enter the version, like {n} or {n}.": "Saisissez la version, comme {n} ou {n}.",
  "Enter when the report was sent to the authority.": "Saisissez quand la notification a été envoyée à l'autorité.",
  "Enter when you became aware: the Art {n} clock runs from then.":
    "Saisissez quand vous en avez eu connaissance : le délai de l'Art {n} court à partir de ce moment.",
  "Enter whole days.": "Saisissez des jours entiers.",
  "Enter your email address.": "Saisissez votre adresse e-mail.",
  "Enter your name.": "Saisissez votre nom.",
  "Enter your organisation's name (at least {n} characters).":
    "Saisissez le nom de votre organisation (au moins {n} caractères).",
  "Enter your password.": "Saisissez votre mot de passe.",
  "Explain why this obligation does not apply (at least {n} characters); auditors will ask.":
    "Expliquez pourquoi cette obligation ne s'applique pas (au moins {n} caractères) ; les auditeurs le demanderont.",
  "Fill this in before marking the record complete, or untick “Complete”.":
    "Remplissez ce champ avant de marquer l'enregistrement comme complet, ou décochez « Complet ».",
  "Give the evidence a title.": "Donnez un titre à la preuve.",
  "Give the incident a short title (at least {n} characters).":
    "Donnez un titre court à l'incident (au moins {n} caractères).",
  "Give the policy a title (at least {n} characters).": "Donnez un titre à la politique (au moins {n} caractères).",
  "Give the risk a title (at least {n} characters).": "Donnez un titre au risque (au moins {n} caractères).",
  "Keep it to {n} characters or fewer.": "Utilisez {n} caractères au plus.",
  "Keep it under {n} characters.": "Restez sous {n} caractères.",
  "Keep the question under {n} characters.": "Gardez la question sous {n} caractères.",
  "Link at most {n} datasets.": "Liez au plus {n} jeux de données.",
  "Link at most {n} models.": "Liez au plus {n} modèles.",
  "Link at most {n} pieces of evidence.": "Liez au plus {n} preuves.",
  "List at least one open question, one per line.": "Indiquez au moins une question ouverte, une par ligne.",
  "List at most {n} versions.": "Indiquez au plus {n} versions.",
  "Name both the model and its version, or neither.": "Indiquez à la fois le modèle et sa version, ou aucun des deux.",
  "Name the authority you notified on that date.": "Indiquez l'autorité que vous avez notifiée à cette date.",
  "Name the connection, e.g. “Production MLflow”.": "Nommez la connexion, p. ex. « MLflow de production ».",
  "Name the customer this link is for.": "Indiquez le client auquel ce lien est destiné.",
  "Name the metric.": "Nommez la métrique.",
  "Name this step.": "Nommez ce niveau.",
  "Plan at least {n} day ahead.": "Planifiez au moins {n} jour à l'avance.",
  "Plan at most {n} days ahead.": "Planifiez au plus {n} jours à l'avance.",
  "Public mail domains cannot be mapped: anyone can get an address there.":
    "Les domaines de messagerie publics ne peuvent pas être associés : n'importe qui peut y obtenir une adresse.",
  "Rate both residual likelihood and impact, or neither.":
    "Évaluez à la fois la probabilité et l'impact résiduels, ou aucun des deux.",
  "Say what is monitored.": "Indiquez ce qui est surveillé.",
  "Say what to do with rows that have problems.": "Indiquez que faire des lignes qui posent problème.",
  "Say what was done (at least {n} characters).": "Indiquez ce qui a été fait (au moins {n} caractères).",
  "Say whether this is a check (dryRun=true) or the import (dryRun=false).":
    "Indiquez s'il s'agit d'une vérification (dryRun=true) ou de l'import (dryRun=false).",
  "Say whether to skip or update systems you already have.":
    "Indiquez s'il faut ignorer ou mettre à jour les systèmes existants.",
  "Say why the incident is closed (at least {n} characters); auditors will ask.":
    "Indiquez pourquoi l'incident est clos (au moins {n} caractères) ; les auditeurs le demanderont.",
  "Say why this control is excluded (at least {n} characters): auditors read it.":
    "Indiquez pourquoi cette mesure de contrôle est exclue (au moins {n} caractères) : les auditeurs le lisent.",
  "Say why you need more time.": "Indiquez pourquoi vous avez besoin de plus de temps.",
  "Select at least one AI system.": "Sélectionnez au moins un système d'IA.",
  "Select at most {n} AI systems at a time.": "Sélectionnez au plus {n} systèmes d'IA à la fois.",
  "Send a finite number.": "Envoyez un nombre fini.",
  "Send the version you read.": "Envoyez la version que vous avez lue.",
  "That email address is too long.": "Cette adresse e-mail est trop longue.",
  "That token is too long (at most {n} characters).": "Ce jeton est trop long ({n} caractères au plus).",
  "The column mapping could not be read.": "La correspondance des colonnes n'a pas pu être lue.",
  "The column mapping is too long.": "La correspondance des colonnes est trop longue.",
  "The file is larger than {n} KB. Split it.": "Le fichier dépasse {n} Ko. Divisez-le.",
  "The file is larger than {n} MB. Split it into smaller files.":
    "Le fichier dépasse {n} Mo. Divisez-le en fichiers plus petits.",
  "The file is over the limit of {n} MB.": "Le fichier dépasse la limite de {n} Mo.",
  "The file is too large: a PKCS#{n} file is at most {n} KB.":
    "Le fichier est trop volumineux : un fichier PKCS#{n} fait au plus {n} Ko.",
  "The incident cannot have happened after you became aware of it.":
    "L'incident ne peut pas s'être produit après que vous en avez eu connaissance.",
  "The link may work for at most {n} days.": "Le lien peut fonctionner {n} jours au plus.",
  "The link must work for at least {n} day.": "Le lien doit fonctionner au moins {n} jour.",
  "The password is at most {n} characters.": "Le mot de passe compte au plus {n} caractères.",
  "The two passwords do not match.": "Les deux mots de passe ne correspondent pas.",
  "This dataset is already listed above.": "Ce jeu de données figure déjà ci-dessus.",
  "This invitation link is malformed.": "Ce lien d'invitation est mal formé.",
  "This is in the future.": "Cette date est dans le futur.",
  "This is in the future; enter when you actually became aware.":
    "Cette date est dans le futur ; saisissez quand vous en avez réellement eu connaissance.",
  "This is in the future; record a report once it is sent.":
    "Cette date est dans le futur ; enregistrez une notification une fois celle-ci envoyée.",
  "This link is incomplete or malformed. Copy the whole link from the e-mail.":
    "Ce lien est incomplet ou mal formé. Copiez le lien entier depuis l'e-mail.",
  "This link is not valid.": "Ce lien n'est pas valide.",
  "This model is already listed above.": "Ce modèle figure déjà ci-dessus.",
  "This password is too common; choose another.": "Ce mot de passe est trop courant ; choisissez-en un autre.",
  "This password is too repetitive; mix more characters.":
    "Ce mot de passe est trop répétitif ; variez davantage les caractères.",
  "This version is already listed.": "Cette version figure déjà dans la liste.",
  "Use EVALUATION, BIAS or DRIFT.": "Utilisez EVALUATION, BIAS ou DRIFT.",
  "Use a URL of at most {n} characters.": "Utilisez une URL de {n} caractères au plus.",
  "Use at least {n} characters.": "Utilisez au moins {n} caractères.",
  "Use at most {n} characters.": "Utilisez {n} caractères au plus.",
  "Use at most {n} rows.": "Utilisez {n} lignes au plus.",
  "Use letters, digits, spaces and . _ - : / only.":
    "Utilisez uniquement des lettres, des chiffres, des espaces et . _ - : /.",
  "Use “Accept the residual risk” below to accept it.":
    "Utilisez « Accepter le risque résiduel » ci-dessous pour l'accepter.",
  "Write a comment first.": "Rédigez d'abord un commentaire.",
  "Write at least {n} characters: say what you reviewed and what you attest.":
    "Rédigez au moins {n} caractères : ce que vous avez examiné et ce que vous attestez.",
  "Write the answer or the note for the requester.": "Rédigez la réponse ou la note pour le demandeur.",
  "Write the policy's text.": "Rédigez le texte de la politique.",
  "Write the question for legal (at least {n} characters).":
    "Rédigez la question pour le service juridique (au moins {n} caractères).",
  "Write the question you want to ask.": "Rédigez la question que vous souhaitez poser.",
  "Write what you attest, for example that you reviewed this dossier and it is complete and accurate.":
    "Rédigez ce que vous attestez, par exemple que vous avez examiné ce dossier et qu'il est complet et exact.",
  "Write your answer.": "Rédigez votre réponse.",
  "“No personal data” cannot be combined with personal data categories.":
    "« Aucune donnée à caractère personnel » ne peut pas être combiné avec des catégories de données à caractère personnel.",
};
