import type { Catalogue } from "../../types";

// The engine's removals, result notes, disputed points and contradictions, keyed by the English the rule set holds.
export const RESULT_TEXTS: Catalogue = {
  "A system developed and put into service solely for scientific research is excluded; a product use brings the duties back.":
    "Ein System, das ausschließlich für die wissenschaftliche Forschung entwickelt und in Betrieb genommen wird, ist ausgenommen; eine Verwendung als Produkt bringt die Pflichten zurück.",
  "Research, testing and development before launch are excluded; the duties apply from placing on the market or putting into service.":
    "Forschung, Tests und Entwicklung vor der Markteinführung sind ausgenommen; die Pflichten gelten ab dem Inverkehrbringen oder der Inbetriebnahme.",
  "Exclusive military, defence or national-security use takes the system out of the Act; any civilian or law-enforcement use brings the duties back.":
    "Eine ausschließlich militärische, verteidigungs- oder sicherheitspolitische Verwendung nimmt das System aus der Verordnung heraus; jede zivile oder Strafverfolgungsverwendung bringt die Pflichten zurück.",
  "Purely personal, non-professional use is not deployment, so the deployer duties do not arise.":
    "Eine rein persönliche, nicht berufliche Verwendung ist kein Betrieb, daher entstehen keine Betreiberpflichten.",
  "The Art 6(3) condition claimed takes the Annex III system out of the high-risk duties; the assessment must be documented and the system registered.":
    "Die geltend gemachte Bedingung nach Art 6(3) nimmt das Annex-III-System aus den Hochrisiko-Pflichten heraus; die Bewertung muss dokumentiert und das System registriert werden.",
  "Placed on the market before the high-risk rules apply and not significantly changed since: until a significant change, only the change watch remains of the high-risk duties.":
    "Vor Geltung der Hochrisiko-Vorschriften in Verkehr gebracht und seitdem nicht wesentlich geändert: bis zu einer wesentlichen Änderung bleibt von den Hochrisiko-Pflichten nur die Beobachtung von Änderungen.",
  "The free and open-source licence excludes the system from the Act while it is neither high-risk, prohibited nor subject to Art 50.":
    "Die freie und quelloffene Lizenz nimmt das System aus der Verordnung heraus, solange es weder hochriskant noch verboten ist noch Art 50 unterliegt.",
  "Whether registration (Art 49) and the right to explanation (Art 86) bite from 2 Aug 2026 or only with the Annex III regime on 2 Dec 2027 is disputed. The result dates them 2 Dec 2027.":
    "Ob die Registrierung (Art 49) und das Recht auf Erläuterung (Art 86) ab dem 2. Aug. 2026 oder erst mit der Annex-III-Regelung am 2. Dez. 2027 greifen, ist umstritten. Das Ergebnis datiert sie auf den 2. Dez. 2027.",
  "The extent of duties for downstream modifiers of systemic-risk models is disputed (notification and Art 55 may apply). The result assumes they do.":
    "Der Umfang der Pflichten nachgelagerter Modifizierer von Modellen mit systemischem Risiko ist umstritten (Benachrichtigung und Art 55 können gelten). Das Ergebnis geht davon aus, dass sie gelten.",
  "Whether private schools or clinics are 'private entities providing public services' for the fundamental-rights impact assessment is disputed. The result assumes they are.":
    "Ob private Schulen oder Kliniken „private Einrichtungen, die öffentliche Dienste erbringen“ im Sinne der Grundrechte-Folgenabschätzung sind, ist umstritten. Das Ergebnis geht davon aus, dass sie es sind.",
  "Whether publishing open model weights is 'placing an AI system on the market' for the intimate-imagery and CSAM bans is disputed. This model's weights are published; where the ban's conditions are met, the result treats the publication as caught.":
    "Ob die Veröffentlichung offener Modellgewichte ein „Inverkehrbringen eines KI-Systems“ im Sinne der Verbote zu intimen Bildern und CSAM ist, ist umstritten. Die Gewichte dieses Modells sind veröffentlicht; wo die Voraussetzungen des Verbots erfüllt sind, behandelt das Ergebnis die Veröffentlichung als erfasst.",
  "Confirm the national-law defence to the CSAM ban applies.":
    "Bestätigen Sie, dass die Rechtfertigung nach nationalem Recht gegenüber dem CSAM-Verbot greift.",
  "Whether the safeguards against generating intimate imagery or CSAM are 'reasonable and adequate' to prevent it and to correct observed misuse is disputed. The result relies on them to find no ban; confirm they qualify.":
    "Ob die Schutzvorkehrungen gegen die Erzeugung intimer Bilder oder von CSAM „angemessen und ausreichend“ sind, um dies zu verhindern und beobachteten Missbrauch zu beheben, ist umstritten. Das Ergebnis stützt sich auf sie, um kein Verbot festzustellen; bestätigen Sie, dass sie genügen.",
  "The scope of the medical-or-safety exception to the workplace and education emotion-recognition ban is disputed and read narrowly. Confirm the purpose qualifies.":
    "Der Umfang der Ausnahme aus medizinischen oder Sicherheitsgründen vom Verbot der Emotionserkennung am Arbeitsplatz und in der Bildung ist umstritten und wird eng ausgelegt. Bestätigen Sie, dass der Zweck darunter fällt.",
  "When an Art 6(3) condition applies is not settled: the Commission's Art 6(5) guidelines are still in draft. The claim must be documented and reviewed before it is relied on.":
    "Wann eine Bedingung nach Art 6(3) greift, ist nicht geklärt: Die Leitlinien der Kommission nach Art 6(5) liegen erst im Entwurf vor. Die Geltendmachung muss dokumentiert und geprüft werden, bevor man sich darauf stützt.",
  "Emotion recognition of job candidates: the Commission guidelines treat recruitment as 'workplace'; the text does not say so. The result assumes the ban applies.":
    "Emotionserkennung bei Bewerbern: Die Leitlinien der Kommission behandeln die Personalauswahl als „Arbeitsplatz“; der Wortlaut sagt das nicht. Das Ergebnis geht davon aus, dass das Verbot gilt.",
  "Whether certification or exam bodies are 'educational or vocational training institutions' under Annex III 3 is disputed. The result assumes they are.":
    "Ob Zertifizierungs- oder Prüfungsstellen „Einrichtungen der allgemeinen und beruflichen Bildung“ im Sinne von Annex III 3 sind, ist umstritten. Das Ergebnis geht davon aus, dass sie es sind.",
  "How Art 6(1c) applies to radio equipment whose notified-body involvement stems from cybersecurity or privacy requirements is disputed. The result assumes condition (b) is met.":
    "Wie Art 6(1c) auf Funkanlagen anzuwenden ist, bei denen die Beteiligung einer notifizierten Stelle auf Anforderungen an Cybersicherheit oder Datenschutz beruht, ist umstritten. Das Ergebnis geht davon aus, dass Bedingung (b) erfüllt ist.",
  "Whether CV parsing or redaction tools perform 'profiling' is disputed. Confirm the profiling answer before relying on the Art 6(3) derogation.":
    "Ob Werkzeuge zum Auslesen oder Schwärzen von Lebensläufen „Profiling“ betreiben, ist umstritten. Bestätigen Sie die Antwort zum Profiling, bevor Sie sich auf die Ausnahme nach Art 6(3) stützen.",
  "Whether private real-time remote biometric identification is 'permitted' under GDPR Art 9 is disputed. The result classifies it as Annex III 1(a) high-risk; check its lawfulness separately.":
    "Ob private biometrische Echtzeit-Fernidentifizierung nach DSGVO Art 9 „zulässig“ ist, ist umstritten. Das Ergebnis stuft sie als hochriskant nach Annex III 1(a) ein; prüfen Sie ihre Rechtmäßigkeit gesondert.",
  "The 'obvious' exception is read restrictively, and a human-like name, avatar or voice points against it. The result applies Art 50(1); confirm whether the exception really holds.":
    "Die Ausnahme „offensichtlich“ wird eng ausgelegt, und ein menschenähnlicher Name, Avatar oder eine solche Stimme sprechen dagegen. Das Ergebnis wendet Art 50(1) an; bestätigen Sie, ob die Ausnahme wirklich greift.",
  "Whether sex or age are 'sensitive or protected attributes' under Annex III 1(b) is disputed (recital 54 points to GDPR Art 9 data; Charter Art 21 would include them). The result assumes they are.":
    "Ob Geschlecht oder Alter „sensible oder geschützte Merkmale“ im Sinne von Annex III 1(b) sind, ist umstritten (Erwägungsgrund 54 verweist auf Daten nach DSGVO Art 9; Art 21 der Charta würde sie einschließen). Das Ergebnis geht davon aus, dass sie es sind.",
  "The technique and the answer on inference disagree: machine learning and logic- or knowledge-based approaches are the techniques that infer, while a system that only runs rules written by people or basic data processing does not.":
    "Die Technik und die Antwort zur Ableitung widersprechen sich: Maschinelles Lernen sowie logik- und wissensgestützte Konzepte sind die Techniken, die ableiten, während ein System, das nur von Menschen geschriebene Regeln ausführt oder einfache Datenverarbeitung betreibt, nicht ableitet.",
  "The system is said to be still only in research, testing or development, not yet launched or in real use, and also to be already placed on the market or put into service. The research exclusion covers only the time before that.":
    "Das System soll sich noch in Forschung, Test oder Entwicklung befinden, also weder eingeführt noch tatsächlich verwendet werden, und zugleich bereits in Verkehr gebracht oder in Betrieb genommen sein. Die Forschungsausnahme gilt nur für die Zeit davor.",
  "The system or model is said to be already placed on the market or put into service, but the date given for that is still in the future.":
    "Das System oder Modell soll bereits in Verkehr gebracht oder in Betrieb genommen sein, das dafür angegebene Datum liegt aber noch in der Zukunft.",
  "The model's cumulative training compute includes the compute of its modification, yet the modification alone is said to have used more.":
    "Der kumulierte Trainingsrechenaufwand des Modells schließt den seiner Änderung ein, doch allein die Änderung soll mehr verbraucht haben.",
  "The model is said to be only a research or prototyping project, and also to be already placed on the market. The research-only exclusion ends when the model is placed on the market.":
    "Das Modell soll nur ein Forschungs- oder Prototyping-Projekt sein und zugleich bereits in Verkehr gebracht sein. Die Ausnahme für reine Forschung endet mit dem Inverkehrbringen des Modells.",
  "Importers and authorised representatives are by definition located or established in the EU, but the organisation is said not to be established or located in the EU.":
    "Einführer und Bevollmächtigte sind per Definition in der EU ansässig oder niedergelassen, die Organisation soll aber nicht in der EU niedergelassen oder ansässig sein.",
  "Purely personal, non-professional use is use by a private individual, but the user is said to be a non-EU public authority or international body working under a cooperation agreement.":
    "Eine rein persönliche, nicht berufliche Verwendung ist die Verwendung durch eine Privatperson, der Nutzer soll aber eine Behörde außerhalb der EU oder eine internationale Organisation sein, die im Rahmen eines Kooperationsabkommens tätig ist.",
  "The system is said to be used exclusively for military, defence or national-security purposes, but consumers are among its users, which is civilian use.":
    "Das System soll ausschließlich für militärische, Verteidigungs- oder Zwecke der nationalen Sicherheit verwendet werden, zu seinen Nutzern zählen aber Verbraucher, was eine zivile Verwendung ist.",
  "Importing means bringing the system onto the EU market, but the system is said not to be offered or used in the EU.":
    "Einführen bedeutet, das System auf den EU-Markt zu bringen, das System soll aber in der EU weder angeboten noch verwendet werden.",
  "Purely personal, non-professional use is use by a private individual, but the user is said to be an organisation (a public body, a provider of public services, a school, university or clinic, or another private organisation), whose use is always professional.":
    "Eine rein persönliche, nicht berufliche Verwendung ist die Verwendung durch eine Privatperson, der Nutzer soll aber eine Organisation sein (eine öffentliche Stelle, ein Anbieter öffentlicher Dienste, eine Schule, Hochschule oder Klinik oder eine andere private Organisation), deren Verwendung stets beruflich ist.",
  "The user is said to be a private organisation and also a non-EU public authority or international body; it cannot be both.":
    "Der Nutzer soll eine private Organisation und zugleich eine Behörde außerhalb der EU oder eine internationale Organisation sein; er kann nicht beides sein.",
  '"None of these" is chosen together with a product law: the product either falls under one of these laws or under none.':
    "„Keines davon“ ist zusammen mit einem Produktrecht gewählt: Das Produkt fällt entweder unter eines dieser Gesetze oder unter keines.",
  "The model is said to be only a research or prototyping project, yet access to it is sold. Supplying a model for payment makes it available on the market, which ends the research-only exclusion.":
    "Das Modell soll nur ein Forschungs- oder Prototyping-Projekt sein, doch der Zugang dazu wird verkauft. Wer ein Modell gegen Entgelt liefert, stellt es auf dem Markt bereit, womit die Ausnahme für reine Forschung endet.",
  "The system is said to be able to create or alter child sexual abuse material, which is visual material, but images and video are not among the kinds of content it is said to generate or manipulate.":
    "Das System soll Darstellungen sexuellen Kindesmissbrauchs erzeugen oder verändern können, also visuelles Material, doch Bilder und Videos gehören nicht zu den Inhaltsarten, die es erzeugen oder manipulieren soll.",
  "The Commission designates only general-purpose AI models as having systemic risk, but the model is said not to be general-purpose.":
    "Die Kommission stuft nur KI-Modelle mit allgemeinem Verwendungszweck als Modelle mit systemischem Risiko ein, das Modell soll aber keinen allgemeinen Verwendungszweck haben.",
  '"Ancillary court administration only" is chosen together with helping a judge or dispute-resolution body research, interpret and apply the law, which is more than administration.':
    "„Nur ergänzende Gerichtsverwaltung“ ist zusammen mit der Unterstützung eines Gerichts oder einer Streitbeilegungsstelle bei Recherche, Auslegung und Anwendung des Rechts gewählt, was mehr als Verwaltung ist.",
  "For a model and the system on it, the first date is the earlier of the two, yet the system's own date is earlier than it.":
    "Für ein Modell und das System darauf ist das erste Datum das frühere der beiden, doch das eigene Datum des Systems liegt früher.",
  '"Only a lawful, purpose-specific evaluation" is chosen together with worse treatment in unrelated situations or out of proportion, so the score leads to more than that evaluation.':
    "„Nur eine rechtmäßige, zweckgebundene Bewertung“ ist zusammen mit schlechterer Behandlung in sachfremden Zusammenhängen oder unverhältnismäßiger Behandlung gewählt; die Bewertung führt also zu mehr als dieser Bewertung.",
  "The system is said to be able to create or alter intimate images, video or audio, but images, audio and video are not among the kinds of content it is said to generate or manipulate.":
    "Das System soll intime Bilder, Videos oder Audioaufnahmen erzeugen oder verändern können, doch Bilder, Audio und Video gehören nicht zu den Inhaltsarten, die es erzeugen oder manipulieren soll.",
  '"None of these" is chosen together with an Annex III area: the system is either used in one of these areas or in none.':
    "„Keiner davon“ ist zusammen mit einem Bereich nach Annex III gewählt: Das System wird entweder in einem dieser Bereiche verwendet oder in keinem.",
  '"Only verifies travel documents" is chosen together with other migration uses, so the system does more than verify travel documents.':
    "„Prüft nur Reisedokumente“ ist zusammen mit anderen Migrationsverwendungen gewählt; das System tut also mehr, als Reisedokumente zu prüfen.",
  '"Only non-sensitive traits" is chosen together with other characteristics, so the categorisation does not infer only non-sensitive traits.':
    "„Nur nicht sensible Merkmale“ ist zusammen mit anderen Merkmalen gewählt; die Kategorisierung leitet also nicht nur nicht sensible Merkmale ab.",
  "The AI system itself is said to be already placed on the market or put into service, but the date given for that is still in the future.":
    "Das KI-System selbst soll bereits in Verkehr gebracht oder in Betrieb genommen sein, das dafür angegebene Datum liegt aber noch in der Zukunft.",
};
