import type { ValidationCatalogue } from "./types";

// What the data layer refuses with (AppError messages a server action passes on to the person), keyed by the English
// as the schemas' messages are; the REST API keeps the English. Messages naming a record or a time are patterns
// (error-patterns.ts).
export const ERROR_MESSAGES_FR: ValidationCatalogue = {
  "This file is not valid JSON. Choose a file made by “Export organisation”.":
    "Ce fichier n'est pas un JSON valide. Choisissez un fichier créé avec « Exporter l'organisation ».",
  "This link was already revoked. Reload the page.": "Ce lien a déjà été révoqué. Rechargez la page.",
  "There is no pending request for more time. Reload the page.":
    "Aucune demande de délai n'est en attente. Rechargez la page.",
  "Someone decided on this already. Reload the page.":
    "Quelqu'un a déjà pris une décision à ce sujet. Rechargez la page.",
  "This item is not part of the request.": "Ce point ne fait pas partie de la demande.",
  "Unknown model version.": "Version de modèle inconnue.",
  "This plan was removed meanwhile; reload the page.": "Ce plan a été supprimé entre-temps ; rechargez la page.",
  "You have already attested this version. Export a new version to attest changes.":
    "Vous avez déjà attesté cette version. Exportez une nouvelle version pour attester des modifications.",
  "Only a person can attest a dossier.": "Seule une personne peut attester un dossier.",
  "Enter when the report was sent.": "Indiquez quand le rapport a été envoyé.",
  "This incident is closed; reports can no longer be recorded.":
    "Cet incident est clôturé ; aucun rapport ne peut plus être consigné.",
  "Record the harm category and when you became aware before recording a report: the authority needs both.":
    "Indiquez la catégorie de préjudice et la date à laquelle vous en avez eu connaissance avant de consigner un rapport : l'autorité a besoin des deux.",
  "A report cannot predate the awareness date.":
    "Un rapport ne peut pas être antérieur à la date de prise de connaissance.",
  "The complete report cannot predate the initial report.":
    "Le rapport complet ne peut pas être antérieur au rapport initial.",
  "This incident is already closed.": "Cet incident est déjà clôturé.",
  "This incident is closed; it is kept as filed and cannot be edited.":
    "Cet incident est clôturé ; il est conservé tel que déclaré et ne peut plus être modifié.",
  "An open incident cannot go back to draft; close it with a reason instead.":
    "Un incident ouvert ne peut pas redevenir un brouillon ; clôturez-le plutôt en indiquant un motif.",
  "Only administrators, compliance officers and legal can send a policy back.":
    "Seuls les administrateurs, les responsables de la conformité et le service juridique peuvent renvoyer une politique.",
  "You wrote or submitted this version, so another administrator or legal member must approve it.":
    "Vous avez rédigé ou soumis cette version : un autre administrateur ou un membre du service juridique doit l'approuver.",
  "This policy has no published version to retire.": "Cette politique n'a pas de version publiée à retirer.",
  "Choose a published policy of this organisation.": "Choisissez une politique publiée de cette organisation.",
  "Only a person can acknowledge a policy.": "Seule une personne peut prendre connaissance d'une politique.",
  "This version is not the published one any more: read the current version.":
    "Cette version n'est plus celle qui est publiée : lisez la version actuelle.",
  "This policy is not addressed to you, so there is nothing to acknowledge.":
    "Cette politique ne vous est pas destinée : il n'y a rien dont prendre connaissance.",
  "This policy does not exist or belongs to another organisation.":
    "Cette politique n'existe pas ou appartient à une autre organisation.",
  "This policy has no draft to edit: it is in approval or published. Start a new version from the policy's page.":
    "Cette politique n'a pas de brouillon à modifier : elle est en cours d'approbation ou publiée. Commencez une nouvelle version depuis la page de la politique.",
  "Choose a member of this organisation.": "Choisissez un membre de cette organisation.",
  "Choose business units of this organisation.": "Choisissez des unités opérationnelles de cette organisation.",
  "This AI system was deleted while you were editing it.":
    "Ce système d'IA a été supprimé pendant que vous le modifiiez.",
  "This model version does not exist.": "Cette version de modèle n'existe pas.",
  "Choose an owner from this organisation.": "Choisissez un responsable dans cette organisation.",
  "The file has a header row but no systems below it.":
    "Le fichier contient une ligne d'en-tête mais aucun système en dessous.",
  "The column mapping does not match the file.": "La correspondance des colonnes ne correspond pas au fichier.",
  "This decision changed since you opened it; reload. Your input is still here.":
    "Cette décision a changé depuis que vous l'avez ouverte ; rechargez la page. Votre saisie est conservée.",
  "Say why AI literacy is met although coverage is incomplete.":
    "Expliquez pourquoi la maîtrise de l'IA est assurée alors que la couverture est incomplète.",
  "This token does not exist or is already revoked.": "Ce jeton n'existe pas ou a déjà été révoqué.",
  "Too many test messages. Try again in a minute.": "Trop de messages de test. Réessayez dans une minute.",
  "This model is not linked to that system.": "Ce modèle n'est pas lié à ce système.",
  "This model does not exist.": "Ce modèle n'existe pas.",
  "Enable this webhook before sending a test event.": "Activez ce webhook avant d'envoyer un événement de test.",
  "A sync of this connection is already running. Wait a moment and reload to see its result.":
    "Une synchronisation de cette connexion est déjà en cours. Patientez un instant puis rechargez la page pour voir son résultat.",
  "The file is not a valid CycloneDX or SPDX bill of materials; nothing was imported.":
    "Le fichier n'est pas une nomenclature CycloneDX ou SPDX valide ; rien n'a été importé.",
  "This AI system does not exist.": "Ce système d'IA n'existe pas.",
  "Only a signed-in browser session can switch organisation.":
    "Seule une session de navigateur connectée peut changer d'organisation.",
  "The organisation needs at least one administrator. Make someone else an administrator first.":
    "L'organisation a besoin d'au moins un administrateur. Nommez d'abord quelqu'un d'autre administrateur.",
  "A language belongs to a person, not an API token.": "Une langue appartient à une personne, pas à un jeton d'API.",
  "Notifications belong to people, not API tokens.":
    "Les notifications appartiennent à des personnes, pas à des jetons d'API.",
  "This notification does not exist or is not yours.": "Cette notification n'existe pas ou ne vous appartient pas.",
  "This obligation does not exist for this AI system.": "Cette obligation n'existe pas pour ce système d'IA.",
  "This evidence item does not exist for this AI system.": "Cette preuve n'existe pas pour ce système d'IA.",
  "Attach evidence before marking this obligation done.":
    "Joignez une preuve avant de marquer cette obligation comme remplie.",
  "Say how this obligation was met, or attach evidence first.":
    "Indiquez comment cette obligation a été remplie, ou joignez d'abord une preuve.",
  "You are not a member of any organisation yet.": "Vous n'êtes encore membre d'aucune organisation.",
  "You are not a member of this organisation.": "Vous n'êtes pas membre de cette organisation.",
  "Your role does not allow this action.": "Votre rôle ne permet pas cette action.",
  "This domain is no longer mapped.": "Ce domaine n'est plus associé.",
  "This domain was removed meanwhile.": "Ce domaine a été supprimé entre-temps.",
  "There is no such documentation section.": "Cette section de documentation n'existe pas.",
  "Someone published this pack at the same moment. Reload to see their version.":
    "Quelqu'un a publié ce dossier au même moment. Rechargez la page pour voir sa version.",
  "Publish the pack first: a link shows a published version.":
    "Publiez d'abord le dossier : un lien présente une version publiée.",
  "This link does not exist or was already revoked.": "Ce lien n'existe pas ou a déjà été révoqué.",
  "This file is not part of the pack.": "Ce fichier ne fait pas partie du dossier.",
  "The provider no longer holds this file. Ask them for a new pack.":
    "Le fournisseur ne détient plus ce fichier. Demandez-lui un nouveau dossier.",
  "Classify the system before asking legal to review the result.":
    "Classifiez le système avant de demander au service juridique d'examiner le résultat.",
  "This request was already sent back or closed. Reload the page.":
    "Cette demande a déjà été renvoyée ou clôturée. Rechargez la page.",
  "No systems match this choice, so there is nothing to export.":
    "Aucun système ne correspond à ce choix : il n'y a rien à exporter.",
  "Choose the item this document answers.": "Choisissez le point auquel ce document répond.",
  "That is more than {n} systems; export them in smaller groups.":
    "Cela fait plus de {n} systèmes ; exportez-les par groupes plus petits.",
  "Version {n} is a draft: a draft cannot be attested. Close the gaps it lists on page {n} and export a final version to attest it.":
    "La version {n} est un brouillon : un brouillon ne peut pas être attesté. Comblez les lacunes listées en page {n} et exportez une version définitive pour l'attester.",
  "Version {n} of this model is already registered.": "La version {n} de ce modèle est déjà enregistrée.",
  "Version {n} is still open: finish or edit it instead.":
    "La version {n} est encore ouverte : terminez-la ou modifiez-la plutôt.",
  // Why a system needs no post-market monitoring plan (lib/dal/monitoring/plans.ts), on the page and when saving.
  "Art 72 asks for a post-market monitoring plan only for high-risk systems; this system is not classified as high-risk.":
    "Un plan de surveillance après commercialisation n'est exigé que pour les systèmes d'IA à haut risque (Art 72) ; ce système n'est pas classé à haut risque.",
  "Classify this system first: Art 72 asks for a post-market monitoring plan only for high-risk systems.":
    "Classez d'abord ce système : un plan de surveillance après commercialisation n'est exigé que pour les systèmes d'IA à haut risque (Art 72).",
  "The plan is the provider's duty (Art 72). Your organisation is not this system's provider; as a deployer, monitor its operation under Art 26(5) instead.":
    "Le plan est une obligation du fournisseur (Art 72). Votre organisation n'est pas le fournisseur de ce système ; en tant que déployeur, surveillez plutôt son fonctionnement au titre de l'Art 26(5).",
  // Refusals the data-layer scan found untranslated (tests/unit/i18n/data-layer-scan.ts).
  "Too many requests from your network. Please try again in an hour.":
    "Trop de demandes depuis votre réseau. Veuillez réessayer dans une heure.",
  "An account with this e-mail address exists already, so no new one was created. Sign in, or reset your password if you forgot it.":
    "Un compte avec cette adresse e-mail existe déjà ; aucun nouveau compte n'a donc été créé. Connectez-vous, ou réinitialisez votre mot de passe si vous l'avez oublié.",
  "This person is already a member of the organisation.": "Cette personne est déjà membre de l'organisation.",
  "This review request does not exist or belongs to another organisation.":
    "Cette demande de revue n'existe pas ou appartient à une autre organisation.",
  "This result is not determined yet: questions that decide the tier are open. Answer them in the questionnaire, or override the tier with a justification.":
    "Ce résultat n'est pas encore déterminé : des questions qui décident du niveau de risque sont ouvertes. Répondez-y dans le questionnaire, ou remplacez le niveau en le justifiant.",
  "A newer classification run exists for this system. Reload the page and review the current run.":
    "Une classification plus récente existe pour ce système. Rechargez la page et examinez la classification actuelle.",
  "This file is not among this system's evidence. Choose another or upload it first.":
    "Ce fichier ne fait pas partie des preuves de ce système. Choisissez-en un autre ou téléversez-le d'abord.",
  "This registry connection does not exist (it may have been deleted).":
    "Cette connexion à un registre n'existe pas (elle a peut-être été supprimée).",
  "Another registry connection already has this name.": "Une autre connexion à un registre porte déjà ce nom.",
  "This domain is already on your list.": "Ce domaine figure déjà dans votre liste.",
  "Some of the systems this file updates were changed since you checked the file. Check the file again to see them as they are now, then import.":
    "Certains des systèmes que ce fichier met à jour ont été modifiés depuis que vous avez vérifié le fichier. Vérifiez-le à nouveau pour les voir tels qu'ils sont maintenant, puis importez.",
  "Check the file again before updating: an import updates only the systems its check showed you. Check the file again, then import.":
    "Vérifiez à nouveau le fichier avant de mettre à jour : un import ne met à jour que les systèmes que sa vérification vous a montrés. Vérifiez à nouveau le fichier, puis importez.",
  "Too many requests from this link or network. Wait a few minutes and try again.":
    "Trop de demandes depuis ce lien ou ce réseau. Attendez quelques minutes et réessayez.",
  "This link does not work. It may have expired or been withdrawn; ask the sender for a new one.":
    "Ce lien ne fonctionne pas. Il a peut-être expiré ou été retiré ; demandez-en un nouveau à l'expéditeur.",
  "Choose a date after the current due date.": "Choisissez une date postérieure à l'échéance actuelle.",
  "Choose a due date from today on.": "Choisissez une échéance à partir d'aujourd'hui.",
  "A vendor of this name is already in the register.": "Un fournisseur de ce nom figure déjà dans le registre.",
};
