import type { Catalogue } from "../../types";

// The "transparency" group of lib/rules/questionnaire/groups/transparency.ts, keyed by the English text.
export const TRANSPARENCY: Catalogue = {
  "Transparency (Art 50)": "Transparenz (Art 50)",
  "Do people talk or interact with the system directly (chat, voice, agents acting for users)?":
    "Sprechen oder interagieren Menschen direkt mit dem System (Chat, Sprache, Agenten, die für Nutzer handeln)?",
  "Art 50(1) covers systems intended to interact directly with natural persons; this requires a genuine conversational or responsive exchange. For example: a customer-service chatbot, a voice assistant on a phone line, or an agent that books appointments by e-mail; a model that scores loans in the background does not interact.":
    "Art 50(1) erfasst Systeme, die für die direkte Interaktion mit natürlichen Personen bestimmt sind; das setzt einen echten dialogischen oder reagierenden Austausch voraus. Zum Beispiel: ein Kundenservice-Chatbot, ein Sprachassistent an einer Telefonhotline oder ein Agent, der per E-Mail Termine bucht; ein Modell, das im Hintergrund Kredite bewertet, interagiert nicht.",
  "Your product owner, who knows how people reach the system.":
    "Ihr Product Owner, der weiß, wie Menschen das System erreichen.",
  "Would a reasonably attentive person see straight away, without being told, that they are dealing with AI?":
    "Würde eine angemessen aufmerksame Person sofort und ohne Hinweis erkennen, dass sie es mit KI zu tun hat?",
  'The exception applies where it is obvious to a reasonably well-informed, observant and circumspect person, in context; it is read restrictively. A human-like name, avatar or voice points against obviousness. For example: a robot vacuum\'s voice prompts are obviously AI; a support chat signed "Anna" is not.':
    "Die Ausnahme gilt, wenn es für eine angemessen informierte, aufmerksame und verständige Person aufgrund der Umstände offensichtlich ist; sie wird eng ausgelegt. Ein menschlich wirkender Name, Avatar oder eine menschliche Stimme spricht gegen Offensichtlichkeit. Zum Beispiel: Die Sprachansagen eines Saugroboters sind offensichtlich KI; ein Support-Chat, unterzeichnet mit „Anna“, nicht.",
  "Your UX or product designer, who knows what users see and hear.":
    "Ihre UX- oder Produktdesignerin bzw. Ihr UX- oder Produktdesigner, die wissen, was Nutzer sehen und hören.",
  "Does it present itself with a human-like name, avatar or voice?":
    "Tritt es mit einem menschlich wirkenden Namen, Avatar oder einer menschlichen Stimme auf?",
  'The Commission\'s Art 50 guidelines treat this as pointing against obviousness. For example: a chat assistant called "Sophie" with a photo of a person.':
    "Die Leitlinien der Kommission zu Art 50 werten dies als Hinweis gegen Offensichtlichkeit. Zum Beispiel: ein Chat-Assistent namens „Sophie“ mit dem Foto eines Menschen.",
  "Which kinds of content does it generate or change (text, images, audio, video)?":
    "Welche Arten von Inhalten erzeugt oder verändert es (Text, Bilder, Audio, Video)?",
  "Synthetic content is content generated or manipulated by AI. Leave empty if none. For example: a chatbot generates text; a photo app that replaces backgrounds manipulates images.":
    "Synthetische Inhalte sind von KI erzeugte oder manipulierte Inhalte. Leer lassen, wenn keine. Zum Beispiel: Ein Chatbot erzeugt Text; eine Foto-App, die Hintergründe ersetzt, manipuliert Bilder.",
  "Your product owner, who knows what the system outputs to users.":
    "Ihr Product Owner, der weiß, was das System an Nutzer ausgibt.",
  Text: "Text",
  Images: "Bilder",
  Audio: "Audio",
  Video: "Video",
  "Does one of these describe what it generates?": "Beschreibt eines davon, was es erzeugt?",
  "Out of the marking duty: assisting standard editing, not substantially altering the input or its meaning, and, per the Commission guidelines, source code, short labels, content that only ranks existing material, machine-to-machine output, intermediate outputs in closed workflows. For example: spell-checking or cropping a photo is standard editing; generating a new image from a prompt is none of these.":
    "Nicht unter die Kennzeichnungspflicht fallen: Unterstützung bei der Standardbearbeitung, keine wesentliche Veränderung der Eingabe oder ihrer Bedeutung und, laut den Leitlinien der Kommission, Quellcode, kurze Beschriftungen, Inhalte, die nur vorhandenes Material ordnen, Maschine-zu-Maschine-Ausgaben und Zwischenergebnisse in geschlossenen Arbeitsabläufen. Zum Beispiel: Rechtschreibprüfung oder das Zuschneiden eines Fotos ist Standardbearbeitung; ein neues Bild aus einem Prompt zu erzeugen, ist nichts davon.",
  "The engineering lead who knows what the generation feature changes in the user's input.":
    "Die technische Leitung, die weiß, was die Generierungsfunktion an der Eingabe des Nutzers verändert.",
  "It only assists standard editing": "Es unterstützt nur die Standardbearbeitung",
  "It does not substantially alter the input or its meaning":
    "Es verändert die Eingabe oder ihre Bedeutung nicht wesentlich",
  "Its output is outside Art 50(2) per the guidelines (code, labels, ranking, machine-to-machine)":
    "Seine Ausgabe fällt laut den Leitlinien nicht unter Art 50(2) (Code, Beschriftungen, Ranking, Maschine-zu-Maschine)",
  "Do you use it to make images, audio or video that look real and show real people, places or events as they never were?":
    "Verwenden Sie es, um echt wirkende Bilder, Audio- oder Videoinhalte zu erstellen, die reale Personen, Orte oder Ereignisse so zeigen, wie sie nie waren?",
  "These are deep fakes: AI-generated or manipulated image, audio or video resembling existing persons, objects, places, entities or events that would falsely appear authentic. Deployers must disclose that such content is AI-generated. For example: an advert in which a real celebrity appears to say something they never said.":
    "Das sind Deepfakes: durch KI erzeugte oder manipulierte Bild-, Ton- oder Videoinhalte, die wirklichen Personen, Gegenständen, Orten, Einrichtungen oder Ereignissen ähneln und fälschlicherweise als echt erscheinen würden. Betreiber müssen offenlegen, dass solche Inhalte KI-generiert sind. Zum Beispiel: eine Werbung, in der ein realer Prominenter etwas zu sagen scheint, das er nie gesagt hat.",
  "Your marketing or communications lead, who knows what content is published with the system.":
    "Ihre Marketing- oder Kommunikationsleitung, die weiß, welche Inhalte mit dem System veröffentlicht werden.",
  "Is the content part of an evidently artistic, creative, satirical or fictional work?":
    "Ist der Inhalt Teil eines offensichtlich künstlerischen, kreativen, satirischen oder fiktionalen Werks?",
  "The duty then shrinks to disclosing that such content exists, without hampering the work. For example: a satirical video sketch or a feature film using a digitally recreated actor.":
    "Die Pflicht beschränkt sich dann darauf, das Vorhandensein solcher Inhalte offenzulegen, ohne das Werk zu beeinträchtigen. Zum Beispiel: ein satirischer Videosketch oder ein Spielfilm mit einem digital nachgebildeten Schauspieler.",
  "Do you publish AI-generated text to inform the public on matters of public interest?":
    "Veröffentlichen Sie KI-generierte Texte, um die Öffentlichkeit über Angelegenheiten von öffentlichem Interesse zu informieren?",
  "Deployers must disclose this unless the text has human editorial control and someone holds editorial responsibility. For example: AI-written news articles, or public notices about health, elections or the economy.":
    "Betreiber müssen dies offenlegen, es sei denn, der Text wurde einer menschlichen redaktionellen Kontrolle unterzogen und jemand trägt die redaktionelle Verantwortung. Zum Beispiel: von KI geschriebene Nachrichtenartikel oder öffentliche Bekanntmachungen zu Gesundheit, Wahlen oder Wirtschaft.",
  "Your communications lead or editor-in-chief.": "Ihre Kommunikationsleitung oder Chefredaktion.",
  "Does a person review or edit that text before it is published, and take editorial responsibility for it?":
    "Prüft oder bearbeitet ein Mensch diesen Text vor der Veröffentlichung und übernimmt dafür die redaktionelle Verantwortung?",
  "This removes only the text disclosure duty. For example: an editor who checks and signs off every AI-drafted article.":
    "Dadurch entfällt nur die Offenlegungspflicht für Text. Zum Beispiel: eine Redakteurin, die jeden von KI entworfenen Artikel prüft und freigibt.",
  "Does a law expressly allow the system to be used to detect, prevent, investigate or prosecute crimes?":
    "Erlaubt ein Gesetz ausdrücklich, das System zur Aufdeckung, Verhütung, Ermittlung oder Verfolgung von Straftaten zu verwenden?",
  "Systems authorised by law for these purposes are exempt from most Art 50 duties. For example: a police tool generating synthetic voices for undercover work under a national police act.":
    "Gesetzlich für diese Zwecke zugelassene Systeme sind von den meisten Pflichten nach Art 50 ausgenommen. Zum Beispiel: ein Polizeiwerkzeug, das für verdeckte Ermittlungen synthetische Stimmen erzeugt, auf Grundlage eines nationalen Polizeigesetzes.",
  "Your legal team, from the law under which the authority uses the system.":
    "Ihre Rechtsabteilung, anhand des Gesetzes, nach dem die Behörde das System verwendet.",
  "Can the public use it to report a criminal offence?": "Kann die Öffentlichkeit damit eine Straftat anzeigen?",
  "Then the interaction disclosure of Art 50(1) still applies. For example: a police chatbot where people report a stolen bike.":
    "Dann gilt die Offenlegung der Interaktion nach Art 50(1) weiterhin. Zum Beispiel: ein Polizei-Chatbot, über den Menschen ein gestohlenes Fahrrad melden.",
  "Your product owner, who knows who can reach the system.":
    "Ihr Product Owner, der weiß, wer das System erreichen kann.",
};
