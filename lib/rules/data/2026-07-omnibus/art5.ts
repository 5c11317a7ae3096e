import type { Art5Point, Art5PointId } from "../types";

/**
 * Art 5(1) prohibited practices. No grandfathering: Art 111(1) and (2) operate
 * "without prejudice to Art 5". The Omnibus points (ba) and (bb) apply later.
 */
export const ART5: Record<Art5PointId, Art5Point> = {
  a: {
    citation: "Art 5(1)(a)",
    title: "Subliminal, manipulative or deceptive techniques causing significant harm",
    appliesFrom: "prohibitions",
  },
  b: {
    citation: "Art 5(1)(b)",
    title: "Exploiting vulnerabilities of age, disability or social or economic situation",
    appliesFrom: "prohibitions",
  },
  c: {
    citation: "Art 5(1)(c)",
    title: "Social scoring leading to detrimental or disproportionate treatment",
    appliesFrom: "prohibitions",
  },
  d: {
    citation: "Art 5(1)(d)",
    title: "Predicting criminal offending solely from profiling or personality traits",
    appliesFrom: "prohibitions",
  },
  e: {
    citation: "Art 5(1)(e)",
    title: "Untargeted scraping of facial images for recognition databases",
    appliesFrom: "prohibitions",
  },
  f: {
    citation: "Art 5(1)(f)",
    title: "Emotion recognition at the workplace or in education",
    appliesFrom: "prohibitions",
  },
  g: {
    citation: "Art 5(1)(g)",
    title: "Biometric categorisation inferring sensitive characteristics",
    appliesFrom: "prohibitions",
  },
  h: {
    citation: "Art 5(1)(h)",
    title: "Real-time remote biometric identification in public for law enforcement",
    appliesFrom: "prohibitions",
  },
  ba: {
    citation: "Art 5(1)(ba), Art 5(1a)",
    title: "Non-consensual intimate imagery of identifiable persons",
    appliesFrom: "omnibusBans",
  },
  bb: { citation: "Art 5(1)(bb), Art 5(1a)", title: "Child sexual abuse material", appliesFrom: "omnibusBans" },
};
