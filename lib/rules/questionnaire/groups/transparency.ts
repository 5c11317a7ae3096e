import { SYNTHETIC_CONTENT, SYNTHETIC_EXEMPTIONS } from "../../profile/options";
import { IS_AI_SYSTEM_CANDIDATE, USES_SYSTEM, options } from "../shared";
import type { QuestionGroup } from "../types";

export const TRANSPARENCY_GROUP: QuestionGroup = {
  id: "transparency",
  title: "Transparency (Art 50)",
  questions: [
    {
      id: "interactsWithPersons",
      prompt: "Do people talk or interact with the system directly (chat, voice, agents acting for users)?",
      help: "Art 50(1) covers systems intended to interact directly with natural persons; this requires a genuine conversational or responsive exchange. For example: a customer-service chatbot, a voice assistant on a phone line, or an agent that books appointments by e-mail; a model that scores loans in the background does not interact.",
      citation: "Art 50(1)",
      whoCanAnswer: "Your product owner, who knows how people reach the system.",
      type: "boolean",
      when: IS_AI_SYSTEM_CANDIDATE,
    },
    {
      id: "aiObvious",
      prompt:
        "Would a reasonably attentive person see straight away, without being told, that they are dealing with AI?",
      help: 'The exception applies where it is obvious to a reasonably well-informed, observant and circumspect person, in context; it is read restrictively. A human-like name, avatar or voice points against obviousness. For example: a robot vacuum\'s voice prompts are obviously AI; a support chat signed "Anna" is not.',
      citation: "Art 50(1)",
      whoCanAnswer: "Your UX or product designer, who knows what users see and hear.",
      type: "boolean",
      when: { field: "interactsWithPersons", equals: true },
    },
    {
      id: "humanLikePersona",
      prompt: "Does it present itself with a human-like name, avatar or voice?",
      help: 'The Commission\'s Art 50 guidelines treat this as pointing against obviousness. For example: a chat assistant called "Sophie" with a photo of a person.',
      citation: "Art 50(1); Commission Art 50 Guidelines C(2026) 5054",
      whoCanAnswer: "Your UX or product designer, who knows what users see and hear.",
      type: "boolean",
      when: { field: "aiObvious", equals: true },
    },
    {
      id: "syntheticContent",
      prompt: "Which kinds of content does it generate or change (text, images, audio, video)?",
      help: "Synthetic content is content generated or manipulated by AI. Leave empty if none. For example: a chatbot generates text; a photo app that replaces backgrounds manipulates images.",
      citation: "Art 50(2), Art 50(4)",
      whoCanAnswer: "Your product owner, who knows what the system outputs to users.",
      type: "multi",
      when: IS_AI_SYSTEM_CANDIDATE,
      options: options(SYNTHETIC_CONTENT, { text: "Text", image: "Images", audio: "Audio", video: "Video" }),
    },
    {
      id: "syntheticContentExemption",
      prompt: "Does one of these describe what it generates?",
      help: "Out of the marking duty: assisting standard editing, not substantially altering the input or its meaning, and, per the Commission guidelines, source code, short labels, content that only ranks existing material, machine-to-machine output, intermediate outputs in closed workflows. For example: spell-checking or cropping a photo is standard editing; generating a new image from a prompt is none of these.",
      citation: "Art 50(2)",
      whoCanAnswer: "The engineering lead who knows what the generation feature changes in the user's input.",
      type: "single",
      when: { field: "syntheticContent", includesAny: SYNTHETIC_CONTENT },
      options: options(SYNTHETIC_EXEMPTIONS, {
        standard_editing: "It only assists standard editing",
        no_substantial_alteration: "It does not substantially alter the input or its meaning",
        outside_scope: "Its output is outside Art 50(2) per the guidelines (code, labels, ranking, machine-to-machine)",
        none: "None of these",
      }),
    },
    {
      id: "publishesDeepFakes",
      prompt:
        "Do you use it to make images, audio or video that look real and show real people, places or events as they never were?",
      help: "These are deep fakes: AI-generated or manipulated image, audio or video resembling existing persons, objects, places, entities or events that would falsely appear authentic. Deployers must disclose that such content is AI-generated. For example: an advert in which a real celebrity appears to say something they never said.",
      citation: "Art 50(4), first subparagraph; Art 3(60)",
      whoCanAnswer: "Your marketing or communications lead, who knows what content is published with the system.",
      type: "boolean",
      when: { all: [USES_SYSTEM, { field: "syntheticContent", includesAny: ["image", "audio", "video"] }] },
    },
    {
      id: "deepFakeArtistic",
      prompt: "Is the content part of an evidently artistic, creative, satirical or fictional work?",
      help: "The duty then shrinks to disclosing that such content exists, without hampering the work. For example: a satirical video sketch or a feature film using a digitally recreated actor.",
      citation: "Art 50(4), first subparagraph",
      whoCanAnswer: "Your marketing or communications lead, who knows what content is published with the system.",
      type: "boolean",
      when: { field: "publishesDeepFakes", equals: true },
    },
    {
      id: "publishesPublicInterestText",
      prompt: "Do you publish AI-generated text to inform the public on matters of public interest?",
      help: "Deployers must disclose this unless the text has human editorial control and someone holds editorial responsibility. For example: AI-written news articles, or public notices about health, elections or the economy.",
      citation: "Art 50(4), second subparagraph",
      whoCanAnswer: "Your communications lead or editor-in-chief.",
      type: "boolean",
      when: { all: [USES_SYSTEM, { field: "syntheticContent", includesAny: ["text"] }] },
    },
    {
      id: "humanEditorialResponsibility",
      prompt:
        "Does a person review or edit that text before it is published, and take editorial responsibility for it?",
      help: "This removes only the text disclosure duty. For example: an editor who checks and signs off every AI-drafted article.",
      citation: "Art 50(4), second subparagraph",
      whoCanAnswer: "Your communications lead or editor-in-chief.",
      type: "boolean",
      when: { field: "publishesPublicInterestText", equals: true },
    },
    {
      id: "authorisedByLawForCrime",
      prompt: "Does a law expressly allow the system to be used to detect, prevent, investigate or prosecute crimes?",
      help: "Systems authorised by law for these purposes are exempt from most Art 50 duties. For example: a police tool generating synthetic voices for undercover work under a national police act.",
      citation: "Art 50(1)-(4)",
      whoCanAnswer: "Your legal team, from the law under which the authority uses the system.",
      type: "boolean",
      when: { field: "intendedUsers", includesAny: ["law_enforcement"] },
    },
    {
      id: "publicCanReportCrime",
      prompt: "Can the public use it to report a criminal offence?",
      help: "Then the interaction disclosure of Art 50(1) still applies. For example: a police chatbot where people report a stolen bike.",
      citation: "Art 50(1)",
      whoCanAnswer: "Your product owner, who knows who can reach the system.",
      type: "boolean",
      when: {
        all: [
          { field: "authorisedByLawForCrime", equals: true },
          { field: "interactsWithPersons", equals: true },
        ],
      },
    },
  ],
};
