import {
  CRIME_RISK_ASSESSMENTS,
  GENERATION_CAPABILITIES,
  MANIPULATION_EFFECTS,
  SOCIAL_SCORE_CONSEQUENCES,
  VULNERABILITY_EFFECTS,
} from "../../profile/options";
import { IS_AI_SYSTEM_CANDIDATE, USES_SYSTEM, options } from "../shared";
import type { QuestionGroup } from "../types";

const CAPABILITY_LABELS = {
  intended_purpose: "Yes, that is an intended purpose",
  foreseeable_without_safeguards: "It could do so without significant changes, and nothing adequate stops it",
  foreseeable_with_safeguards: "It could, but adequate safeguards prevent it and correct misuse",
  not_capable: "No",
} as const;

export const PROHIBITED_GROUP: QuestionGroup = {
  id: "prohibited",
  title: "Prohibited practices",
  questions: [
    {
      id: "manipulativeTechniques",
      prompt:
        "Does the system use hidden, manipulative or deceptive tricks that push people into choices they would not otherwise make?",
      help: "Art 5(1)(a) covers subliminal techniques beyond a person's awareness, and purposefully manipulative or deceptive techniques that materially distort behaviour. Intent is not required: the effect is enough. For example: a shopping assistant that invents false scarcity (\"only 1 left, 3 people are looking\") tuned to each user's weak points.",
      citation: "Art 5(1)(a)",
      whoCanAnswer: "Your product owner, with the UX or growth lead who designs how the system nudges users.",
      type: "boolean",
      when: IS_AI_SYSTEM_CANDIDATE,
    },
    {
      id: "manipulationEffect",
      prompt: "What is the effect of those techniques?",
      help: "Banned only where they cause, or are reasonably likely to cause, significant harm. Lawful, standard commercial practices such as advertising, and therapeutic practices under medical standards with consent, are not covered (recital 29). For example: pushing people into loans they cannot repay is significant financial harm; a personalised advert is standard practice.",
      citation: "Art 5(1)(a); recital 29",
      whoCanAnswer: "Your product owner, with your legal or consumer-protection adviser.",
      type: "single",
      when: { field: "manipulativeTechniques", equals: true },
      options: options(MANIPULATION_EFFECTS, {
        significant_harm_likely:
          "It causes or is reasonably likely to cause significant physical, psychological or financial harm",
        lawful_standard_practice: "Lawful standard advertising, or consented therapeutic practice",
        no_significant_harm: "No significant harm is likely",
      }),
    },
    {
      id: "exploitsVulnerabilities",
      prompt:
        "Does it take advantage of people's age, disability or difficult social or economic situation to change their behaviour?",
      help: "Art 5(1)(b) applies to anyone, including private actors. Extreme poverty and ethnic or religious minorities are examples of such situations. For example: a game that targets children with pressure to buy, or a lender's bot that targets people in debt with high-cost offers.",
      citation: "Art 5(1)(b); recital 29",
      whoCanAnswer: "Your product owner, with the marketing lead who decides whom the system targets.",
      type: "boolean",
      when: IS_AI_SYSTEM_CANDIDATE,
    },
    {
      id: "vulnerabilityEffect",
      prompt: "Does that cause, or is it reasonably likely to cause, significant harm?",
      help: "The ban needs significant harm or its reasonable likelihood. For example: a child spending large sums or an indebted person taking a loan they cannot repay.",
      citation: "Art 5(1)(b)",
      whoCanAnswer: "Your product owner, with your legal or consumer-protection adviser.",
      type: "single",
      when: { field: "exploitsVulnerabilities", equals: true },
      options: options(VULNERABILITY_EFFECTS, {
        significant_harm_likely: "Yes, significant harm is caused or likely",
        no_significant_harm: "No",
      }),
    },
    {
      id: "socialScoring",
      prompt: "Does it rate people over time from their social behaviour or personal traits, giving them a score?",
      help: "Social scoring (Art 5(1)(c)) is evaluating or classifying people over time based on social behaviour or known, inferred or predicted personal characteristics. It covers public and private actors alike. For example: a landlord app scoring tenants on their social-media activity and friends.",
      citation: "Art 5(1)(c)",
      whoCanAnswer: "Your product owner or the data-science lead who knows which data feeds the score.",
      type: "boolean",
      when: IS_AI_SYSTEM_CANDIDATE,
    },
    {
      id: "socialScoreConsequence",
      prompt: "What does the score lead to?",
      help: "Select all that apply: any banned consequence makes the whole practice banned. Banned where the score leads to detrimental treatment in unrelated social contexts, or treatment unjustified or disproportionate to the behaviour. Lawful, purpose-specific evaluations under Union or national law, such as lawful credit scoring, are not social scoring (they may be Annex III high-risk instead). For example: refusing someone a flat because of their score from a shopping app is an unrelated context.",
      citation: "Art 5(1)(c)(i)-(ii); recital 31",
      whoCanAnswer: "Your product owner, who knows the decisions the score feeds into.",
      type: "multi",
      when: { field: "socialScoring", equals: true },
      options: options(SOCIAL_SCORE_CONSEQUENCES, {
        unrelated_context_detriment: "Worse treatment in situations unrelated to where the data came from",
        disproportionate_treatment: "Treatment unjustified or out of proportion to the behaviour or its gravity",
        lawful_purpose_specific: "Only a lawful, purpose-specific evaluation (e.g. credit scoring within the law)",
      }),
    },
    {
      id: "crimeRiskAssessment",
      prompt: "Does it predict whether a particular person will commit a crime?",
      help: "Banned when based solely on profiling (automated evaluation of personal aspects) or personality traits. Tools supporting a human assessment already based on objective, verifiable facts linked to a crime are not banned (they are Annex III 6(d)). Place-based predictive policing and risk assessment of companies are outside the ban. For example: rating a person as a likely offender from their postcode, age and friends is banned; flagging neighbourhoods for patrols is place-based.",
      citation: "Art 5(1)(d)",
      whoCanAnswer: "Your product owner or the data-science lead who knows which data the prediction uses.",
      type: "single",
      when: IS_AI_SYSTEM_CANDIDATE,
      options: options(CRIME_RISK_ASSESSMENTS, {
        solely_profiling_or_traits: "Yes, based only on profiling or personality traits",
        supports_human_assessment: "It supports a human assessment based on objective, verifiable facts",
        place_based: "It predicts crime by place, not by person",
        legal_persons: "It assesses companies (legal persons) only",
        none: "No",
      }),
    },
    {
      id: "untargetedFaceScraping",
      prompt:
        "Does it collect face images in bulk from the internet or CCTV to build or grow a face-recognition database?",
      help: "Art 5(1)(e) bans creating or expanding facial-recognition databases by untargeted scraping. There is no exception, including for law enforcement. For example: crawling social-media profile photos to train a face-search engine.",
      citation: "Art 5(1)(e)",
      whoCanAnswer: "The data-engineering lead who knows where the training and reference images come from.",
      type: "boolean",
      when: IS_AI_SYSTEM_CANDIDATE,
    },
    {
      id: "intimateImageryCapability",
      prompt:
        "Can it create or alter realistic intimate images, video or audio of a real, identifiable person without their explicit consent?",
      help: 'Art 5(1)(ba) covers systems intended for this, or that can foreseeably do it without significant modification and lack adequate safeguards. Manipulation that does not increase exposure of intimate parts or change the sexual activity depicted is not covered (Art 5(1b)). Applies from 2 December 2026. For example: an image generator that can "undress" an uploaded photo of a real person and has no filter against it.',
      citation: "Art 5(1)(ba), Art 5(1a)(a), Art 5(1b)",
      whoCanAnswer: "The engineering lead responsible for the model's content filters and red-team results.",
      type: "single",
      options: options(GENERATION_CAPABILITIES, CAPABILITY_LABELS),
    },
    {
      id: "usedForIntimateImagery",
      prompt: "Do you use the system to create such intimate images of real people?",
      help: "Use for that purpose is banned whatever the provider intended or built in. Only using it that way is banned for a user; the capability itself is the provider's matter. For example: a marketing team using a general image generator to put a real person's face on nude images.",
      citation: "Art 5(1a)(b)",
      whoCanAnswer:
        "The team lead responsible for how your organisation uses the system, from its usage policy and logs.",
      type: "boolean",
      when: {
        all: [
          USES_SYSTEM,
          {
            field: "intimateImageryCapability",
            in: ["intended_purpose", "foreseeable_without_safeguards", "foreseeable_with_safeguards"],
          },
        ],
      },
    },
    {
      id: "csamCapability",
      prompt: "Can it create or alter child sexual abuse material?",
      help: "Within Art 2(c) and (e) of Directive 2011/93/EU, covering systems intended for it, or that can foreseeably do it without significant modification and lack adequate safeguards. Applies from 2 December 2026. For example: an image generator without filters that blocks prompts sexualising minors.",
      citation: "Art 5(1)(bb), Art 5(1a)",
      whoCanAnswer: "The engineering lead responsible for the model's content filters and red-team results.",
      type: "single",
      options: options(GENERATION_CAPABILITIES, CAPABILITY_LABELS),
    },
    {
      id: "usedForCsam",
      prompt: "Do you use the system to create child sexual abuse material?",
      help: "Use for that purpose is banned whatever the provider intended or built in. Only using it that way is banned for a user; the capability itself is the provider's matter. For example: any use of a general image generator to produce such material.",
      citation: "Art 5(1a)(b)",
      whoCanAnswer:
        "The team lead responsible for how your organisation uses the system, from its usage policy and logs.",
      type: "boolean",
      when: {
        all: [
          USES_SYSTEM,
          {
            field: "csamCapability",
            in: ["intended_purpose", "foreseeable_without_safeguards", "foreseeable_with_safeguards"],
          },
        ],
      },
    },
    {
      id: "csamLawfulDefence",
      prompt:
        "Is that work permitted by national law (done 'with right'), for example authorised law-enforcement work?",
      help: "The ban follows Directive 2011/93/EU, which only covers conduct 'without right'. For example: a police unit authorised by law to generate decoy material in an undercover investigation.",
      citation: "Art 5(1)(bb)",
      whoCanAnswer: "Your legal team, from the national law that authorises the work.",
      type: "boolean",
      when: {
        any: [
          { field: "csamCapability", in: ["intended_purpose", "foreseeable_without_safeguards"] },
          { field: "usedForCsam", equals: true },
        ],
      },
    },
  ],
};
