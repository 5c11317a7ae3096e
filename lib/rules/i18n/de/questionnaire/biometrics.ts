import type { Catalogue } from "../../types";

// The "biometrics" group of lib/rules/questionnaire/groups/biometrics.ts, keyed by the English text.
export const BIOMETRICS: Catalogue = {
  "Biometrics and emotion recognition": "Biometrie und Emotionserkennung",
  "Does the system guess people's emotions or intentions?":
    "Schließt das System auf Emotionen oder Absichten von Menschen?",
  "Emotion recognition means inferring emotions or intentions from biometric data (face, voice, gait, heart rate, typing rhythm). Text sentiment, and inference from behaviour such as clicks, purchases or browsing, are not; nor are physical states such as pain or fatigue. If several fit, biometric data decides. For example: reading anger from callers' voices is emotion recognition, even with the transcript; purchase intent from browsing is behaviour; a classroom camera reading boredom from faces recognises emotions, one detecting only drowsiness a physical state.":
    "Emotionserkennung bedeutet, Emotionen oder Absichten aus biometrischen Daten abzuleiten (Gesicht, Stimme, Gang, Herzfrequenz, Tipprhythmus). Stimmungsanalyse von Text und Ableitungen aus Verhalten wie Klicks, Käufen oder Surfen gehören nicht dazu, ebenso wenig physische Zustände wie Schmerz oder Ermüdung. Wenn mehreres zutrifft, entscheiden die biometrischen Daten. Zum Beispiel: Wut aus den Stimmen von Anrufern zu lesen, ist Emotionserkennung, auch mit Transkript; Kaufabsicht aus dem Surfverhalten ist Verhalten; eine Klassenzimmerkamera, die Langeweile aus Gesichtern liest, erkennt Emotionen, eine, die nur Schläfrigkeit erkennt, einen physischen Zustand.",
  "The engineering lead, or the vendor's documentation, which says what signals the system analyses.":
    "Die technische Leitung oder die Dokumentation des Anbieters, die angibt, welche Signale das System auswertet.",
  "Yes, from faces, voices or other body signals (biometric data)":
    "Ja, aus Gesichtern, Stimmen oder anderen Körpersignalen (biometrische Daten)",
  "Only sentiment from text": "Nur Stimmung aus Text",
  "Only from behaviour such as clicks, purchases or browsing (no biometric data)":
    "Nur aus Verhalten wie Klicks, Käufen oder Surfen (keine biometrischen Daten)",
  "Only physical states such as pain or fatigue": "Nur physische Zustände wie Schmerz oder Ermüdung",
  "Where is the emotion detection used?": "Wo wird die Emotionserkennung eingesetzt?",
  "Emotion recognition at work or in education is banned. The Commission reads 'workplace' to include recruitment and probation; the text does not say so expressly. For example: analysing employees' faces in video meetings is at the workplace; analysing shoppers' faces in a store is elsewhere.":
    "Emotionserkennung am Arbeitsplatz oder in Bildungseinrichtungen ist verboten. Die Kommission liest „Arbeitsplatz“ so, dass auch Einstellung und Probezeit dazugehören; der Text sagt das nicht ausdrücklich. Zum Beispiel: Die Gesichter von Beschäftigten in Videokonferenzen zu analysieren, geschieht am Arbeitsplatz; die Gesichter von Kunden in einem Geschäft zu analysieren, anderswo.",
  "Your product owner, who knows where and on whom the system is used.":
    "Ihr Product Owner, der weiß, wo und bei wem das System eingesetzt wird.",
  "At the workplace (employees)": "Am Arbeitsplatz (Beschäftigte)",
  "In education institutions": "In Bildungseinrichtungen",
  "On job candidates (recruitment)": "Bei Stellenbewerbern (Einstellung)",
  "Elsewhere (e.g. retail, customer service, vehicles)": "Anderswo (z. B. Einzelhandel, Kundenservice, Fahrzeuge)",
  "Is it used for medical or safety reasons?": "Wird es aus medizinischen Gründen oder Sicherheitsgründen eingesetzt?",
  "Emotion recognition at work or in education is allowed only where intended for medical or safety reasons. The Commission reads the exception narrowly; its exact scope is disputed. For example: detecting a pilot's or driver's drowsiness or panic is a safety reason; measuring staff engagement is not.":
    "Emotionserkennung am Arbeitsplatz oder in Bildungseinrichtungen ist nur erlaubt, wenn sie aus medizinischen Gründen oder Sicherheitsgründen bestimmt ist. Die Kommission legt die Ausnahme eng aus; ihr genauer Umfang ist umstritten. Zum Beispiel: Schläfrigkeit oder Panik eines Piloten oder Fahrers zu erkennen, ist ein Sicherheitsgrund; das Engagement der Belegschaft zu messen, nicht.",
  "Your product owner, with the health-and-safety or occupational-health lead.":
    "Ihr Product Owner, zusammen mit der Leitung Arbeitsschutz oder Arbeitsmedizin.",
  "Does it sort people into groups based on their face, voice or other body features?":
    "Ordnet es Menschen anhand ihres Gesichts, ihrer Stimme oder anderer Körpermerkmale Gruppen zu?",
  "Biometric categorisation means assigning people to categories based on their biometric data. For example: inferring age, sex or ethnicity from a face image.":
    "Biometrische Kategorisierung bedeutet, Menschen auf Grundlage ihrer biometrischen Daten Kategorien zuzuordnen. Zum Beispiel: Alter, Geschlecht oder ethnische Herkunft aus einem Gesichtsbild ableiten.",
  "The engineering lead, or the vendor's documentation, which says what the system derives from images or audio.":
    "Die technische Leitung oder die Dokumentation des Anbieters, die angibt, was das System aus Bildern oder Audio ableitet.",
  "Is that sorting only a technical side-feature that another service strictly needs?":
    "Ist diese Zuordnung nur eine technische Nebenfunktion, die ein anderer Dienst zwingend benötigt?",
  "Categorisation ancillary to another commercial service and strictly necessary for objective technical reasons is not a biometric categorisation system. For example: a virtual glasses try-on that needs face shape.":
    "Eine Kategorisierung, die eine Nebenfunktion eines anderen kommerziellen Dienstes und aus objektiven technischen Gründen unbedingt erforderlich ist, ist kein System zur biometrischen Kategorisierung. Zum Beispiel: eine virtuelle Brillenanprobe, die die Gesichtsform benötigt.",
  "The engineering lead who knows why the feature needs the body features it reads.":
    "Die technische Leitung, die weiß, warum die Funktion die gelesenen Körpermerkmale benötigt.",
  "Which characteristics does it infer?": "Welche Merkmale leitet es ab?",
  "Race, political opinions, trade-union membership, religious or philosophical beliefs, sex life and sexual orientation are banned categories. Whether sex and age are 'sensitive or protected' under Annex III 1(b) is disputed. For example: a camera guessing visitors' religion from their clothing and face infers religious beliefs.":
    "Rasse, politische Einstellungen, Gewerkschaftszugehörigkeit, religiöse oder weltanschauliche Überzeugungen, Sexualleben und sexuelle Ausrichtung sind verbotene Kategorien. Ob Geschlecht und Alter „sensible oder geschützte“ Merkmale nach Anhang III 1(b) sind, ist umstritten. Zum Beispiel: Eine Kamera, die die Religion von Besuchern aus Kleidung und Gesicht errät, leitet religiöse Überzeugungen ab.",
  "The data-science lead, from the list of labels the model outputs.":
    "Die Data-Science-Leitung, anhand der Liste der Labels, die das Modell ausgibt.",
  "Race or ethnic origin": "Rasse oder ethnische Herkunft",
  "Political opinions": "Politische Einstellungen",
  "Trade-union membership": "Gewerkschaftszugehörigkeit",
  "Religious or philosophical beliefs": "Religiöse oder weltanschauliche Überzeugungen",
  "Sex life or sexual orientation": "Sexualleben oder sexuelle Ausrichtung",
  "Health or disability": "Gesundheit oder Behinderung",
  "Sex or gender": "Geschlecht",
  Age: "Alter",
  "Only non-sensitive traits (e.g. hair colour)": "Nur nicht sensible Merkmale (z. B. Haarfarbe)",
  "In what context is the sorting done?": "In welchem Zusammenhang erfolgt die Zuordnung?",
  "Labelling or filtering lawfully acquired biometric datasets, and categorisation in law enforcement, are outside the Art 5(1)(g) ban. For example: tagging a licensed face dataset by skin tone to test a model for bias is dataset labelling.":
    "Das Kennzeichnen oder Filtern rechtmäßig erworbener biometrischer Datensätze und die Kategorisierung in der Strafverfolgung fallen nicht unter das Verbot nach Art 5(1)(g). Zum Beispiel: einen lizenzierten Gesichtsdatensatz nach Hautton zu kennzeichnen, um ein Modell auf Verzerrungen zu testen, ist Kennzeichnung eines Datensatzes.",
  "Your product owner, with the data-protection officer who knows the lawful basis of the data.":
    "Ihr Product Owner, zusammen mit dem Datenschutzbeauftragten, der die Rechtsgrundlage der Daten kennt.",
  "Labelling or filtering a lawfully acquired biometric dataset":
    "Kennzeichnen oder Filtern eines rechtmäßig erworbenen biometrischen Datensatzes",
  "Law enforcement": "Strafverfolgung",
  "Any other context": "Jeder andere Zusammenhang",
  "Does it recognise who people are from a distance, by matching their face, voice or gait against a database?":
    "Erkennt es aus der Ferne, wer Menschen sind, indem es Gesicht, Stimme oder Gang mit einer Datenbank abgleicht?",
  "Remote biometric identification works without the person's active involvement, typically at a distance, comparing them against many stored people (1:N). 1:1 verification (confirming someone is who they claim to be, including authentication) is not remote identification. For example: cameras matching passers-by against a watch list identify remotely; unlocking a phone with your face is verification.":
    "Biometrische Fernidentifizierung funktioniert ohne aktive Beteiligung der Person, typischerweise aus der Ferne, durch Abgleich mit vielen gespeicherten Personen (1:N). Eine 1:1-Verifizierung (Bestätigung, dass jemand ist, wer er zu sein angibt, einschließlich Authentifizierung) ist keine Fernidentifizierung. Zum Beispiel: Kameras, die Passanten mit einer Beobachtungsliste abgleichen, identifizieren aus der Ferne; ein Telefon mit dem Gesicht zu entsperren, ist Verifizierung.",
  "The engineering lead, or the vendor's documentation, which says what the system compares faces or voices against.":
    "Die technische Leitung oder die Dokumentation des Anbieters, die angibt, womit das System Gesichter oder Stimmen abgleicht.",
  "Yes, in real time (live)": "Ja, in Echtzeit (live)",
  "Yes, after the event (from recordings)": "Ja, nachträglich (aus Aufzeichnungen)",
  "Only 1:1 verification or authentication": "Nur 1:1-Verifizierung oder Authentifizierung",
  "Is it used in places open to the public?": "Wird es an öffentlich zugänglichen Orten eingesetzt?",
  "A publicly accessible space is any place open to an undetermined number of people, whoever owns it, even with conditions such as a ticket. For example: streets, stations, shops and stadiums are publicly accessible; an office with badge access is not.":
    "Ein öffentlich zugänglicher Raum ist jeder Ort, der einer unbestimmten Anzahl von Personen offensteht, unabhängig vom Eigentümer, auch unter Bedingungen wie einem Ticket. Zum Beispiel: Straßen, Bahnhöfe, Geschäfte und Stadien sind öffentlich zugänglich; ein Büro mit Zugang per Ausweis nicht.",
  "The operations or site manager who knows where the cameras or sensors are installed.":
    "Die Betriebs- oder Standortleitung, die weiß, wo die Kameras oder Sensoren installiert sind.",
  "Is it used by the police or other law-enforcement authorities, or on their behalf?":
    "Wird es von der Polizei oder anderen Strafverfolgungsbehörden oder in deren Auftrag verwendet?",
  "The Art 5(1)(h) ban concerns law-enforcement use only. Private real-time identification is Annex III 1(a). For example: a retailer's own shoplifter watch list is private use; the same cameras run for the police are law enforcement.":
    "Das Verbot nach Art 5(1)(h) betrifft nur die Verwendung zu Strafverfolgungszwecken. Private Echtzeit-Identifizierung fällt unter Anhang III 1(a). Zum Beispiel: Die eigene Ladendieb-Beobachtungsliste eines Händlers ist private Verwendung; dieselben Kameras, für die Polizei betrieben, sind Strafverfolgung.",
  "Your product owner or account manager, who knows for whom the system is run.":
    "Ihr Product Owner oder Account Manager, der weiß, für wen das System betrieben wird.",
  "Is the use strictly necessary for one of these objectives?":
    "Ist die Verwendung für eines dieser Ziele unbedingt erforderlich?",
  "Only these three objectives permit real-time identification in public for law enforcement. For example: searching for a specific abducted child is a targeted victim search; scanning crowds for anyone with an outstanding fine is none of these.":
    "Nur diese drei Ziele erlauben eine Echtzeit-Identifizierung im öffentlichen Raum zu Strafverfolgungszwecken. Zum Beispiel: Die Suche nach einem bestimmten entführten Kind ist eine gezielte Opfersuche; Menschenmengen nach jedem mit einem offenen Bußgeld abzusuchen, ist keines davon.",
  "The officer or legal adviser in charge of the operation that uses the system.":
    "Die Beamtin, der Beamte oder die Rechtsberatung, die den Einsatz des Systems leitet.",
  "Targeted search for victims of abduction, trafficking or sexual exploitation, or missing persons":
    "Gezielte Suche nach Opfern von Entführung, Menschenhandel oder sexueller Ausbeutung oder nach vermissten Personen",
  "Preventing a specific, substantial and imminent threat to life, or a terrorist threat":
    "Abwenden einer konkreten, erheblichen und unmittelbaren Gefahr für das Leben oder einer terroristischen Bedrohung",
  "Locating a suspect of an Annex II offence punishable by at least 4 years":
    "Aufspüren eines Verdächtigen einer in Anhang II genannten Straftat, die mit mindestens 4 Jahren bedroht ist",
  "None of these": "Nichts davon",
  "Does a national law allow this use, and has a judge or independent authority approved it in advance?":
    "Erlaubt ein nationales Gesetz diese Verwendung, und hat ein Gericht oder eine unabhängige Behörde sie vorab genehmigt?",
  "Use is possible only where national law provides for it, with prior judicial or independent administrative authorisation (or within 24 hours in urgency). For example: a court order for one operation issued under a national police act that permits live facial recognition.":
    "Die Verwendung ist nur möglich, wenn das nationale Recht sie vorsieht, mit vorheriger Genehmigung durch eine Justizbehörde oder eine unabhängige Verwaltungsbehörde (oder innerhalb von 24 Stunden in dringenden Fällen). Zum Beispiel: ein Gerichtsbeschluss für einen Einsatz auf Grundlage eines nationalen Polizeigesetzes, das Live-Gesichtserkennung erlaubt.",
  "Your legal team, from the national law and the authorisation for the operation.":
    "Ihre Rechtsabteilung, anhand des nationalen Rechts und der Genehmigung für den Einsatz.",
};
