import {
  BIOMETRIC_CATEGORIES,
  BIOMETRIC_CATEGORISATION_CONTEXTS,
  EMOTION_INFERENCE,
  EMOTION_SETTINGS,
  RBI_EXCEPTIONS,
  RBI_MODES,
} from "../../profile/options";
import { IS_AI_SYSTEM_CANDIDATE, options } from "../shared";
import type { QuestionGroup } from "../types";

const IDENTIFIES = { field: "remoteBiometricIdentification", in: ["real_time", "post"] } as const;
const REAL_TIME_PUBLIC_LE = {
  all: [
    { field: "remoteBiometricIdentification", equals: "real_time" },
    { field: "publiclyAccessibleSpace", equals: true },
    { field: "rbiLawEnforcementPurpose", equals: true },
  ],
} as const;

export const BIOMETRICS_GROUP: QuestionGroup = {
  id: "biometrics",
  title: "Biometrics and emotion recognition",
  questions: [
    {
      id: "emotionInference",
      prompt: "Does the system guess people's emotions or intentions?",
      help: "Emotion recognition means inferring emotions or intentions from biometric data (face, voice, gait, heart rate, typing rhythm). Text sentiment, and inference from behaviour such as clicks, purchases or browsing, are not; nor are physical states such as pain or fatigue. If several fit, biometric data decides. For example: reading anger from callers' voices is emotion recognition, even with the transcript; purchase intent from browsing is behaviour; a classroom camera reading boredom from faces recognises emotions, one detecting only drowsiness a physical state.",
      citation: "Art 3(34), Art 3(39); recital 18",
      whoCanAnswer: "The engineering lead, or the vendor's documentation, which says what signals the system analyses.",
      type: "single",
      when: IS_AI_SYSTEM_CANDIDATE,
      options: options(EMOTION_INFERENCE, {
        biometric_emotions: "Yes, from faces, voices or other body signals (biometric data)",
        text_sentiment: "Only sentiment from text",
        physical_states_only: "Only physical states such as pain or fatigue",
        none: "No",
        behavioural_emotions: "Only from behaviour such as clicks, purchases or browsing (no biometric data)",
      }),
    },
    {
      id: "emotionSettings",
      prompt: "Where is the emotion detection used?",
      help: "Emotion recognition at work or in education is banned. The Commission reads 'workplace' to include recruitment and probation; the text does not say so expressly. For example: analysing employees' faces in video meetings is at the workplace; analysing shoppers' faces in a store is elsewhere.",
      citation: "Art 5(1)(f); Annex III 1(c)",
      whoCanAnswer: "Your product owner, who knows where and on whom the system is used.",
      type: "multi",
      when: { field: "emotionInference", equals: "biometric_emotions" },
      options: options(EMOTION_SETTINGS, {
        workplace: "At the workplace (employees)",
        education: "In education institutions",
        recruitment: "On job candidates (recruitment)",
        other: "Elsewhere (e.g. retail, customer service, vehicles)",
      }),
    },
    {
      id: "emotionMedicalOrSafety",
      prompt: "Is it used for medical or safety reasons?",
      help: "Emotion recognition at work or in education is allowed only where intended for medical or safety reasons. The Commission reads the exception narrowly; its exact scope is disputed. For example: detecting a pilot's or driver's drowsiness or panic is a safety reason; measuring staff engagement is not.",
      citation: "Art 5(1)(f)",
      whoCanAnswer: "Your product owner, with the health-and-safety or occupational-health lead.",
      type: "boolean",
      when: { field: "emotionSettings", includesAny: ["workplace", "education", "recruitment"] },
    },
    {
      id: "biometricCategorisation",
      prompt: "Does it sort people into groups based on their face, voice or other body features?",
      help: "Biometric categorisation means assigning people to categories based on their biometric data. For example: inferring age, sex or ethnicity from a face image.",
      citation: "Art 3(40)",
      whoCanAnswer:
        "The engineering lead, or the vendor's documentation, which says what the system derives from images or audio.",
      type: "boolean",
      when: IS_AI_SYSTEM_CANDIDATE,
    },
    {
      id: "biometricCategorisationAncillary",
      prompt: "Is that sorting only a technical side-feature that another service strictly needs?",
      help: "Categorisation ancillary to another commercial service and strictly necessary for objective technical reasons is not a biometric categorisation system. For example: a virtual glasses try-on that needs face shape.",
      citation: "Art 3(40)",
      whoCanAnswer: "The engineering lead who knows why the feature needs the body features it reads.",
      type: "boolean",
      when: { field: "biometricCategorisation", equals: true },
    },
    {
      id: "biometricCategories",
      prompt: "Which characteristics does it infer?",
      help: "Race, political opinions, trade-union membership, religious or philosophical beliefs, sex life and sexual orientation are banned categories. Whether sex and age are 'sensitive or protected' under Annex III 1(b) is disputed. For example: a camera guessing visitors' religion from their clothing and face infers religious beliefs.",
      citation: "Art 5(1)(g); Annex III 1(b)",
      whoCanAnswer: "The data-science lead, from the list of labels the model outputs.",
      type: "multi",
      when: { field: "biometricCategorisation", equals: true },
      options: options(BIOMETRIC_CATEGORIES, {
        race_ethnicity: "Race or ethnic origin",
        political_opinions: "Political opinions",
        trade_union_membership: "Trade-union membership",
        religious_beliefs: "Religious or philosophical beliefs",
        sex_life_orientation: "Sex life or sexual orientation",
        health_disability: "Health or disability",
        sex_gender: "Sex or gender",
        age: "Age",
        non_sensitive: "Only non-sensitive traits (e.g. hair colour)",
      }),
    },
    {
      id: "biometricCategorisationContext",
      prompt: "In what context is the sorting done?",
      help: "Labelling or filtering lawfully acquired biometric datasets, and categorisation in law enforcement, are outside the Art 5(1)(g) ban. For example: tagging a licensed face dataset by skin tone to test a model for bias is dataset labelling.",
      citation: "Art 5(1)(g)",
      whoCanAnswer: "Your product owner, with the data-protection officer who knows the lawful basis of the data.",
      type: "single",
      when: { field: "biometricCategorisation", equals: true },
      options: options(BIOMETRIC_CATEGORISATION_CONTEXTS, {
        labelling_lawful_dataset: "Labelling or filtering a lawfully acquired biometric dataset",
        law_enforcement: "Law enforcement",
        other: "Any other context",
      }),
    },
    {
      id: "remoteBiometricIdentification",
      prompt:
        "Does it recognise who people are from a distance, by matching their face, voice or gait against a database?",
      help: "Remote biometric identification works without the person's active involvement, typically at a distance, comparing them against many stored people (1:N). 1:1 verification (confirming someone is who they claim to be, including authentication) is not remote identification. For example: cameras matching passers-by against a watch list identify remotely; unlocking a phone with your face is verification.",
      citation: "Art 3(35)-(36), (41)-(43); Annex III 1(a)",
      whoCanAnswer:
        "The engineering lead, or the vendor's documentation, which says what the system compares faces or voices against.",
      type: "single",
      when: IS_AI_SYSTEM_CANDIDATE,
      options: options(RBI_MODES, {
        real_time: "Yes, in real time (live)",
        post: "Yes, after the event (from recordings)",
        verification_only: "Only 1:1 verification or authentication",
        none: "No",
      }),
    },
    {
      id: "publiclyAccessibleSpace",
      prompt: "Is it used in places open to the public?",
      help: "A publicly accessible space is any place open to an undetermined number of people, whoever owns it, even with conditions such as a ticket. For example: streets, stations, shops and stadiums are publicly accessible; an office with badge access is not.",
      citation: "Art 3(44), Art 5(1)(h)",
      whoCanAnswer: "The operations or site manager who knows where the cameras or sensors are installed.",
      type: "boolean",
      when: { field: "remoteBiometricIdentification", equals: "real_time" },
    },
    {
      id: "rbiLawEnforcementPurpose",
      prompt: "Is it used by the police or other law-enforcement authorities, or on their behalf?",
      help: "The Art 5(1)(h) ban concerns law-enforcement use only. Private real-time identification is Annex III 1(a). For example: a retailer's own shoplifter watch list is private use; the same cameras run for the police are law enforcement.",
      citation: "Art 5(1)(h), Art 26(10)",
      whoCanAnswer: "Your product owner or account manager, who knows for whom the system is run.",
      type: "boolean",
      when: IDENTIFIES,
    },
    {
      id: "rbiException",
      prompt: "Is the use strictly necessary for one of these objectives?",
      help: "Only these three objectives permit real-time identification in public for law enforcement. For example: searching for a specific abducted child is a targeted victim search; scanning crowds for anyone with an outstanding fine is none of these.",
      citation: "Art 5(1)(h)(i)-(iii)",
      whoCanAnswer: "The officer or legal adviser in charge of the operation that uses the system.",
      type: "single",
      when: REAL_TIME_PUBLIC_LE,
      options: options(RBI_EXCEPTIONS, {
        victim_search:
          "Targeted search for victims of abduction, trafficking or sexual exploitation, or missing persons",
        imminent_threat: "Preventing a specific, substantial and imminent threat to life, or a terrorist threat",
        serious_crime_suspect: "Locating a suspect of an Annex II offence punishable by at least 4 years",
        none: "None of these",
      }),
    },
    {
      id: "rbiAuthorisedUnderNationalLaw",
      prompt: "Does a national law allow this use, and has a judge or independent authority approved it in advance?",
      help: "Use is possible only where national law provides for it, with prior judicial or independent administrative authorisation (or within 24 hours in urgency). For example: a court order for one operation issued under a national police act that permits live facial recognition.",
      citation: "Art 5(3), Art 5(5)",
      whoCanAnswer: "Your legal team, from the national law and the authorisation for the operation.",
      type: "boolean",
      when: {
        all: [
          REAL_TIME_PUBLIC_LE,
          { field: "rbiException", in: ["victim_search", "imminent_threat", "serious_crime_suspect"] },
        ],
      },
    },
  ],
};
