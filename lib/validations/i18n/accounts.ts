import type { ValidationCatalogue } from "./types";

// What the accounts data layer refuses with (lib/dal/accounts: sign-up, reset and invitation links, members): it
// reaches people through server actions and the sign-up pages, which translate it like a schema's message.
export const ACCOUNT_MESSAGES_DE: ValidationCatalogue = {
  "This password reset link is incomplete. Copy the whole link from the e-mail, or ask for a new one.":
    "Dieser Link zum Zurücksetzen des Passworts ist unvollständig. Kopieren Sie den ganzen Link aus der E-Mail oder fordern Sie einen neuen an.",
  "This password reset link is not valid. Ask for a new one.":
    "Dieser Link zum Zurücksetzen des Passworts ist ungültig. Fordern Sie einen neuen an.",
  "This password reset link was used already. Ask for a new one if you still need to change your password.":
    "Dieser Link zum Zurücksetzen des Passworts wurde bereits verwendet. Fordern Sie einen neuen an, wenn Sie Ihr Passwort noch ändern müssen.",
  "This password reset link has expired (links work for one hour). Ask for a new one.":
    "Dieser Link zum Zurücksetzen des Passworts ist abgelaufen (Links gelten eine Stunde). Fordern Sie einen neuen an.",
  "This confirmation link is incomplete. Copy the whole link from the e-mail and try again.":
    "Dieser Bestätigungslink ist unvollständig. Kopieren Sie den ganzen Link aus der E-Mail und versuchen Sie es erneut.",
  "This confirmation link is not valid any more: it was used already, or a newer link replaced it. If you confirmed your address already, sign in.":
    "Dieser Bestätigungslink ist nicht mehr gültig: Er wurde bereits verwendet oder durch einen neueren ersetzt. Wenn Sie Ihre Adresse bereits bestätigt haben, melden Sie sich an.",
  "This confirmation link has expired. Ask for a new one, or sign up again.":
    "Dieser Bestätigungslink ist abgelaufen. Fordern Sie einen neuen an oder registrieren Sie sich erneut.",
  "This invitation link is incomplete or malformed. Copy the whole link from the invitation and try again.":
    "Dieser Einladungslink ist unvollständig oder fehlerhaft. Kopieren Sie den ganzen Link aus der Einladung und versuchen Sie es erneut.",
  "This invitation link is not valid. Ask your administrator for a new one.":
    "Dieser Einladungslink ist ungültig. Bitten Sie Ihre Administratorin oder Ihren Administrator um einen neuen.",
  "This invitation has expired. Ask your administrator for a new one.":
    "Diese Einladung ist abgelaufen. Bitten Sie Ihre Administratorin oder Ihren Administrator um eine neue.",
  "This invitation has already been accepted.": "Diese Einladung wurde bereits angenommen.",
  "This invitation was withdrawn by an administrator.":
    "Diese Einladung wurde von einer Administratorin oder einem Administrator zurückgezogen.",
  "This invitation no longer exists.": "Diese Einladung existiert nicht mehr.",
  "This member no longer exists.": "Dieses Mitglied existiert nicht mehr.",
  "This organisation no longer exists.": "Diese Organisation existiert nicht mehr.",
  "Your account no longer exists.": "Ihr Konto existiert nicht mehr.",
  "You are not a member of that organisation.": "Sie sind kein Mitglied dieser Organisation.",
};

export const ACCOUNT_MESSAGES_FR: ValidationCatalogue = {
  "This password reset link is incomplete. Copy the whole link from the e-mail, or ask for a new one.":
    "Ce lien de réinitialisation du mot de passe est incomplet. Copiez le lien entier depuis l'e-mail, ou demandez-en un nouveau.",
  "This password reset link is not valid. Ask for a new one.":
    "Ce lien de réinitialisation du mot de passe n'est pas valide. Demandez-en un nouveau.",
  "This password reset link was used already. Ask for a new one if you still need to change your password.":
    "Ce lien de réinitialisation du mot de passe a déjà été utilisé. Demandez-en un nouveau si vous devez encore changer votre mot de passe.",
  "This password reset link has expired (links work for one hour). Ask for a new one.":
    "Ce lien de réinitialisation du mot de passe a expiré (les liens sont valables une heure). Demandez-en un nouveau.",
  "This confirmation link is incomplete. Copy the whole link from the e-mail and try again.":
    "Ce lien de confirmation est incomplet. Copiez le lien entier depuis l'e-mail et réessayez.",
  "This confirmation link is not valid any more: it was used already, or a newer link replaced it. If you confirmed your address already, sign in.":
    "Ce lien de confirmation n'est plus valide : il a déjà été utilisé, ou un lien plus récent l'a remplacé. Si vous avez déjà confirmé votre adresse, connectez-vous.",
  "This confirmation link has expired. Ask for a new one, or sign up again.":
    "Ce lien de confirmation a expiré. Demandez-en un nouveau, ou inscrivez-vous à nouveau.",
  "This invitation link is incomplete or malformed. Copy the whole link from the invitation and try again.":
    "Ce lien d'invitation est incomplet ou mal formé. Copiez le lien entier depuis l'invitation et réessayez.",
  "This invitation link is not valid. Ask your administrator for a new one.":
    "Ce lien d'invitation n'est pas valide. Demandez-en un nouveau à votre administrateur.",
  "This invitation has expired. Ask your administrator for a new one.":
    "Cette invitation a expiré. Demandez-en une nouvelle à votre administrateur.",
  "This invitation has already been accepted.": "Cette invitation a déjà été acceptée.",
  "This invitation was withdrawn by an administrator.": "Cette invitation a été retirée par un administrateur.",
  "This invitation no longer exists.": "Cette invitation n'existe plus.",
  "This member no longer exists.": "Ce membre n'existe plus.",
  "This organisation no longer exists.": "Cette organisation n'existe plus.",
  "Your account no longer exists.": "Votre compte n'existe plus.",
  "You are not a member of that organisation.": "Vous n'êtes pas membre de cette organisation.",
};
