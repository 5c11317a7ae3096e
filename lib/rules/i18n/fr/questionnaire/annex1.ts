import type { Catalogue } from "../../types";

// The "annex1" group of lib/rules/questionnaire/groups/annex1.ts, keyed by the English text.
export const ANNEX1: Catalogue = {
  "Regulated products (Annex I)": "Produits réglementés (annexe I)",
  "Is the system a product, or part of a product, covered by any of these EU product-safety laws?":
    "Le système est-il un produit, ou une partie d'un produit, couvert par l'une de ces législations européennes sur la sécurité des produits ?",
  "Select all that apply: one product can fall under several (a connected medical device is also radio equipment); the strictest route then applies and every law is listed. These are the Union harmonisation laws of Annex I. A product is covered when the law lists it, whether the AI is the whole product or one part of it. For example: AI in an insulin pump falls under the medical-devices regulation; AI in a children's talking toy under the toy-safety directive. Machinery moved from Section A to Section B (point 21) with the Digital Omnibus.":
    "Cochez tout ce qui s'applique : un produit peut relever de plusieurs (un dispositif médical connecté est aussi un équipement radioélectrique) ; la procédure la plus stricte s'applique alors et chaque législation est listée. Il s'agit de la législation d'harmonisation de l'Union de l'annexe I. Un produit est couvert lorsque la législation le mentionne, que l'IA soit le produit entier ou l'une de ses parties. Par exemple : l'IA d'une pompe à insuline relève du règlement sur les dispositifs médicaux ; l'IA d'un jouet parlant pour enfants, de la directive sur la sécurité des jouets. Les machines sont passées de la section A à la section B (point 21) avec l'omnibus numérique.",
  "Your product-compliance or regulatory-affairs lead, who knows which CE-marking laws the product follows.":
    "Votre responsable conformité produit ou affaires réglementaires, qui sait quelles législations de marquage CE le produit suit.",
  "Toys (Dir 2009/48/EC)": "Jouets (dir. 2009/48/CE)",
  "Recreational craft and personal watercraft (Dir 2013/53/EU)":
    "Bateaux de plaisance et véhicules nautiques à moteur (dir. 2013/53/UE)",
  "Lifts (Dir 2014/33/EU)": "Ascenseurs (dir. 2014/33/UE)",
  "Equipment for explosive atmospheres (Dir 2014/34/EU)":
    "Appareils destinés aux atmosphères explosibles (dir. 2014/34/UE)",
  "Radio equipment (Dir 2014/53/EU)": "Équipements radioélectriques (dir. 2014/53/UE)",
  "Pressure equipment (Dir 2014/68/EU)": "Équipements sous pression (dir. 2014/68/UE)",
  "Cableway installations (Reg 2016/424)": "Installations à câbles (règl. 2016/424)",
  "Personal protective equipment (Reg 2016/425)": "Équipements de protection individuelle (règl. 2016/425)",
  "Appliances burning gaseous fuels (Reg 2016/426)": "Appareils brûlant des combustibles gazeux (règl. 2016/426)",
  "Medical devices (Reg 2017/745)": "Dispositifs médicaux (règl. 2017/745)",
  "In vitro diagnostic medical devices (Reg 2017/746)": "Dispositifs médicaux de diagnostic in vitro (règl. 2017/746)",
  "Civil aviation security (Reg 300/2008)": "Sûreté de l'aviation civile (règl. 300/2008)",
  "Two- or three-wheel vehicles and quadricycles (Reg 168/2013)":
    "Véhicules à deux ou trois roues et quadricycles (règl. 168/2013)",
  "Agricultural and forestry vehicles (Reg 167/2013)": "Véhicules agricoles et forestiers (règl. 167/2013)",
  "Marine equipment (Dir 2014/90/EU)": "Équipements marins (dir. 2014/90/UE)",
  "Rail system interoperability (Dir 2016/797)": "Interopérabilité du système ferroviaire (dir. 2016/797)",
  "Motor vehicles and trailers (Reg 2018/858)": "Véhicules à moteur et leurs remorques (règl. 2018/858)",
  "Motor-vehicle general safety (Reg 2019/2144)": "Sécurité générale des véhicules à moteur (règl. 2019/2144)",
  "Unmanned aircraft and their parts (Reg 2018/1139)": "Aéronefs sans équipage et leurs pièces (règl. 2018/1139)",
  "Machinery (Reg 2023/1230)": "Machines (règl. 2023/1230)",
  "What is the AI's role in that product: does it protect people, or only help with other things?":
    "Quel est le rôle de l'IA dans ce produit : protège-t-elle des personnes, ou aide-t-elle seulement à d'autres choses ?",
  "A safety component fulfils a safety function: its intended purpose is to prevent or reduce risks to health, safety or property. AI used solely for user assistance, performance optimisation, efficiency, automation, convenience or quality control is not a safety component, unless its failure would endanger health or safety. For example: AI that stops a lift when someone is caught in the doors is a safety component; AI that suggests the best time to service the lift is not.":
    "Un composant de sécurité remplit une fonction de sécurité : sa destination est de prévenir ou de réduire les risques pour la santé, la sécurité ou les biens. Une IA utilisée uniquement pour l'assistance aux utilisateurs, l'optimisation des performances, l'efficacité, l'automatisation, le confort ou le contrôle qualité n'est pas un composant de sécurité, sauf si sa défaillance mettait en danger la santé ou la sécurité. Par exemple : une IA qui arrête un ascenseur lorsque quelqu'un est coincé dans les portes est un composant de sécurité ; une IA qui suggère le meilleur moment pour entretenir l'ascenseur, non.",
  "The product's safety engineer, from the risk analysis in its technical file.":
    "L'ingénieur sécurité du produit, d'après l'analyse de risques de son dossier technique.",
  "It fulfils a safety function (its intended purpose is to prevent or mitigate risks)":
    "Elle remplit une fonction de sécurité (sa destination est de prévenir ou d'atténuer des risques)",
  "It is itself the regulated product": "Elle est elle-même le produit réglementé",
  "It is used solely for non-safety aspects (assistance, optimisation, convenience, quality control)":
    "Elle sert uniquement à des aspects sans lien avec la sécurité (assistance, optimisation, confort, contrôle qualité)",
  "If the AI failed or went wrong, could someone be hurt or property be damaged?":
    "Si l'IA tombait en panne ou se trompait, quelqu'un pourrait-il être blessé ou des biens endommagés ?",
  "A component whose failure or malfunction endangers the health and safety of persons or property is a safety component anyway. For example: a driver-assistance feature marketed as convenience that can steer the car; a wrong suggestion from a recipe assistant in a smart oven is not a danger.":
    "Un composant dont la défaillance ou le dysfonctionnement met en danger la santé et la sécurité des personnes ou des biens est de toute façon un composant de sécurité. Par exemple : une aide à la conduite vendue comme fonction de confort mais capable de diriger la voiture ; une mauvaise suggestion de l'assistant de recettes d'un four connecté n'est pas un danger.",
  "Before it can be sold, must an outside testing body (a notified body) check the product under that law?":
    "Avant sa vente, un organisme de contrôle externe (un organisme notifié) doit-il vérifier le produit en vertu de cette législation ?",
  "Select all that apply, across the laws you chose: a notified body may check one aspect under one law while another law allows self-assessment. Any check covering health and safety risks meets the condition. This is third-party conformity assessment by a notified body, as opposed to the manufacturer's own self-assessment. Third-party assessment needed solely for non-health-and-safety risks, such as radio spectrum or EMC, does not count. For example: a class IIa medical device needs a notified body to issue its certificate; most toys are self-assessed.":
    "Cochez tout ce qui s'applique, pour toutes les législations choisies : un organisme notifié peut contrôler un aspect au titre d'une législation tandis qu'une autre permet l'auto-évaluation. Tout contrôle couvrant les risques pour la santé et la sécurité remplit la condition. Il s'agit de l'évaluation de la conformité par un tiers, c'est-à-dire par un organisme notifié, par opposition à l'auto-évaluation du fabricant. Un contrôle par un tiers requis uniquement pour des risques autres que la santé et la sécurité, comme le spectre radioélectrique ou la CEM, ne compte pas. Par exemple : un dispositif médical de classe IIa a besoin d'un organisme notifié pour obtenir son certificat ; la plupart des jouets sont auto-évalués.",
  "Your regulatory-affairs or product-compliance lead, from the product's CE certificate or declaration of conformity.":
    "Votre responsable affaires réglementaires ou conformité produit, d'après le certificat CE ou la déclaration de conformité du produit.",
  "Yes, covering health and safety risks": "Oui, couvrant les risques pour la santé et la sécurité",
  "Yes, but only for risks other than health and safety (radio spectrum, EMC)":
    "Oui, mais seulement pour des risques autres que la santé et la sécurité (spectre radioélectrique, CEM)",
  "Yes, because of cybersecurity or privacy requirements":
    "Oui, en raison d'exigences de cybersécurité ou de protection de la vie privée",
  "No, self-assessment only": "Non, auto-évaluation uniquement",
};
