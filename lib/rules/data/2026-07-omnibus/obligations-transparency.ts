import type { ObligationTemplate } from "../types";

/** Art 50: cumulative with any tier (Art 50(6)); not deferred by the Omnibus. */
export const TRANSPARENCY_OBLIGATIONS: readonly ObligationTemplate[] = [
  {
    code: "art50.interaction_disclosure",
    role: "provider",
    trigger: "art50p1",
    article: "Art 50(1)",
    title: "Disclose AI interaction",
    summary:
      "Design the system so people are told they are interacting with AI, unless obvious in context. AI agents should also say on whose behalf they act.",
    appliesFrom: "general",
  },
  {
    code: "art50.content_marking",
    role: "provider",
    trigger: "art50p2",
    article: "Art 50(2)",
    title: "Mark synthetic content",
    summary:
      "Mark generated or manipulated audio, image, video or text in a machine-readable, detectable way, using effective, interoperable, robust and reliable solutions.",
    appliesFrom: "art50Marking",
  },
  {
    code: "art50.emotion_biometric_notice",
    role: "deployer",
    trigger: "art50p3",
    article: "Art 50(3)",
    title: "Inform people exposed to emotion recognition or biometric categorisation",
    summary: "Inform exposed persons of the system's operation and process their data under the GDPR, EUDPR or LED.",
    appliesFrom: "general",
  },
  {
    code: "art50.deep_fake_disclosure",
    role: "deployer",
    trigger: "art50p4DeepFake",
    article: "Art 50(4), first subparagraph",
    title: "Disclose deep fakes",
    summary: "Disclose that image, audio or video content you publish is artificially generated or manipulated.",
    appliesFrom: "general",
  },
  {
    code: "art50.deep_fake_disclosure",
    role: "deployer",
    trigger: "art50p4DeepFakeArtistic",
    article: "Art 50(4), first subparagraph",
    title: "Disclose deep fakes (artistic work)",
    summary:
      "For evidently artistic, creative, satirical or fictional work, disclose the existence of generated content in a way that does not hamper its display or enjoyment.",
    appliesFrom: "general",
  },
  {
    code: "art50.public_interest_text_disclosure",
    role: "deployer",
    trigger: "art50p4Text",
    article: "Art 50(4), second subparagraph",
    title: "Disclose AI-generated public-interest text",
    summary:
      "Disclose that text published to inform the public on matters of public interest is AI-generated or manipulated.",
    appliesFrom: "general",
  },
  {
    code: "art50.information_form",
    role: "provider",
    trigger: "art50p5Provider",
    article: "Art 50(5)",
    title: "Clear, timely, accessible information",
    summary:
      "Give the Art 50 information clearly and distinguishably, at the latest at first interaction or exposure, meeting accessibility requirements.",
    appliesFrom: "art50ProviderInformation",
  },
  {
    code: "art50.information_form",
    role: "deployer",
    trigger: "art50p5Deployer",
    article: "Art 50(5)",
    title: "Clear, timely, accessible information",
    summary:
      "Give the Art 50 information clearly and distinguishably, at the latest at first interaction or exposure, meeting accessibility requirements.",
    appliesFrom: "general",
  },
];
