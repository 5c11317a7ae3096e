import type { ValidationCatalogue } from "./types";

// What the data layer refuses with (AppError messages a server action passes on to the person), keyed by the English
// as the schemas' messages are; the REST API keeps the English. Messages naming a record or a time are patterns
// (error-patterns.ts).
export const ERROR_MESSAGES_DE: ValidationCatalogue = {
  "This file is not valid JSON. Choose a file made by “Export organisation”.":
    "Diese Datei ist kein gültiges JSON. Wählen Sie eine Datei, die mit „Organisation exportieren“ erstellt wurde.",
  "This link was already revoked. Reload the page.": "Dieser Link wurde bereits widerrufen. Laden Sie die Seite neu.",
  "There is no pending request for more time. Reload the page.":
    "Es liegt keine offene Bitte um mehr Zeit vor. Laden Sie die Seite neu.",
  "Someone decided on this already. Reload the page.": "Hierüber wurde bereits entschieden. Laden Sie die Seite neu.",
  "This item is not part of the request.": "Dieser Punkt gehört nicht zur Anfrage.",
  "Unknown model version.": "Unbekannte Modellversion.",
  "This plan was removed meanwhile; reload the page.":
    "Dieser Plan wurde inzwischen entfernt; laden Sie die Seite neu.",
  "You have already attested this version. Export a new version to attest changes.":
    "Sie haben diese Version bereits bestätigt. Exportieren Sie eine neue Version, um Änderungen zu bestätigen.",
  "Only a person can attest a dossier.": "Nur eine Person kann ein Dossier bestätigen.",
  "Enter when the report was sent.": "Geben Sie an, wann die Meldung gesendet wurde.",
  "This incident is closed; reports can no longer be recorded.":
    "Dieser Vorfall ist abgeschlossen; Meldungen können nicht mehr erfasst werden.",
  "Record the harm category and when you became aware before recording a report: the authority needs both.":
    "Erfassen Sie die Schadenskategorie und den Zeitpunkt, zu dem Sie Kenntnis erlangt haben, bevor Sie eine Meldung erfassen: Die Behörde braucht beides.",
  "A report cannot predate the awareness date.": "Eine Meldung kann nicht vor dem Datum der Kenntnisnahme liegen.",
  "The complete report cannot predate the initial report.":
    "Die vollständige Meldung kann nicht vor der Erstmeldung liegen.",
  "This incident is already closed.": "Dieser Vorfall ist bereits abgeschlossen.",
  "This incident is closed; it is kept as filed and cannot be edited.":
    "Dieser Vorfall ist abgeschlossen; er bleibt wie gemeldet erhalten und kann nicht bearbeitet werden.",
  "An open incident cannot go back to draft; close it with a reason instead.":
    "Ein offener Vorfall kann nicht zum Entwurf zurückkehren; schließen Sie ihn stattdessen mit einer Begründung ab.",
  "Only administrators, compliance officers and legal can send a policy back.":
    "Nur Administratoren, Compliance-Beauftragte und die Rechtsabteilung können eine Richtlinie zurückschicken.",
  "You wrote or submitted this version, so another administrator or legal member must approve it.":
    "Sie haben diese Version verfasst oder eingereicht, daher muss ein anderer Administrator oder ein Mitglied der Rechtsabteilung sie freigeben.",
  "This policy has no published version to retire.":
    "Diese Richtlinie hat keine veröffentlichte Version, die zurückgezogen werden könnte.",
  "Choose a published policy of this organisation.": "Wählen Sie eine veröffentlichte Richtlinie dieser Organisation.",
  "Only a person can acknowledge a policy.": "Nur eine Person kann eine Richtlinie zur Kenntnis nehmen.",
  "This version is not the published one any more: read the current version.":
    "Diese Version ist nicht mehr die veröffentlichte: Lesen Sie die aktuelle Version.",
  "This policy is not addressed to you, so there is nothing to acknowledge.":
    "Diese Richtlinie richtet sich nicht an Sie; es gibt nichts zur Kenntnis zu nehmen.",
  "This policy does not exist or belongs to another organisation.":
    "Diese Richtlinie existiert nicht oder gehört zu einer anderen Organisation.",
  "This policy has no draft to edit: it is in approval or published. Start a new version from the policy's page.":
    "Diese Richtlinie hat keinen Entwurf zum Bearbeiten: Sie ist in Freigabe oder veröffentlicht. Beginnen Sie auf der Seite der Richtlinie eine neue Version.",
  "Choose a member of this organisation.": "Wählen Sie ein Mitglied dieser Organisation.",
  "Choose business units of this organisation.": "Wählen Sie Geschäftsbereiche dieser Organisation.",
  "This AI system was deleted while you were editing it.":
    "Dieses KI-System wurde gelöscht, während Sie es bearbeitet haben.",
  "This model version does not exist.": "Diese Modellversion existiert nicht.",
  "Choose an owner from this organisation.": "Wählen Sie eine verantwortliche Person aus dieser Organisation.",
  "The file has a header row but no systems below it.": "Die Datei hat eine Kopfzeile, aber darunter keine Systeme.",
  "The column mapping does not match the file.": "Die Spaltenzuordnung passt nicht zur Datei.",
  "This decision changed since you opened it; reload. Your input is still here.":
    "Diese Entscheidung wurde geändert, seit Sie sie geöffnet haben; laden Sie die Seite neu. Ihre Eingaben sind noch da.",
  "Say why AI literacy is met although coverage is incomplete.":
    "Begründen Sie, warum die KI-Kompetenz gegeben ist, obwohl die Abdeckung unvollständig ist.",
  "This token does not exist or is already revoked.": "Dieses Token existiert nicht oder wurde bereits widerrufen.",
  "Too many test messages. Try again in a minute.":
    "Zu viele Testnachrichten. Versuchen Sie es in einer Minute erneut.",
  "This model is not linked to that system.": "Dieses Modell ist nicht mit diesem System verknüpft.",
  "This model does not exist.": "Dieses Modell existiert nicht.",
  "Enable this webhook before sending a test event.":
    "Aktivieren Sie diesen Webhook, bevor Sie ein Testereignis senden.",
  "A sync of this connection is already running. Wait a moment and reload to see its result.":
    "Eine Synchronisierung dieser Verbindung läuft bereits. Warten Sie einen Moment und laden Sie die Seite neu, um das Ergebnis zu sehen.",
  "The file is not a valid CycloneDX or SPDX bill of materials; nothing was imported.":
    "Die Datei ist keine gültige CycloneDX- oder SPDX-Stückliste; nichts wurde importiert.",
  "This AI system does not exist.": "Dieses KI-System existiert nicht.",
  "Only a signed-in browser session can switch organisation.":
    "Nur eine angemeldete Browsersitzung kann die Organisation wechseln.",
  "The organisation needs at least one administrator. Make someone else an administrator first.":
    "Die Organisation braucht mindestens einen Administrator. Machen Sie zuerst jemand anderen zum Administrator.",
  "A language belongs to a person, not an API token.": "Eine Sprache gehört zu einer Person, nicht zu einem API-Token.",
  "Notifications belong to people, not API tokens.": "Benachrichtigungen gehören zu Personen, nicht zu API-Tokens.",
  "This notification does not exist or is not yours.": "Diese Benachrichtigung existiert nicht oder ist nicht Ihre.",
  "This obligation does not exist for this AI system.": "Diese Pflicht besteht für dieses KI-System nicht.",
  "This evidence item does not exist for this AI system.": "Dieser Nachweis existiert für dieses KI-System nicht.",
  "Attach evidence before marking this obligation done.":
    "Fügen Sie einen Nachweis hinzu, bevor Sie diese Pflicht als erledigt markieren.",
  "Say how this obligation was met, or attach evidence first.":
    "Geben Sie an, wie diese Pflicht erfüllt wurde, oder fügen Sie zuerst einen Nachweis hinzu.",
  "You are not a member of any organisation yet.": "Sie sind noch kein Mitglied einer Organisation.",
  "You are not a member of this organisation.": "Sie sind kein Mitglied dieser Organisation.",
  "Your role does not allow this action.": "Ihre Rolle erlaubt diese Aktion nicht.",
  "This domain is no longer mapped.": "Diese Domain ist nicht mehr zugeordnet.",
  "This domain was removed meanwhile.": "Diese Domain wurde inzwischen entfernt.",
  "There is no such documentation section.": "Diesen Dokumentationsabschnitt gibt es nicht.",
  "Someone published this pack at the same moment. Reload to see their version.":
    "Jemand hat dieses Paket im selben Moment veröffentlicht. Laden Sie die Seite neu, um diese Version zu sehen.",
  "Publish the pack first: a link shows a published version.":
    "Veröffentlichen Sie zuerst das Paket: Ein Link zeigt eine veröffentlichte Version.",
  "This link does not exist or was already revoked.": "Dieser Link existiert nicht oder wurde bereits widerrufen.",
  "This file is not part of the pack.": "Diese Datei gehört nicht zum Paket.",
  "The provider no longer holds this file. Ask them for a new pack.":
    "Der Anbieter hält diese Datei nicht mehr bereit. Bitten Sie ihn um ein neues Paket.",
  "Classify the system before asking legal to review the result.":
    "Stufen Sie das System ein, bevor Sie die Rechtsabteilung um Prüfung des Ergebnisses bitten.",
  "This request was already sent back or closed. Reload the page.":
    "Diese Anfrage wurde bereits zurückgeschickt oder geschlossen. Laden Sie die Seite neu.",
  "No systems match this choice, so there is nothing to export.":
    "Keine Systeme entsprechen dieser Auswahl; es gibt nichts zu exportieren.",
  "Choose the item this document answers.": "Wählen Sie den Punkt, den dieses Dokument beantwortet.",
  "That is more than {n} systems; export them in smaller groups.":
    "Das sind mehr als {n} Systeme; exportieren Sie sie in kleineren Gruppen.",
  "Version {n} is a draft: a draft cannot be attested. Close the gaps it lists on page {n} and export a final version to attest it.":
    "Version {n} ist ein Entwurf: Ein Entwurf kann nicht bestätigt werden. Schließen Sie die auf Seite {n} aufgeführten Lücken und exportieren Sie eine endgültige Version, um sie zu bestätigen.",
  "Version {n} of this model is already registered.": "Version {n} dieses Modells ist bereits registriert.",
  "Version {n} is still open: finish or edit it instead.":
    "Version {n} ist noch offen: Schließen Sie sie ab oder bearbeiten Sie sie stattdessen.",
  // Why a system needs no post-market monitoring plan (lib/dal/monitoring/plans.ts), on the page and when saving.
  "Art 72 asks for a post-market monitoring plan only for high-risk systems; this system is not classified as high-risk.":
    "Art 72 verlangt einen Plan zur Beobachtung nach dem Inverkehrbringen nur für Hochrisiko-KI-Systeme; dieses System ist nicht als Hochrisiko-KI-System eingestuft.",
  "Classify this system first: Art 72 asks for a post-market monitoring plan only for high-risk systems.":
    "Stufen Sie dieses System zuerst ein: Art 72 verlangt einen Plan zur Beobachtung nach dem Inverkehrbringen nur für Hochrisiko-KI-Systeme.",
  "The plan is the provider's duty (Art 72). Your organisation is not this system's provider; as a deployer, monitor its operation under Art 26(5) instead.":
    "Der Plan ist Pflicht des Anbieters (Art 72). Ihre Organisation ist nicht Anbieter dieses Systems; als Betreiber überwachen Sie stattdessen seinen Betrieb nach Art 26(5).",
  // Refusals the data-layer scan found untranslated (tests/unit/i18n/data-layer-scan.ts).
  "Too many requests from your network. Please try again in an hour.":
    "Zu viele Anfragen aus Ihrem Netzwerk. Bitte versuchen Sie es in einer Stunde erneut.",
  "An account with this e-mail address exists already, so no new one was created. Sign in, or reset your password if you forgot it.":
    "Ein Konto mit dieser E-Mail-Adresse besteht bereits, daher wurde kein neues angelegt. Melden Sie sich an, oder setzen Sie Ihr Passwort zurück, falls Sie es vergessen haben.",
  "This person is already a member of the organisation.": "Diese Person ist bereits Mitglied der Organisation.",
  "This review request does not exist or belongs to another organisation.":
    "Diese Prüfungsanfrage gibt es nicht, oder sie gehört zu einer anderen Organisation.",
  "This result is not determined yet: questions that decide the tier are open. Answer them in the questionnaire, or override the tier with a justification.":
    "Dieses Ergebnis steht noch nicht fest: Fragen, die über die Risikostufe entscheiden, sind offen. Beantworten Sie sie im Fragebogen, oder legen Sie die Stufe mit einer Begründung abweichend fest.",
  "A newer classification run exists for this system. Reload the page and review the current run.":
    "Für dieses System gibt es einen neueren Einstufungslauf. Laden Sie die Seite neu und prüfen Sie den aktuellen Lauf.",
  "This file is not among this system's evidence. Choose another or upload it first.":
    "Diese Datei gehört nicht zu den Nachweisen dieses Systems. Wählen Sie eine andere, oder laden Sie sie zuerst hoch.",
  "This registry connection does not exist (it may have been deleted).":
    "Diese Verbindung zu einem Register gibt es nicht (sie wurde vielleicht gelöscht).",
  "Another registry connection already has this name.":
    "Eine andere Verbindung zu einem Register trägt bereits diesen Namen.",
  "This domain is already on your list.": "Diese Domain steht bereits auf Ihrer Liste.",
  "Some of the systems this file updates were changed since you checked the file. Check the file again to see them as they are now, then import.":
    "Einige der Systeme, die diese Datei aktualisiert, wurden geändert, seit Sie die Datei geprüft haben. Prüfen Sie die Datei erneut, um sie im aktuellen Stand zu sehen, und importieren Sie dann.",
  "Check the file again before updating: an import updates only the systems its check showed you. Check the file again, then import.":
    "Prüfen Sie die Datei erneut, bevor Sie aktualisieren: Ein Import aktualisiert nur die Systeme, die Ihnen seine Prüfung gezeigt hat. Prüfen Sie die Datei erneut, und importieren Sie dann.",
  "Too many requests from this link or network. Wait a few minutes and try again.":
    "Zu viele Anfragen über diesen Link oder aus diesem Netzwerk. Warten Sie einige Minuten und versuchen Sie es erneut.",
  "This link does not work. It may have expired or been withdrawn; ask the sender for a new one.":
    "Dieser Link funktioniert nicht. Er ist vielleicht abgelaufen oder wurde zurückgezogen; bitten Sie den Absender um einen neuen.",
  "Choose a date after the current due date.": "Wählen Sie ein Datum nach der aktuellen Frist.",
  "Choose a due date from today on.": "Wählen Sie eine Frist ab heute.",
  "A vendor of this name is already in the register.": "Ein Lieferant mit diesem Namen steht bereits im Register.",
};
