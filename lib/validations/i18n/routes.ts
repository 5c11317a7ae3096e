import type { ValidationCatalogue } from "./types";

// What the browser-facing route handlers refuse with before their data layer is reached (lib/route.ts options: no
// session, another site, too large, no file), and the evidence file checks' one fixed sentence.
export const ROUTE_MESSAGES_DE: ValidationCatalogue = {
  "Choose a file to upload.": "Wählen Sie eine Datei zum Hochladen.",
  "Choose an organisation export file (.json).": "Wählen Sie eine Organisationsexport-Datei (.json) aus.",
  "Choose the PDF file you want to check.": "Wählen Sie die PDF-Datei aus, die Sie prüfen möchten.",
  "Imports must come from this site.": "Importe müssen von dieser Website kommen.",
  "Uploads must come from this site.": "Uploads müssen von dieser Website kommen.",
  "Verification requests must come from this site.": "Prüfanfragen müssen von dieser Website kommen.",
  "Sign in to download deployer packs.": "Melden Sie sich an, um Betreiberpakete herunterzuladen.",
  "Sign in to download documentation.": "Melden Sie sich an, um Dokumentation herunterzuladen.",
  "Sign in to download dossiers.": "Melden Sie sich an, um Dossiers herunterzuladen.",
  "Sign in to download evidence.": "Melden Sie sich an, um Nachweise herunterzuladen.",
  "Sign in to download incident reports.": "Melden Sie sich an, um Vorfallmeldungen herunterzuladen.",
  "Sign in to download reports.": "Melden Sie sich an, um Berichte herunterzuladen.",
  "Sign in to download the AI-literacy register.": "Melden Sie sich an, um das KI-Kompetenzregister herunterzuladen.",
  "Sign in to download the Statement of Applicability.":
    "Melden Sie sich an, um die Erklärung zur Anwendbarkeit herunterzuladen.",
  "Sign in to download the certificate.": "Melden Sie sich an, um das Zertifikat herunterzuladen.",
  "Sign in to download this policy.": "Melden Sie sich an, um diese Richtlinie herunterzuladen.",
  "The file is larger than {n} MB, the upload limit of this server. Restore large organisations with pg_restore (see docs/backup.md).":
    "Die Datei ist größer als {n} MB, die Upload-Grenze dieses Servers. Stellen Sie große Organisationen mit pg_restore wieder her (siehe docs/backup.md).",
  "The file is over the limit of {n} MB per file.": "Die Datei überschreitet die Grenze von {n} MB pro Datei.",
  "The upload could not be read (it may have been cut off). Nothing was stored; please try again.":
    "Der Upload konnte nicht gelesen werden (er wurde vielleicht abgeschnitten). Es wurde nichts gespeichert; bitte versuchen Sie es erneut.",
  "The upload could not be read (it may have been cut off). Please try again.":
    "Der Upload konnte nicht gelesen werden (er wurde vielleicht abgeschnitten). Bitte versuchen Sie es erneut.",
  "This file is larger than any Actlas dossier, so it cannot be one.":
    "Diese Datei ist größer als jedes Actlas-Dossier und kann daher keines sein.",
  "Your session has ended. Sign in again in another tab, then import again.":
    "Ihre Sitzung ist abgelaufen. Melden Sie sich in einem anderen Tab erneut an und importieren Sie dann noch einmal.",
  "Your session has ended. Sign in again in another tab, then upload again.":
    "Ihre Sitzung ist abgelaufen. Melden Sie sich in einem anderen Tab erneut an und laden Sie dann noch einmal hoch.",
  "Your session has ended. Sign in again to export dossiers.":
    "Ihre Sitzung ist abgelaufen. Melden Sie sich erneut an, um Dossiers zu exportieren.",
  "Your session has ended. Sign in again, then verify the file.":
    "Ihre Sitzung ist abgelaufen. Melden Sie sich erneut an und prüfen Sie dann die Datei.",
  "The file is empty.": "Die Datei ist leer.",
  "The file is {n} MB, over the limit of {n} MB per file.":
    "Die Datei ist {n} MB groß und überschreitet die Grenze von {n} MB pro Datei.",
};

export const ROUTE_MESSAGES_FR: ValidationCatalogue = {
  "Choose a file to upload.": "Choisissez un fichier à envoyer.",
  "Choose an organisation export file (.json).": "Choisissez un fichier d'export d'organisation (.json).",
  "Choose the PDF file you want to check.": "Choisissez le fichier PDF que vous voulez vérifier.",
  "Imports must come from this site.": "Les importations doivent provenir de ce site.",
  "Uploads must come from this site.": "Les envois doivent provenir de ce site.",
  "Verification requests must come from this site.": "Les demandes de vérification doivent provenir de ce site.",
  "Sign in to download deployer packs.": "Connectez-vous pour télécharger les dossiers déployeur.",
  "Sign in to download documentation.": "Connectez-vous pour télécharger la documentation.",
  "Sign in to download dossiers.": "Connectez-vous pour télécharger les dossiers.",
  "Sign in to download evidence.": "Connectez-vous pour télécharger les preuves.",
  "Sign in to download incident reports.": "Connectez-vous pour télécharger les rapports d'incident.",
  "Sign in to download reports.": "Connectez-vous pour télécharger les rapports.",
  "Sign in to download the AI-literacy register.": "Connectez-vous pour télécharger le registre de maîtrise de l'IA.",
  "Sign in to download the Statement of Applicability.":
    "Connectez-vous pour télécharger la déclaration d'applicabilité.",
  "Sign in to download the certificate.": "Connectez-vous pour télécharger le certificat.",
  "Sign in to download this policy.": "Connectez-vous pour télécharger cette politique.",
  "The file is larger than {n} MB, the upload limit of this server. Restore large organisations with pg_restore (see docs/backup.md).":
    "Le fichier dépasse {n} Mo, la limite d'envoi de ce serveur. Restaurez les grandes organisations avec pg_restore (voir docs/backup.md).",
  "The file is over the limit of {n} MB per file.": "Le fichier dépasse la limite de {n} Mo par fichier.",
  "The upload could not be read (it may have been cut off). Nothing was stored; please try again.":
    "L'envoi n'a pas pu être lu (il a peut-être été interrompu). Rien n'a été enregistré ; veuillez réessayer.",
  "The upload could not be read (it may have been cut off). Please try again.":
    "L'envoi n'a pas pu être lu (il a peut-être été interrompu). Veuillez réessayer.",
  "This file is larger than any Actlas dossier, so it cannot be one.":
    "Ce fichier est plus volumineux que tout dossier Actlas : il ne peut donc pas en être un.",
  "Your session has ended. Sign in again in another tab, then import again.":
    "Votre session a expiré. Reconnectez-vous dans un autre onglet, puis importez à nouveau.",
  "Your session has ended. Sign in again in another tab, then upload again.":
    "Votre session a expiré. Reconnectez-vous dans un autre onglet, puis envoyez à nouveau.",
  "Your session has ended. Sign in again to export dossiers.":
    "Votre session a expiré. Reconnectez-vous pour exporter des dossiers.",
  "Your session has ended. Sign in again, then verify the file.":
    "Votre session a expiré. Reconnectez-vous, puis vérifiez le fichier.",
  "The file is empty.": "Le fichier est vide.",
  "The file is {n} MB, over the limit of {n} MB per file.":
    "Le fichier fait {n} Mo, au-delà de la limite de {n} Mo par fichier.",
};
