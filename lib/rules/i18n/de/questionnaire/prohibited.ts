import type { Catalogue } from "../../types";

// The "prohibited" group of lib/rules/questionnaire/groups/prohibited.ts, keyed by the English text.
export const PROHIBITED: Catalogue = {
  "Prohibited practices": "Verbotene Praktiken",
  "Does the system use hidden, manipulative or deceptive tricks that push people into choices they would not otherwise make?":
    "Nutzt das System versteckte, manipulative oder täuschende Tricks, die Menschen zu Entscheidungen drängen, die sie sonst nicht treffen würden?",
  "Art 5(1)(a) covers subliminal techniques beyond a person's awareness, and purposefully manipulative or deceptive techniques that materially distort behaviour. Intent is not required: the effect is enough. For example: a shopping assistant that invents false scarcity (\"only 1 left, 3 people are looking\") tuned to each user's weak points.":
    "Art 5(1)(a) erfasst Techniken der unterschwelligen Beeinflussung jenseits des Bewusstseins einer Person sowie absichtlich manipulative oder täuschende Techniken, die das Verhalten wesentlich verzerren. Absicht ist nicht erforderlich: Die Wirkung genügt. Zum Beispiel: ein Shopping-Assistent, der falsche Knappheit erfindet („nur noch 1 verfügbar, 3 Personen sehen es sich an“), abgestimmt auf die Schwachstellen jedes Nutzers.",
  "Your product owner, with the UX or growth lead who designs how the system nudges users.":
    "Ihr Product Owner, zusammen mit der UX- oder Growth-Leitung, die gestaltet, wie das System Nutzer lenkt.",
  "What is the effect of those techniques?": "Welche Wirkung haben diese Techniken?",
  "Banned only where they cause, or are reasonably likely to cause, significant harm. Lawful, standard commercial practices such as advertising, and therapeutic practices under medical standards with consent, are not covered (recital 29). For example: pushing people into loans they cannot repay is significant financial harm; a personalised advert is standard practice.":
    "Verboten nur, wenn sie einen erheblichen Schaden verursachen oder mit hinreichender Wahrscheinlichkeit verursachen. Rechtmäßige übliche Geschäftspraktiken wie Werbung und therapeutische Praktiken nach medizinischen Standards mit Einwilligung sind nicht erfasst (Erwägungsgrund 29). Zum Beispiel: Menschen zu Krediten drängen, die sie nicht zurückzahlen können, ist ein erheblicher finanzieller Schaden; eine personalisierte Werbung ist übliche Praxis.",
  "Your product owner, with your legal or consumer-protection adviser.":
    "Ihr Product Owner, zusammen mit Ihrer Rechts- oder Verbraucherschutzberatung.",
  "It causes or is reasonably likely to cause significant physical, psychological or financial harm":
    "Sie verursachen einen erheblichen physischen, psychischen oder finanziellen Schaden oder tun dies mit hinreichender Wahrscheinlichkeit",
  "Lawful standard advertising, or consented therapeutic practice":
    "Rechtmäßige übliche Werbung oder therapeutische Praxis mit Einwilligung",
  "No significant harm is likely": "Kein erheblicher Schaden zu erwarten",
  "Does it take advantage of people's age, disability or difficult social or economic situation to change their behaviour?":
    "Nutzt es das Alter, eine Behinderung oder eine schwierige soziale oder wirtschaftliche Lage von Menschen aus, um ihr Verhalten zu ändern?",
  "Art 5(1)(b) applies to anyone, including private actors. Extreme poverty and ethnic or religious minorities are examples of such situations. For example: a game that targets children with pressure to buy, or a lender's bot that targets people in debt with high-cost offers.":
    "Art 5(1)(b) gilt für alle, auch für private Akteure. Extreme Armut und ethnische oder religiöse Minderheiten sind Beispiele solcher Lagen. Zum Beispiel: ein Spiel, das Kinder mit Kaufdruck anspricht, oder der Bot eines Kreditgebers, der verschuldeten Menschen teure Angebote macht.",
  "Your product owner, with the marketing lead who decides whom the system targets.":
    "Ihr Product Owner, zusammen mit der Marketingleitung, die entscheidet, wen das System anspricht.",
  "Does that cause, or is it reasonably likely to cause, significant harm?":
    "Verursacht das einen erheblichen Schaden oder ist dies hinreichend wahrscheinlich?",
  "The ban needs significant harm or its reasonable likelihood. For example: a child spending large sums or an indebted person taking a loan they cannot repay.":
    "Das Verbot setzt einen erheblichen Schaden oder dessen hinreichende Wahrscheinlichkeit voraus. Zum Beispiel: ein Kind, das große Summen ausgibt, oder eine verschuldete Person, die einen Kredit aufnimmt, den sie nicht zurückzahlen kann.",
  "Yes, significant harm is caused or likely": "Ja, ein erheblicher Schaden entsteht oder ist wahrscheinlich",
  "Does it rate people over time from their social behaviour or personal traits, giving them a score?":
    "Bewertet es Menschen über einen Zeitraum anhand ihres sozialen Verhaltens oder persönlicher Merkmale und vergibt ihnen eine Punktzahl?",
  "Social scoring (Art 5(1)(c)) is evaluating or classifying people over time based on social behaviour or known, inferred or predicted personal characteristics. It covers public and private actors alike. For example: a landlord app scoring tenants on their social-media activity and friends.":
    "Social Scoring (Art 5(1)(c)) ist die Bewertung oder Einstufung von Menschen über einen Zeitraum auf Grundlage ihres sozialen Verhaltens oder bekannter, abgeleiteter oder vorhergesagter persönlicher Eigenschaften. Es erfasst öffentliche und private Akteure gleichermaßen. Zum Beispiel: eine Vermieter-App, die Mieter nach ihrer Aktivität in sozialen Medien und ihren Freunden bewertet.",
  "Your product owner or the data-science lead who knows which data feeds the score.":
    "Ihr Product Owner oder die Data-Science-Leitung, die weiß, welche Daten in die Punktzahl einfließen.",
  "What does the score lead to?": "Wozu führt die Punktzahl?",
  "Select all that apply: any banned consequence makes the whole practice banned. Banned where the score leads to detrimental treatment in unrelated social contexts, or treatment unjustified or disproportionate to the behaviour. Lawful, purpose-specific evaluations under Union or national law, such as lawful credit scoring, are not social scoring (they may be Annex III high-risk instead). For example: refusing someone a flat because of their score from a shopping app is an unrelated context.":
    "Wählen Sie alles Zutreffende: Jede verbotene Folge macht die gesamte Praktik verboten. Verboten, wenn die Punktzahl zu einer Schlechterstellung in sozialen Zusammenhängen führt, die nicht mit dem Entstehungskontext zusammenhängen, oder zu einer Behandlung, die ungerechtfertigt oder unverhältnismäßig zum Verhalten ist. Rechtmäßige, zweckgebundene Bewertungen nach Unionsrecht oder nationalem Recht, etwa eine rechtmäßige Bonitätsbewertung, sind kein Social Scoring (sie können stattdessen nach Anhang III hochriskant sein). Zum Beispiel: jemandem wegen seiner Punktzahl aus einer Shopping-App eine Wohnung zu verweigern, ist ein unzusammenhängender Kontext.",
  "Your product owner, who knows the decisions the score feeds into.":
    "Ihr Product Owner, der die Entscheidungen kennt, in die die Punktzahl einfließt.",
  "Worse treatment in situations unrelated to where the data came from":
    "Schlechterstellung in Situationen, die nichts mit der Herkunft der Daten zu tun haben",
  "Treatment unjustified or out of proportion to the behaviour or its gravity":
    "Behandlung, die ungerechtfertigt oder unverhältnismäßig zum Verhalten oder dessen Tragweite ist",
  "Only a lawful, purpose-specific evaluation (e.g. credit scoring within the law)":
    "Nur eine rechtmäßige, zweckgebundene Bewertung (z. B. Bonitätsbewertung im Rahmen des Gesetzes)",
  "Does it predict whether a particular person will commit a crime?":
    "Sagt es vorher, ob eine bestimmte Person eine Straftat begehen wird?",
  "Banned when based solely on profiling (automated evaluation of personal aspects) or personality traits. Tools supporting a human assessment already based on objective, verifiable facts linked to a crime are not banned (they are Annex III 6(d)). Place-based predictive policing and risk assessment of companies are outside the ban. For example: rating a person as a likely offender from their postcode, age and friends is banned; flagging neighbourhoods for patrols is place-based.":
    "Verboten, wenn ausschließlich auf Profiling (automatisierte Bewertung persönlicher Aspekte) oder Persönlichkeitsmerkmalen beruhend. Werkzeuge, die eine menschliche Bewertung unterstützen, die bereits auf objektiven und überprüfbaren Tatsachen im Zusammenhang mit einer Straftat beruht, sind nicht verboten (sie fallen unter Anhang III 6(d)). Ortsbezogene vorausschauende Polizeiarbeit und die Risikobewertung von Unternehmen fallen nicht unter das Verbot. Zum Beispiel: Eine Person anhand von Postleitzahl, Alter und Freunden als wahrscheinlichen Straftäter einzustufen, ist verboten; Stadtviertel für Streifen zu markieren, ist ortsbezogen.",
  "Your product owner or the data-science lead who knows which data the prediction uses.":
    "Ihr Product Owner oder die Data-Science-Leitung, die weiß, welche Daten die Vorhersage verwendet.",
  "Yes, based only on profiling or personality traits":
    "Ja, nur auf Grundlage von Profiling oder Persönlichkeitsmerkmalen",
  "It supports a human assessment based on objective, verifiable facts":
    "Es unterstützt eine menschliche Bewertung auf Grundlage objektiver, überprüfbarer Tatsachen",
  "It predicts crime by place, not by person": "Es sagt Straftaten nach Ort vorher, nicht nach Person",
  "It assesses companies (legal persons) only": "Es bewertet nur Unternehmen (juristische Personen)",
  "Does it collect face images in bulk from the internet or CCTV to build or grow a face-recognition database?":
    "Sammelt es massenhaft Gesichtsbilder aus dem Internet oder von Überwachungskameras, um eine Gesichtserkennungsdatenbank aufzubauen oder zu erweitern?",
  "Art 5(1)(e) bans creating or expanding facial-recognition databases by untargeted scraping. There is no exception, including for law enforcement. For example: crawling social-media profile photos to train a face-search engine.":
    "Art 5(1)(e) verbietet das Erstellen oder Erweitern von Gesichtserkennungsdatenbanken durch ungezieltes Auslesen. Es gibt keine Ausnahme, auch nicht für die Strafverfolgung. Zum Beispiel: Profilfotos aus sozialen Medien crawlen, um eine Gesichtssuchmaschine zu trainieren.",
  "The data-engineering lead who knows where the training and reference images come from.":
    "Die Data-Engineering-Leitung, die weiß, woher die Trainings- und Referenzbilder stammen.",
  "Can it create or alter realistic intimate images, video or audio of a real, identifiable person without their explicit consent?":
    "Kann es realistische intime Bilder, Videos oder Audioaufnahmen einer realen, identifizierbaren Person ohne deren ausdrückliche Einwilligung erzeugen oder verändern?",
  'Art 5(1)(ba) covers systems intended for this, or that can foreseeably do it without significant modification and lack adequate safeguards. Manipulation that does not increase exposure of intimate parts or change the sexual activity depicted is not covered (Art 5(1b)). Applies from 2 December 2026. For example: an image generator that can "undress" an uploaded photo of a real person and has no filter against it.':
    "Art 5(1)(ba) erfasst Systeme, die dafür bestimmt sind oder dies vorhersehbar ohne wesentliche Änderung tun können und keine angemessenen Schutzvorkehrungen haben. Eine Manipulation, die die Entblößung intimer Körperteile nicht erhöht oder die dargestellte sexuelle Handlung nicht ändert, ist nicht erfasst (Art 5(1b)). Gilt ab dem 2. Dezember 2026. Zum Beispiel: ein Bildgenerator, der ein hochgeladenes Foto einer realen Person „ausziehen“ kann und keinen Filter dagegen hat.",
  "The engineering lead responsible for the model's content filters and red-team results.":
    "Die technische Leitung, die für die Inhaltsfilter des Modells und die Red-Team-Ergebnisse verantwortlich ist.",
  "Yes, that is an intended purpose": "Ja, das ist eine Zweckbestimmung",
  "It could do so without significant changes, and nothing adequate stops it":
    "Es könnte dies ohne wesentliche Änderungen tun, und nichts Angemessenes hindert es daran",
  "It could, but adequate safeguards prevent it and correct misuse":
    "Es könnte es, aber angemessene Schutzvorkehrungen verhindern es und korrigieren Missbrauch",
  "Do you use the system to create such intimate images of real people?":
    "Verwenden Sie das System, um solche intimen Bilder realer Menschen zu erzeugen?",
  "Use for that purpose is banned whatever the provider intended or built in. Only using it that way is banned for a user; the capability itself is the provider's matter. For example: a marketing team using a general image generator to put a real person's face on nude images.":
    "Die Verwendung zu diesem Zweck ist verboten, unabhängig davon, was der Anbieter vorgesehen oder eingebaut hat. Für einen Nutzer ist nur diese Art der Verwendung verboten; die Fähigkeit selbst ist Sache des Anbieters. Zum Beispiel: ein Marketingteam, das mit einem allgemeinen Bildgenerator das Gesicht einer realen Person auf Nacktbilder setzt.",
  "The team lead responsible for how your organisation uses the system, from its usage policy and logs.":
    "Die Teamleitung, die dafür verantwortlich ist, wie Ihre Organisation das System verwendet, anhand der Nutzungsrichtlinie und der Protokolle.",
  "Can it create or alter child sexual abuse material?":
    "Kann es Darstellungen sexuellen Missbrauchs von Kindern erzeugen oder verändern?",
  "Within Art 2(c) and (e) of Directive 2011/93/EU, covering systems intended for it, or that can foreseeably do it without significant modification and lack adequate safeguards. Applies from 2 December 2026. For example: an image generator without filters that blocks prompts sexualising minors.":
    "Im Sinne von Art 2(c) und (e) der Richtlinie 2011/93/EU; erfasst sind Systeme, die dafür bestimmt sind oder dies vorhersehbar ohne wesentliche Änderung tun können und keine angemessenen Schutzvorkehrungen haben. Gilt ab dem 2. Dezember 2026. Zum Beispiel: ein Bildgenerator ohne Filter, die Prompts blockieren, welche Minderjährige sexualisieren.",
  "Do you use the system to create child sexual abuse material?":
    "Verwenden Sie das System, um Darstellungen sexuellen Missbrauchs von Kindern zu erzeugen?",
  "Use for that purpose is banned whatever the provider intended or built in. Only using it that way is banned for a user; the capability itself is the provider's matter. For example: any use of a general image generator to produce such material.":
    "Die Verwendung zu diesem Zweck ist verboten, unabhängig davon, was der Anbieter vorgesehen oder eingebaut hat. Für einen Nutzer ist nur diese Art der Verwendung verboten; die Fähigkeit selbst ist Sache des Anbieters. Zum Beispiel: jede Verwendung eines allgemeinen Bildgenerators, um solches Material zu erzeugen.",
  "Is that work permitted by national law (done 'with right'), for example authorised law-enforcement work?":
    "Ist diese Tätigkeit nach nationalem Recht zulässig („befugt“), zum Beispiel genehmigte Arbeit der Strafverfolgung?",
  "The ban follows Directive 2011/93/EU, which only covers conduct 'without right'. For example: a police unit authorised by law to generate decoy material in an undercover investigation.":
    "Das Verbot folgt der Richtlinie 2011/93/EU, die nur „unbefugtes“ Handeln erfasst. Zum Beispiel: eine gesetzlich befugte Polizeieinheit, die in einer verdeckten Ermittlung Täuschungsmaterial erzeugt.",
  "Your legal team, from the national law that authorises the work.":
    "Ihre Rechtsabteilung, anhand des nationalen Rechts, das die Tätigkeit erlaubt.",
};
