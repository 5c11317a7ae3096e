import type { ValidationCatalogue } from "./types";

// What the data layer says next to a field when an id, a file or a choice does not hold (field errors of its refusals,
// an import's row problems, the URL guard's reasons), keyed by the English as the schemas' messages are. Numbers are
// "{n}". Sentences naming a record, a host or a time are patterns (value-patterns.ts).
export const FIELD_MESSAGES_DE: ValidationCatalogue = {
  "Choose one of your AI systems.": "Wählen Sie eines Ihrer KI-Systeme.",
  "Choose one of your organisation's AI systems.": "Wählen Sie eines der KI-Systeme Ihrer Organisation.",
  "Choose AI systems of this organisation.": "Wählen Sie KI-Systeme dieser Organisation.",
  "Choose a person of the register.": "Wählen Sie eine Person aus dem Register.",
  "Choose a learning item of the register.": "Wählen Sie ein Lernangebot aus dem Register.",
  "Choose one of the organisation's business units.": "Wählen Sie einen Geschäftsbereich der Organisation.",
  "Choose a member of your organisation.": "Wählen Sie ein Mitglied Ihrer Organisation.",
  "Choose a vendor from your register.": "Wählen Sie einen Lieferanten aus Ihrem Register.",
  "Choose a control of ISO/IEC 42001 or the NIST AI RMF from the list.":
    "Wählen Sie eine Maßnahme aus ISO/IEC 42001 oder dem NIST AI RMF aus der Liste.",
  "Choose a published policy: only a published version can be evidence.":
    "Wählen Sie eine veröffentlichte Richtlinie: Nur eine veröffentlichte Version kann als Nachweis dienen.",
  "Publish this policy first: only a policy in force can be evidence for a control.":
    "Veröffentlichen Sie diese Richtlinie zuerst: Nur eine geltende Richtlinie kann als Nachweis für eine Maßnahme dienen.",
  "This policy has no version in force.": "Diese Richtlinie hat keine geltende Version.",
  "Version {n} of this policy was never published.": "Version {n} dieser Richtlinie wurde nie veröffentlicht.",
  "Version {n} is still open: finish or edit it instead.":
    "Version {n} ist noch offen: Schließen Sie sie ab oder bearbeiten Sie sie stattdessen.",
  "Version {n} is a draft: a draft cannot be attested. Close the gaps it lists on page {n} and export a final version to attest it.":
    "Version {n} ist ein Entwurf: Ein Entwurf kann nicht bestätigt werden. Schließen Sie die Lücken, die er auf Seite {n} nennt, und exportieren Sie eine endgültige Version, um sie zu bestätigen.",
  "That is more than {n} systems; export them in smaller groups.":
    "Das sind mehr als {n} Systeme; exportieren Sie sie in kleineren Gruppen.",
  "Some of the chosen evidence does not belong to this system.":
    "Einige der gewählten Nachweise gehören nicht zu diesem System.",
  "Your organisation requires evidence for done obligations: attach a file or a link, or link a published policy, first.":
    "Ihre Organisation verlangt Nachweise für erledigte Pflichten: Hängen Sie zuerst eine Datei oder einen Link an, oder verknüpfen Sie eine veröffentlichte Richtlinie.",
  "No evidence is attached: say how this duty was met (at least {n} characters), or attach evidence first.":
    "Es ist kein Nachweis angehängt: Beschreiben Sie, wie diese Pflicht erfüllt wurde (mindestens {n} Zeichen), oder hängen Sie zuerst einen Nachweis an.",
  "Keep it open, or close it with a reason.": "Lassen Sie ihn offen, oder schließen Sie ihn mit einer Begründung.",
  "An account with this email already exists. Sign in instead.":
    "Ein Konto mit dieser E-Mail-Adresse existiert bereits. Melden Sie sich stattdessen an.",
  "Someone with this e-mail address is already in the register.":
    "Eine Person mit dieser E-Mail-Adresse steht bereits im Register.",
  "No member of this organisation has this e-mail address.":
    "Kein Mitglied dieser Organisation hat diese E-Mail-Adresse.",
  "The expiry cannot be before the completion date.": "Das Ablaufdatum darf nicht vor dem Abschlussdatum liegen.",
  "No such model version in this organisation; register it first.":
    "Diese Modellversion gibt es in dieser Organisation nicht; registrieren Sie sie zuerst.",
  "This name is taken.": "Dieser Name ist bereits vergeben.",
  "This version exists.": "Diese Version gibt es bereits.",
  "A signing certificate is required.": "Ein Signaturzertifikat ist erforderlich.",
  "The DNS servers did not answer in time or reported a failure. Nothing was changed; try again in a few minutes.":
    "Die DNS-Server haben nicht rechtzeitig geantwortet oder einen Fehler gemeldet. Es wurde nichts geändert; versuchen Sie es in einigen Minuten erneut.",
  "Private and loopback addresses are not allowed.": "Private und Loopback-Adressen sind nicht erlaubt.",
  "Only http and https URLs are allowed.": "Nur http- und https-URLs sind erlaubt.",
  "Put credentials in the secret, not in the URL.": "Zugangsdaten gehören in das Geheimnis, nicht in die URL.",
  "The import could not be read.": "Der Import konnte nicht gelesen werden.",
  "This is not a field of the import.": "Dies ist kein Feld des Imports.",
  "The file names no application (CycloneDX metadata.component, or an SPDX root software_Package): choose the AI system it describes.":
    "Die Datei nennt keine Anwendung (CycloneDX metadata.component oder ein SPDX-Stammpaket software_Package): Wählen Sie das KI-System, das sie beschreibt.",
  "The file has more than {n} rows; import at most that many at a time.":
    "Die Datei hat mehr als {n} Zeilen; importieren Sie höchstens so viele auf einmal.",
  "The file has {n} rows; import at most {n} at a time.":
    "Die Datei hat {n} Zeilen; importieren Sie höchstens {n} auf einmal.",
  "The organisation has no business units yet; leave the column empty.":
    "Die Organisation hat noch keine Geschäftsbereiche; lassen Sie die Spalte leer.",
  "Accepting a risk is its own signed step: import it with another treatment, or none, and accept it on the Risks tab.":
    "Das Akzeptieren eines Risikos ist ein eigener, signierter Schritt: Importieren Sie es mit einer anderen oder ohne Behandlung und akzeptieren Sie es im Tab „Risiken“.",
  "{n} row names a system you already have (or an earlier row of the file). Choose whether to skip it or update the system you have, then import again.":
    "{n} Zeile nennt ein System, das Sie bereits haben (oder eine frühere Zeile der Datei). Wählen Sie, ob sie übersprungen oder das vorhandene System aktualisiert werden soll, und importieren Sie dann erneut.",
  "The file is not valid JSON. Export the bill of materials as CycloneDX JSON or SPDX 3 JSON-LD.":
    "Die Datei ist kein gültiges JSON. Exportieren Sie die Stückliste als CycloneDX-JSON oder SPDX-3-JSON-LD.",
  "The file must hold one JSON object, a CycloneDX bill of materials or an SPDX 3.0.1 document.":
    "Die Datei muss genau ein JSON-Objekt enthalten: eine CycloneDX-Stückliste oder ein SPDX-3.0.1-Dokument.",
  "The file has no header row. Start from the template.":
    "Die Datei hat keine Kopfzeile. Beginnen Sie mit der Vorlage.",
  "The header row (the first line) is longer than {n} KB. The first line should hold only the column names; start from the template.":
    "Die Kopfzeile (die erste Zeile) ist länger als {n} KB. Die erste Zeile sollte nur die Spaltennamen enthalten; beginnen Sie mit der Vorlage.",
  "The header row has {n} columns; an import takes at most {n}. Start from the template.":
    "Die Kopfzeile hat {n} Spalten; ein Import nimmt höchstens {n}. Beginnen Sie mit der Vorlage.",
  "Row {n} has more than {n} columns (the most an import takes). Check the separators and quotes in that row.":
    "Zeile {n} hat mehr als {n} Spalten (mehr nimmt ein Import nicht). Prüfen Sie die Trennzeichen und Anführungszeichen in dieser Zeile.",
  "Row {n} has a value longer than {n} KB (the most one cell may hold). Check that row for a missing closing quote.":
    "Zeile {n} hat einen Wert, der länger als {n} KB ist (mehr darf eine Zelle nicht enthalten). Prüfen Sie die Zeile auf ein fehlendes schließendes Anführungszeichen.",
  "The file has more than {n} rows; import at most {n} at a time.":
    "Die Datei hat mehr als {n} Zeilen; importieren Sie höchstens {n} auf einmal.",
  'Enter the answers as a JSON object, like {"artefactType":"ai_system"}.':
    'Geben Sie die Antworten als JSON-Objekt ein, etwa {"artefactType":"ai_system"}.',
};
