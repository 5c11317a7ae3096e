import type { Catalogue } from "../../types";

// The "transparency" group of lib/rules/questionnaire/groups/transparency.ts, keyed by the English text.
export const TRANSPARENCY: Catalogue = {
  "Transparency (Art 50)": "Transparence (Art 50)",
  "Do people talk or interact with the system directly (chat, voice, agents acting for users)?":
    "Des personnes parlent-elles ou interagissent-elles directement avec le système (chat, voix, agents agissant pour des utilisateurs) ?",
  "Art 50(1) covers systems intended to interact directly with natural persons; this requires a genuine conversational or responsive exchange. For example: a customer-service chatbot, a voice assistant on a phone line, or an agent that books appointments by e-mail; a model that scores loans in the background does not interact.":
    "L'Art 50(1) vise les systèmes destinés à interagir directement avec des personnes physiques ; cela suppose un véritable échange conversationnel ou réactif. Par exemple : un chatbot de service client, un assistant vocal sur une ligne téléphonique, ou un agent qui prend des rendez-vous par e-mail ; un modèle qui note des prêts en arrière-plan n'interagit pas.",
  "Your product owner, who knows how people reach the system.":
    "Votre product owner, qui sait comment les personnes accèdent au système.",
  "Would a reasonably attentive person see straight away, without being told, that they are dealing with AI?":
    "Une personne raisonnablement attentive verrait-elle immédiatement, sans qu'on le lui dise, qu'elle a affaire à une IA ?",
  'The exception applies where it is obvious to a reasonably well-informed, observant and circumspect person, in context; it is read restrictively. A human-like name, avatar or voice points against obviousness. For example: a robot vacuum\'s voice prompts are obviously AI; a support chat signed "Anna" is not.':
    "L'exception s'applique lorsque cela ressort clairement du point de vue d'une personne raisonnablement bien informée, observatrice et circonspecte, compte tenu du contexte ; elle s'interprète de manière restrictive. Un nom, un avatar ou une voix d'apparence humaine plaide contre l'évidence. Par exemple : les messages vocaux d'un robot aspirateur sont manifestement de l'IA ; un chat d'assistance signé « Anna », non.",
  "Your UX or product designer, who knows what users see and hear.":
    "Votre designer UX ou produit, qui sait ce que les utilisateurs voient et entendent.",
  "Does it present itself with a human-like name, avatar or voice?":
    "Se présente-t-il avec un nom, un avatar ou une voix d'apparence humaine ?",
  'The Commission\'s Art 50 guidelines treat this as pointing against obviousness. For example: a chat assistant called "Sophie" with a photo of a person.':
    "Les lignes directrices de la Commission sur l'Art 50 y voient un indice contre l'évidence. Par exemple : un assistant de chat appelé « Sophie » avec la photo d'une personne.",
  "Which kinds of content does it generate or change (text, images, audio, video)?":
    "Quels types de contenus génère-t-il ou modifie-t-il (texte, images, audio, vidéo) ?",
  "Synthetic content is content generated or manipulated by AI. Leave empty if none. For example: a chatbot generates text; a photo app that replaces backgrounds manipulates images.":
    "Un contenu de synthèse est un contenu généré ou manipulé par l'IA. Laissez vide s'il n'y en a aucun. Par exemple : un chatbot génère du texte ; une application photo qui remplace l'arrière-plan manipule des images.",
  "Your product owner, who knows what the system outputs to users.":
    "Votre product owner, qui sait ce que le système fournit aux utilisateurs.",
  Text: "Texte",
  Images: "Images",
  Audio: "Audio",
  Video: "Vidéo",
  "Does one of these describe what it generates?": "L'un de ces cas décrit-il ce qu'il génère ?",
  "Out of the marking duty: assisting standard editing, not substantially altering the input or its meaning, and, per the Commission guidelines, source code, short labels, content that only ranks existing material, machine-to-machine output, intermediate outputs in closed workflows. For example: spell-checking or cropping a photo is standard editing; generating a new image from a prompt is none of these.":
    "Hors de l'obligation de marquage : l'assistance à la mise en forme standard, l'absence de modification substantielle des données d'entrée ou de leur sens et, selon les lignes directrices de la Commission, le code source, les libellés courts, les contenus qui ne font que classer des éléments existants, les sorties de machine à machine et les résultats intermédiaires de flux de travail fermés. Par exemple : la correction orthographique ou le recadrage d'une photo relèvent de la mise en forme standard ; générer une nouvelle image à partir d'une requête ne relève d'aucun de ces cas.",
  "The engineering lead who knows what the generation feature changes in the user's input.":
    "Le responsable technique qui sait ce que la fonction de génération modifie dans les données saisies par l'utilisateur.",
  "It only assists standard editing": "Il ne fait qu'assister la mise en forme standard",
  "It does not substantially alter the input or its meaning":
    "Il ne modifie pas substantiellement les données d'entrée ni leur sens",
  "Its output is outside Art 50(2) per the guidelines (code, labels, ranking, machine-to-machine)":
    "Ses sorties sortent de l'Art 50(2) selon les lignes directrices (code, libellés, classement, machine à machine)",
  "Do you use it to make images, audio or video that look real and show real people, places or events as they never were?":
    "L'utilisez-vous pour produire des images, du son ou des vidéos réalistes montrant des personnes, des lieux ou des événements réels tels qu'ils n'ont jamais été ?",
  "These are deep fakes: AI-generated or manipulated image, audio or video resembling existing persons, objects, places, entities or events that would falsely appear authentic. Deployers must disclose that such content is AI-generated. For example: an advert in which a real celebrity appears to say something they never said.":
    "Ce sont des hypertrucages : des images ou contenus audio ou vidéo générés ou manipulés par l'IA, présentant une ressemblance avec des personnes, objets, lieux, entités ou événements existants, et que l'on pourrait croire authentiques. Les déployeurs doivent indiquer que ces contenus ont été générés par l'IA. Par exemple : une publicité dans laquelle une célébrité réelle semble dire quelque chose qu'elle n'a jamais dit.",
  "Your marketing or communications lead, who knows what content is published with the system.":
    "Votre responsable marketing ou communication, qui sait quels contenus sont publiés avec le système.",
  "Is the content part of an evidently artistic, creative, satirical or fictional work?":
    "Le contenu fait-il partie d'une œuvre manifestement artistique, créative, satirique ou fictive ?",
  "The duty then shrinks to disclosing that such content exists, without hampering the work. For example: a satirical video sketch or a feature film using a digitally recreated actor.":
    "L'obligation se limite alors à signaler l'existence de tels contenus, sans entraver l'œuvre. Par exemple : un sketch vidéo satirique ou un long métrage utilisant un acteur recréé numériquement.",
  "Do you publish AI-generated text to inform the public on matters of public interest?":
    "Publiez-vous des textes générés par l'IA pour informer le public sur des questions d'intérêt public ?",
  "Deployers must disclose this unless the text has human editorial control and someone holds editorial responsibility. For example: AI-written news articles, or public notices about health, elections or the economy.":
    "Les déployeurs doivent l'indiquer, sauf si le texte a fait l'objet d'un contrôle éditorial humain et qu'une personne en assume la responsabilité éditoriale. Par exemple : des articles d'actualité rédigés par l'IA, ou des avis publics sur la santé, les élections ou l'économie.",
  "Your communications lead or editor-in-chief.": "Votre responsable communication ou votre rédacteur en chef.",
  "Does a person review or edit that text before it is published, and take editorial responsibility for it?":
    "Une personne relit-elle ou modifie-t-elle ce texte avant sa publication, et en assume-t-elle la responsabilité éditoriale ?",
  "This removes only the text disclosure duty. For example: an editor who checks and signs off every AI-drafted article.":
    "Cela ne supprime que l'obligation d'information pour les textes. Par exemple : un rédacteur qui vérifie et valide chaque article rédigé par l'IA.",
  "Does a law expressly allow the system to be used to detect, prevent, investigate or prosecute crimes?":
    "Une loi autorise-t-elle expressément l'utilisation du système pour détecter, prévenir, rechercher ou poursuivre des infractions ?",
  "Systems authorised by law for these purposes are exempt from most Art 50 duties. For example: a police tool generating synthetic voices for undercover work under a national police act.":
    "Les systèmes autorisés par la loi à ces fins sont exemptés de la plupart des obligations de l'Art 50. Par exemple : un outil de police qui génère des voix de synthèse pour des opérations sous couverture en vertu d'une loi nationale de police.",
  "Your legal team, from the law under which the authority uses the system.":
    "Votre service juridique, d'après la loi en vertu de laquelle l'autorité utilise le système.",
  "Can the public use it to report a criminal offence?":
    "Le public peut-il l'utiliser pour signaler une infraction pénale ?",
  "Then the interaction disclosure of Art 50(1) still applies. For example: a police chatbot where people report a stolen bike.":
    "L'information sur l'interaction prévue à l'Art 50(1) s'applique alors toujours. Par exemple : un chatbot de police sur lequel on signale le vol d'un vélo.",
  "Your product owner, who knows who can reach the system.":
    "Votre product owner, qui sait qui peut accéder au système.",
};
