import { ANNEX1_FUNCTIONS, ANNEX1_LEGISLATION, THIRD_PARTY_ASSESSMENT } from "../../profile/options";
import { IS_AI_SYSTEM_CANDIDATE, options } from "../shared";
import type { QuestionGroup } from "../types";

// The follow-ups only make sense once a product law is chosen: a blank answer hides them too,
// like the engine, which never asks them before the law is known.
const PRODUCT_LAWS = ANNEX1_LEGISLATION.filter((law) => law !== "none");
const HAS_LEGISLATION = {
  all: [IS_AI_SYSTEM_CANDIDATE, { field: "annex1Legislation", includesAny: PRODUCT_LAWS }],
} as const;

export const ANNEX1_GROUP: QuestionGroup = {
  id: "annex1",
  title: "Regulated products (Annex I)",
  questions: [
    {
      id: "annex1Legislation",
      prompt: "Is the system a product, or part of a product, covered by any of these EU product-safety laws?",
      help: "Select all that apply: one product can fall under several (a connected medical device is also radio equipment); the strictest route then applies and every law is listed. These are the Union harmonisation laws of Annex I. A product is covered when the law lists it, whether the AI is the whole product or one part of it. For example: AI in an insulin pump falls under the medical-devices regulation; AI in a children's talking toy under the toy-safety directive. Machinery moved from Section A to Section B (point 21) with the Digital Omnibus.",
      citation: "Art 6(1); Annex I Sections A and B",
      whoCanAnswer:
        "Your product-compliance or regulatory-affairs lead, who knows which CE-marking laws the product follows.",
      type: "multi",
      when: IS_AI_SYSTEM_CANDIDATE,
      options: options(ANNEX1_LEGISLATION, {
        toys: "Toys (Dir 2009/48/EC)",
        recreational_craft: "Recreational craft and personal watercraft (Dir 2013/53/EU)",
        lifts: "Lifts (Dir 2014/33/EU)",
        atex: "Equipment for explosive atmospheres (Dir 2014/34/EU)",
        radio_equipment: "Radio equipment (Dir 2014/53/EU)",
        pressure_equipment: "Pressure equipment (Dir 2014/68/EU)",
        cableways: "Cableway installations (Reg 2016/424)",
        ppe: "Personal protective equipment (Reg 2016/425)",
        gas_appliances: "Appliances burning gaseous fuels (Reg 2016/426)",
        medical_devices: "Medical devices (Reg 2017/745)",
        in_vitro_diagnostics: "In vitro diagnostic medical devices (Reg 2017/746)",
        civil_aviation_security: "Civil aviation security (Reg 300/2008)",
        two_three_wheel_vehicles: "Two- or three-wheel vehicles and quadricycles (Reg 168/2013)",
        agricultural_vehicles: "Agricultural and forestry vehicles (Reg 167/2013)",
        marine_equipment: "Marine equipment (Dir 2014/90/EU)",
        rail: "Rail system interoperability (Dir 2016/797)",
        motor_vehicles: "Motor vehicles and trailers (Reg 2018/858)",
        vehicle_general_safety: "Motor-vehicle general safety (Reg 2019/2144)",
        unmanned_aircraft: "Unmanned aircraft and their parts (Reg 2018/1139)",
        machinery: "Machinery (Reg 2023/1230)",
        none: "None of these",
      }),
    },
    {
      id: "annex1Function",
      prompt: "What is the AI's role in that product: does it protect people, or only help with other things?",
      help: "A safety component fulfils a safety function: its intended purpose is to prevent or reduce risks to health, safety or property. AI used solely for user assistance, performance optimisation, efficiency, automation, convenience or quality control is not a safety component, unless its failure would endanger health or safety. For example: AI that stops a lift when someone is caught in the doors is a safety component; AI that suggests the best time to service the lift is not.",
      citation: "Art 3(14), Art 6(1)(a), Art 6(1a)",
      whoCanAnswer: "The product's safety engineer, from the risk analysis in its technical file.",
      type: "single",
      when: HAS_LEGISLATION,
      options: options(ANNEX1_FUNCTIONS, {
        safety_component: "It fulfils a safety function (its intended purpose is to prevent or mitigate risks)",
        product_itself: "It is itself the regulated product",
        non_safety_only:
          "It is used solely for non-safety aspects (assistance, optimisation, convenience, quality control)",
      }),
    },
    {
      id: "failureEndangersHealthSafety",
      prompt: "If the AI failed or went wrong, could someone be hurt or property be damaged?",
      help: "A component whose failure or malfunction endangers the health and safety of persons or property is a safety component anyway. For example: a driver-assistance feature marketed as convenience that can steer the car; a wrong suggestion from a recipe assistant in a smart oven is not a danger.",
      citation: "Art 6(1b), Art 3(14)",
      whoCanAnswer: "The product's safety engineer, from the risk analysis in its technical file.",
      type: "boolean",
      when: { all: [HAS_LEGISLATION, { field: "annex1Function", equals: "non_safety_only" }] },
    },
    {
      id: "thirdPartyAssessment",
      prompt: "Before it can be sold, must an outside testing body (a notified body) check the product under that law?",
      help: "Select all that apply, across the laws you chose: a notified body may check one aspect under one law while another law allows self-assessment. Any check covering health and safety risks meets the condition. This is third-party conformity assessment by a notified body, as opposed to the manufacturer's own self-assessment. Third-party assessment needed solely for non-health-and-safety risks, such as radio spectrum or EMC, does not count. For example: a class IIa medical device needs a notified body to issue its certificate; most toys are self-assessed.",
      citation: "Art 6(1)(b), Art 6(1c)",
      whoCanAnswer:
        "Your regulatory-affairs or product-compliance lead, from the product's CE certificate or declaration of conformity.",
      type: "multi",
      when: HAS_LEGISLATION,
      options: options(THIRD_PARTY_ASSESSMENT, {
        health_safety: "Yes, covering health and safety risks",
        non_safety_only: "Yes, but only for risks other than health and safety (radio spectrum, EMC)",
        cybersecurity_privacy: "Yes, because of cybersecurity or privacy requirements",
        not_required: "No, self-assessment only",
      }),
    },
  ],
};
