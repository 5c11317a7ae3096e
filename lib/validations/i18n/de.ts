import type { ValidationCatalogue } from "./types";

// German, formal "Sie"; legal terms as in lib/rules/glossary/de.ts. "{n}" stands for a number (see ./index.ts).
export const DE: ValidationCatalogue = {
  "A link can stay valid for at most {n} days.": "Ein Link kann höchstens {n} Tage gültig bleiben.",
  "A link must stay valid for at least {n} day.": "Ein Link muss mindestens {n} Tag gültig bleiben.",
  "A risk is opened or re-scored from an incident or from a monitoring breach, not both.":
    "Ein Risiko wird aus einem Vorfall oder aus einer Überwachungsabweichung eröffnet oder neu bewertet, nicht aus beidem.",
  "Add at least one thing you monitor.": "Fügen Sie mindestens einen überwachten Gegenstand hinzu.",
  "An override needs a written justification of at least {n} characters.":
    "Eine Übersteuerung braucht eine schriftliche Begründung von mindestens {n} Zeichen.",
  "Annex IV has sections {n} to {n}.": "Anhang IV hat die Abschnitte {n} bis {n}.",
  "Choose EU member states from the list.": "Wählen Sie EU-Mitgliedstaaten aus der Liste.",
  "Choose English, Deutsch or Français for the PDF.": "Wählen Sie English, Deutsch oder Français für das PDF.",
  "Choose Generic, Slack or Microsoft Teams.": "Wählen Sie Generisch, Slack oder Microsoft Teams.",
  "Choose a CSV file or paste its rows.": "Wählen Sie eine CSV-Datei oder fügen Sie ihre Zeilen ein.",
  "Choose a CSV file.": "Wählen Sie eine CSV-Datei.",
  "Choose a CycloneDX or SPDX JSON file.": "Wählen Sie eine CycloneDX- oder SPDX-JSON-Datei.",
  "Choose a control from the list.": "Wählen Sie eine Kontrolle aus der Liste.",
  "Choose a control of this framework.": "Wählen Sie eine Kontrolle dieses Rahmenwerks.",
  "Choose a control.": "Wählen Sie eine Kontrolle.",
  "Choose a degree of automation.": "Wählen Sie einen Automatisierungsgrad.",
  "Choose a different unit to merge into.": "Wählen Sie eine andere Einheit, in die zusammengeführt wird.",
  "Choose a framework with a Statement of Applicability.":
    "Wählen Sie ein Rahmenwerk mit einer Erklärung zur Anwendbarkeit.",
  "Choose a kind.": "Wählen Sie eine Art.",
  "Choose a language, or to follow your browser.": "Wählen Sie eine Sprache oder die Ihres Browsers.",
  "Choose a learning item.": "Wählen Sie einen Lerninhalt.",
  "Choose a lifecycle stage, or save as a draft.": "Wählen Sie eine Lebenszyklusphase oder speichern Sie als Entwurf.",
  "Choose a lifecycle stage.": "Wählen Sie eine Lebenszyklusphase.",
  "Choose a person.": "Wählen Sie eine Person.",
  "Choose a role.": "Wählen Sie eine Rolle.",
  "Choose a status.": "Wählen Sie einen Status.",
  "Choose a system or a model.": "Wählen Sie ein System oder ein Modell.",
  "Choose a template.": "Wählen Sie eine Vorlage.",
  "Choose a treatment.": "Wählen Sie eine Behandlung.",
  "Choose a value from {n} to {n}.": "Wählen Sie einen Wert von {n} bis {n}.",
  "Choose an AI system.": "Wählen Sie ein KI-System.",
  "Choose an owner, a due date or both.": "Wählen Sie eine verantwortliche Person, ein Fälligkeitsdatum oder beides.",
  "Choose an owner.": "Wählen Sie eine verantwortliche Person.",
  "Choose at least one event.": "Wählen Sie mindestens ein Ereignis.",
  "Choose at least one item to ask for.": "Wählen Sie mindestens einen Punkt, den Sie anfordern.",
  "Choose at least one member state, or say whether the output is used in the EU.":
    "Wählen Sie mindestens einen Mitgliedstaat oder geben Sie an, ob die Ausgabe in der EU verwendet wird.",
  "Choose at least one obligation.": "Wählen Sie mindestens eine Pflicht.",
  "Choose at least one system.": "Wählen Sie mindestens ein System.",
  "Choose at most {n} obligations at a time.": "Wählen Sie höchstens {n} Pflichten auf einmal.",
  "Choose data categories from the list.": "Wählen Sie Datenkategorien aus der Liste.",
  "Choose groups from the list.": "Wählen Sie Gruppen aus der Liste.",
  "Choose how often to sync.": "Wählen Sie, wie oft synchronisiert wird.",
  "Choose how the system is sourced.": "Wählen Sie, wie das System bezogen wird.",
  "Choose include or exclude.": "Wählen Sie Einschließen oder Ausschließen.",
  "Name the token after what uses it, e.g. “MLflow sync”.":
    "Benennen Sie das Token nach dem, was es nutzt, z. B. „MLflow-Sync“.",
  "Choose at least one scope.": "Wählen Sie mindestens eine Berechtigung.",
  "Choose how long the token stays valid.": "Wählen Sie, wie lange das Token gültig bleibt.",
  "Choose one of the options.": "Wählen Sie eine der Optionen.",
  "Choose operates or oversees.": "Wählen Sie „betreibt“ oder „beaufsichtigt“.",
  "Choose the .p{n} or .pfx file from your trust service provider.":
    "Wählen Sie die .p{n}- oder .pfx-Datei Ihres Vertrauensdiensteanbieters.",
  "Choose the data categories, or “No personal data”.":
    "Wählen Sie die Datenkategorien oder „Keine personenbezogenen Daten“.",
  "Choose the harm category: it sets the reporting deadline.":
    "Wählen Sie die Schadenskategorie: Sie bestimmt die Meldefrist.",
  "Choose the language documents are written in.": "Wählen Sie die Sprache, in der Dokumente verfasst werden.",
  "Choose the role new members get.": "Wählen Sie die Rolle, die neue Mitglieder erhalten.",
  "Choose the tier that applies instead.": "Wählen Sie die Stufe, die stattdessen gilt.",
  "Choose the unit to merge into.": "Wählen Sie die Einheit, in die zusammengeführt wird.",
  "Choose the vendor.": "Wählen Sie den Lieferanten.",
  "Choose what kind of policy this is.": "Wählen Sie die Art dieser Richtlinie.",
  "Choose what marking an obligation done needs.": "Wählen Sie, was eine Pflicht zum Erledigen braucht.",
  "Choose where this risk came from.": "Wählen Sie, woher dieses Risiko stammt.",
  "Choose whether to export a draft or a final dossier.":
    "Wählen Sie, ob ein Entwurf oder ein endgültiges Dossier exportiert wird.",
  "Choose who must read it: every member, or at least one role or business unit.":
    "Wählen Sie, wer sie lesen muss: alle Mitglieder oder mindestens eine Rolle oder Geschäftseinheit.",
  "Describe the intended purpose, or save as a draft.":
    "Beschreiben Sie die Zweckbestimmung oder speichern Sie als Entwurf.",
  "Each obligation can be chosen once.": "Jede Pflicht kann nur einmal gewählt werden.",
  "Each step needs its own name: step {n} is already called this.":
    "Jede Stufe braucht einen eigenen Namen: Stufe {n} heißt bereits so.",
  "Enter a date and time like {n}-{n}-{n} {n}:{n} (UTC).":
    "Geben Sie Datum und Uhrzeit ein, etwa {n}-{n}-{n} {n}:{n} (UTC).",
  "Enter a date as YYYY-MM-DD.": "Geben Sie ein Datum als JJJJ-MM-TT ein.",
  "Enter a date between {n} and {n}.": "Geben Sie ein Datum zwischen {n} und {n} ein.",
  "Enter a date like {n}-{n}-{n}, or leave it empty.":
    "Geben Sie ein Datum wie {n}-{n}-{n} ein oder lassen Sie das Feld leer.",
  "Enter a date like {n}-{n}-{n}.": "Geben Sie ein Datum wie {n}-{n}-{n} ein.",
  "Enter a date.": "Geben Sie ein Datum ein.",
  "Enter a domain such as example.com, without @ or https://.":
    "Geben Sie eine Domain wie example.com ein, ohne @ oder https://.",
  "Enter a full URL starting with https://": "Geben Sie eine vollständige URL ein, die mit https:// beginnt",
  "Enter a full URL starting with https://, e.g. https://mlflow.example.com":
    "Geben Sie eine vollständige URL ein, die mit https:// beginnt, z. B. https://mlflow.example.com",
  "Enter a full address, like s{n}://bucket/path or https://…":
    "Geben Sie eine vollständige Adresse ein, etwa s{n}://bucket/path oder https://…",
  "Enter a full web address starting with https:// or http://.":
    "Geben Sie eine vollständige Webadresse ein, die mit https:// oder http:// beginnt.",
  "Enter a link starting with https:// or http://.": "Geben Sie einen Link ein, der mit https:// oder http:// beginnt.",
  "Enter a name of at least {n} characters.": "Geben Sie einen Namen mit mindestens {n} Zeichen ein.",
  "Enter a real date, like {n}-{n}-{n}.": "Geben Sie ein gültiges Datum ein, etwa {n}-{n}-{n}.",
  "Enter a real date.": "Geben Sie ein gültiges Datum ein.",
  "Enter a title.": "Geben Sie einen Titel ein.",
  "Enter a valid email address, like name@example.com.":
    "Geben Sie eine gültige E-Mail-Adresse ein, etwa name@example.com.",
  "Enter a whole number of days from {n} to {n}.": "Geben Sie eine ganze Zahl von Tagen zwischen {n} und {n} ein.",
  "Enter a whole number of months, or leave empty.":
    "Geben Sie eine ganze Zahl von Monaten ein oder lassen Sie das Feld leer.",
  "Enter an e-mail address such as incidents@example.com.":
    "Geben Sie eine E-Mail-Adresse ein, etwa incidents@example.com.",
  "Enter an e-mail address such as name@vendor.example.":
    "Geben Sie eine E-Mail-Adresse ein, etwa name@vendor.example.",
  "Enter an e-mail address.": "Geben Sie eine E-Mail-Adresse ein.",
  "Enter between {n} and {n} months.": "Geben Sie zwischen {n} und {n} Monaten ein.",
  "Enter the AI system's exact name or its id.": "Geben Sie den genauen Namen oder die ID des KI-Systems ein.",
  "Enter the URL that should receive the events.": "Geben Sie die URL ein, die die Ereignisse empfangen soll.",
  "Enter the address of the MLflow server.": "Geben Sie die Adresse des MLflow-Servers ein.",
  "Enter the business unit, or save as a draft.": "Geben Sie die Geschäftseinheit ein oder speichern Sie als Entwurf.",
  "Enter the dataset's name.": "Geben Sie den Namen des Datensatzes ein.",
  "Enter the link's address.": "Geben Sie die Adresse des Links ein.",
  "Enter the model's name.": "Geben Sie den Namen des Modells ein.",
  "Enter the person's name.": "Geben Sie den Namen der Person ein.",
  "Enter the unit's name.": "Geben Sie den Namen der Einheit ein.",
  "Enter the vendor's name.": "Geben Sie den Namen des Lieferanten ein.",
  "Enter the version, like {n} or {n}.": "Geben Sie die Version ein, etwa {n} oder {n}.",
  "Enter when the report was sent to the authority.": "Geben Sie ein, wann die Meldung an die Behörde ging.",
  "Enter when you became aware: the Art {n} clock runs from then.":
    "Geben Sie ein, wann Sie Kenntnis erlangten: Die Frist nach Art {n} läuft ab dann.",
  "Enter whole days.": "Geben Sie ganze Tage ein.",
  "Enter your email address.": "Geben Sie Ihre E-Mail-Adresse ein.",
  "Enter your name.": "Geben Sie Ihren Namen ein.",
  "Enter your organisation's name (at least {n} characters).":
    "Geben Sie den Namen Ihrer Organisation ein (mindestens {n} Zeichen).",
  "Enter your password.": "Geben Sie Ihr Passwort ein.",
  "Explain why this obligation does not apply (at least {n} characters); auditors will ask.":
    "Begründen Sie, warum diese Pflicht nicht gilt (mindestens {n} Zeichen); Prüfer werden danach fragen.",
  "Fill this in before marking the record complete, or untick “Complete”.":
    "Füllen Sie dies aus, bevor Sie den Eintrag als vollständig markieren, oder entfernen Sie das Häkchen bei „Vollständig“.",
  "Give the evidence a title.": "Geben Sie dem Nachweis einen Titel.",
  "Give the incident a short title (at least {n} characters).":
    "Geben Sie dem Vorfall einen kurzen Titel (mindestens {n} Zeichen).",
  "Give the policy a title (at least {n} characters).":
    "Geben Sie der Richtlinie einen Titel (mindestens {n} Zeichen).",
  "Give the risk a title (at least {n} characters).": "Geben Sie dem Risiko einen Titel (mindestens {n} Zeichen).",
  "Keep it to {n} characters or fewer.": "Verwenden Sie höchstens {n} Zeichen.",
  "Keep it under {n} characters.": "Bleiben Sie unter {n} Zeichen.",
  "Keep the question under {n} characters.": "Halten Sie die Frage unter {n} Zeichen.",
  "Link at most {n} datasets.": "Verknüpfen Sie höchstens {n} Datensätze.",
  "Link at most {n} models.": "Verknüpfen Sie höchstens {n} Modelle.",
  "Link at most {n} pieces of evidence.": "Verknüpfen Sie höchstens {n} Nachweise.",
  "List at least one open question, one per line.": "Nennen Sie mindestens eine offene Frage, eine pro Zeile.",
  "List at most {n} versions.": "Nennen Sie höchstens {n} Versionen.",
  "Name both the model and its version, or neither.":
    "Nennen Sie sowohl das Modell als auch seine Version oder keines von beiden.",
  "Name the authority you notified on that date.":
    "Nennen Sie die Behörde, die Sie an diesem Tag benachrichtigt haben.",
  "Name the connection, e.g. “Production MLflow”.": "Benennen Sie die Verbindung, z. B. „Produktiv-MLflow“.",
  "Name the customer this link is for.": "Nennen Sie den Kunden, für den dieser Link bestimmt ist.",
  "Name the metric.": "Benennen Sie die Metrik.",
  "Name this step.": "Benennen Sie diese Stufe.",
  "Plan at least {n} day ahead.": "Planen Sie mindestens {n} Tag voraus.",
  "Plan at most {n} days ahead.": "Planen Sie höchstens {n} Tage voraus.",
  "Public mail domains cannot be mapped: anyone can get an address there.":
    "Öffentliche Mail-Domains können nicht zugeordnet werden: Dort kann jeder eine Adresse erhalten.",
  "Rate both residual likelihood and impact, or neither.":
    "Bewerten Sie sowohl die Restwahrscheinlichkeit als auch die Restauswirkung oder keines von beiden.",
  "Say what is monitored.": "Geben Sie an, was überwacht wird.",
  "Say what to do with rows that have problems.": "Geben Sie an, was mit fehlerhaften Zeilen geschehen soll.",
  "Say what was done (at least {n} characters).": "Geben Sie an, was getan wurde (mindestens {n} Zeichen).",
  "Say whether this is a check (dryRun=true) or the import (dryRun=false).":
    "Geben Sie an, ob dies eine Prüfung (dryRun=true) oder der Import (dryRun=false) ist.",
  "Say whether to skip or update systems you already have.":
    "Geben Sie an, ob vorhandene Systeme übersprungen oder aktualisiert werden.",
  "Say why the incident is closed (at least {n} characters); auditors will ask.":
    "Begründen Sie, warum der Vorfall abgeschlossen ist (mindestens {n} Zeichen); Prüfer werden danach fragen.",
  "Say why this control is excluded (at least {n} characters): auditors read it.":
    "Begründen Sie, warum diese Kontrolle ausgeschlossen ist (mindestens {n} Zeichen): Prüfer lesen es.",
  "Say why you need more time.": "Begründen Sie, warum Sie mehr Zeit brauchen.",
  "Select at least one AI system.": "Wählen Sie mindestens ein KI-System.",
  "Select at most {n} AI systems at a time.": "Wählen Sie höchstens {n} KI-Systeme auf einmal.",
  "Send a finite number.": "Senden Sie eine endliche Zahl.",
  "Send the version you read.": "Senden Sie die Version, die Sie gelesen haben.",
  "That email address is too long.": "Diese E-Mail-Adresse ist zu lang.",
  "That token is too long (at most {n} characters).": "Dieses Token ist zu lang (höchstens {n} Zeichen).",
  "The column mapping could not be read.": "Die Spaltenzuordnung konnte nicht gelesen werden.",
  "The column mapping is too long.": "Die Spaltenzuordnung ist zu lang.",
  "The file is larger than {n} KB. Split it.": "Die Datei ist größer als {n} KB. Teilen Sie sie auf.",
  "The file is larger than {n} MB. Split it into smaller files.":
    "Die Datei ist größer als {n} MB. Teilen Sie sie in kleinere Dateien auf.",
  "The file is over the limit of {n} MB.": "Die Datei überschreitet die Grenze von {n} MB.",
  "The file is too large: a PKCS#{n} file is at most {n} KB.":
    "Die Datei ist zu groß: Eine PKCS#{n}-Datei hat höchstens {n} KB.",
  "The incident cannot have happened after you became aware of it.":
    "Der Vorfall kann nicht nach dem Zeitpunkt geschehen sein, zu dem Sie davon Kenntnis erlangten.",
  "The link may work for at most {n} days.": "Der Link darf höchstens {n} Tage funktionieren.",
  "The link must work for at least {n} day.": "Der Link muss mindestens {n} Tag funktionieren.",
  "The password is at most {n} characters.": "Das Passwort hat höchstens {n} Zeichen.",
  "The two passwords do not match.": "Die beiden Passwörter stimmen nicht überein.",
  "This dataset is already listed above.": "Dieser Datensatz ist oben bereits aufgeführt.",
  "This invitation link is malformed.": "Dieser Einladungslink ist fehlerhaft.",
  "This is in the future.": "Das liegt in der Zukunft.",
  "This is in the future; enter when you actually became aware.":
    "Das liegt in der Zukunft; geben Sie ein, wann Sie tatsächlich Kenntnis erlangten.",
  "This is in the future; record a report once it is sent.":
    "Das liegt in der Zukunft; erfassen Sie eine Meldung, sobald sie gesendet ist.",
  "This link is incomplete or malformed. Copy the whole link from the e-mail.":
    "Dieser Link ist unvollständig oder fehlerhaft. Kopieren Sie den ganzen Link aus der E-Mail.",
  "This link is not valid.": "Dieser Link ist ungültig.",
  "This model is already listed above.": "Dieses Modell ist oben bereits aufgeführt.",
  "This password is too common; choose another.": "Dieses Passwort ist zu verbreitet; wählen Sie ein anderes.",
  "This password is too repetitive; mix more characters.":
    "Dieses Passwort wiederholt sich zu sehr; mischen Sie mehr Zeichen.",
  "This version is already listed.": "Diese Version ist bereits aufgeführt.",
  "Use EVALUATION, BIAS or DRIFT.": "Verwenden Sie EVALUATION, BIAS oder DRIFT.",
  "Use a URL of at most {n} characters.": "Verwenden Sie eine URL mit höchstens {n} Zeichen.",
  "Use at least {n} characters.": "Verwenden Sie mindestens {n} Zeichen.",
  "Use at most {n} characters.": "Verwenden Sie höchstens {n} Zeichen.",
  "Use at most {n} rows.": "Verwenden Sie höchstens {n} Zeilen.",
  "Use letters, digits, spaces and . _ - : / only.":
    "Verwenden Sie nur Buchstaben, Ziffern, Leerzeichen und . _ - : /.",
  "Use “Accept the residual risk” below to accept it.":
    "Verwenden Sie unten „Restrisiko akzeptieren“, um es zu akzeptieren.",
  "Write a comment first.": "Schreiben Sie zuerst einen Kommentar.",
  "Write at least {n} characters: say what you reviewed and what you attest.":
    "Schreiben Sie mindestens {n} Zeichen: Was haben Sie geprüft und was bestätigen Sie?",
  "Write the answer or the note for the requester.":
    "Schreiben Sie die Antwort oder den Hinweis für die anfragende Person.",
  "Write the policy's text.": "Schreiben Sie den Text der Richtlinie.",
  "Write the question for legal (at least {n} characters).":
    "Schreiben Sie die Frage an die Rechtsabteilung (mindestens {n} Zeichen).",
  "Write the question you want to ask.": "Schreiben Sie die Frage, die Sie stellen möchten.",
  "Write what you attest, for example that you reviewed this dossier and it is complete and accurate.":
    "Schreiben Sie, was Sie bestätigen, zum Beispiel, dass Sie dieses Dossier geprüft haben und es vollständig und richtig ist.",
  "Write your answer.": "Schreiben Sie Ihre Antwort.",
  "“No personal data” cannot be combined with personal data categories.":
    "„Keine personenbezogenen Daten“ kann nicht mit Kategorien personenbezogener Daten kombiniert werden.",
};
