import type { ValidationCatalogue } from "./types";

// What the action wrapper (lib/action.ts, lib/errors.ts) and the form components say around the schemas' messages.
export const FORM_MESSAGES_DE: ValidationCatalogue = {
  "Please correct the highlighted fields.": "Bitte korrigieren Sie die markierten Felder.",
  "Your session has ended. Sign in again in another tab; what you typed here is kept.":
    "Ihre Sitzung ist abgelaufen. Melden Sie sich in einem anderen Tab erneut an; Ihre Eingaben hier bleiben erhalten.",
  "Your input contains an invisible NUL character (\\0), which cannot be stored. Remove it and try again.":
    "Ihre Eingabe enthält ein unsichtbares NUL-Zeichen (\\0), das nicht gespeichert werden kann. Entfernen Sie es und versuchen Sie es erneut.",
  "Something went wrong on our side. Nothing was saved; please try again.":
    "Bei uns ist etwas schiefgegangen. Nichts wurde gespeichert; bitte versuchen Sie es erneut.",
  "The database is not reachable right now; try again in a moment. Nothing was saved.":
    "Die Datenbank ist gerade nicht erreichbar; versuchen Sie es gleich noch einmal. Nichts wurde gespeichert.",
  "The server could not be reached. Check your connection; nothing you typed was lost.":
    "Der Server war nicht erreichbar. Prüfen Sie Ihre Verbindung; Ihre Eingaben sind nicht verloren.",
  "Nothing was saved yet: please check these fields": "Noch nichts gespeichert: Bitte prüfen Sie diese Felder",
  "Nothing was saved": "Nichts wurde gespeichert",
  "(required)": "(Pflichtfeld)",
};

export const FORM_MESSAGES_FR: ValidationCatalogue = {
  "Please correct the highlighted fields.": "Veuillez corriger les champs signalés.",
  "Your session has ended. Sign in again in another tab; what you typed here is kept.":
    "Votre session a expiré. Reconnectez-vous dans un autre onglet ; ce que vous avez saisi ici est conservé.",
  "Your input contains an invisible NUL character (\\0), which cannot be stored. Remove it and try again.":
    "Votre saisie contient un caractère NUL invisible (\\0), qui ne peut pas être enregistré. Supprimez-le et réessayez.",
  "Something went wrong on our side. Nothing was saved; please try again.":
    "Un problème est survenu de notre côté. Rien n'a été enregistré ; veuillez réessayer.",
  "The database is not reachable right now; try again in a moment. Nothing was saved.":
    "La base de données est injoignable pour le moment ; réessayez dans un instant. Rien n'a été enregistré.",
  "The server could not be reached. Check your connection; nothing you typed was lost.":
    "Le serveur est injoignable. Vérifiez votre connexion ; rien de ce que vous avez saisi n'est perdu.",
  "Nothing was saved yet: please check these fields": "Rien n'est encore enregistré : vérifiez ces champs",
  "Nothing was saved": "Rien n'a été enregistré",
  "(required)": "(obligatoire)",
};
