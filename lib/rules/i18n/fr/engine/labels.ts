import type { Catalogue } from "../../types";

// The engine's tier and role labels, Art 5 practice titles and Annex I product laws, keyed by the English the rule set holds.
export const LABELS: Catalogue = {
  "Prohibited practice": "Pratique interdite",
  "High-risk": "Haut risque",
  "General-purpose AI model with systemic risk": "Modèle d'IA à usage général présentant un risque systémique",
  "General-purpose AI model": "Modèle d'IA à usage général",
  "Transparency obligations": "Obligations de transparence",
  "Minimal risk": "Risque minimal",
  "Outside the AI Act": "Hors du champ du règlement sur l'IA",
  Provider: "Fournisseur",
  Deployer: "Déployeur",
  Importer: "Importateur",
  Distributor: "Distributeur",
  "Authorised representative": "Mandataire",
  "Product manufacturer": "Fabricant de produits",
  "Subliminal, manipulative or deceptive techniques causing significant harm":
    "Techniques subliminales, manipulatrices ou trompeuses causant un préjudice important",
  "Exploiting vulnerabilities of age, disability or social or economic situation":
    "Exploitation des vulnérabilités liées à l'âge, au handicap ou à la situation sociale ou économique",
  "Social scoring leading to detrimental or disproportionate treatment":
    "Notation sociale entraînant un traitement préjudiciable ou disproportionné",
  "Predicting criminal offending solely from profiling or personality traits":
    "Prédiction d'infractions pénales uniquement par profilage ou traits de personnalité",
  "Untargeted scraping of facial images for recognition databases":
    "Moissonnage non ciblé d'images faciales pour des bases de données de reconnaissance",
  "Emotion recognition at the workplace or in education":
    "Reconnaissance des émotions sur le lieu de travail ou dans l'enseignement",
  "Biometric categorisation inferring sensitive characteristics":
    "Catégorisation biométrique déduisant des caractéristiques sensibles",
  "Real-time remote biometric identification in public for law enforcement":
    "Identification biométrique à distance en temps réel dans l'espace public à des fins répressives",
  "Non-consensual intimate imagery of identifiable persons": "Images intimes non consenties de personnes identifiables",
  "Child sexual abuse material": "Matériel pédopornographique",
  "Directive 2009/48/EC (toy safety)": "Directive 2009/48/CE (sécurité des jouets)",
  "Directive 2013/53/EU (recreational craft)": "Directive 2013/53/UE (bateaux de plaisance)",
  "Directive 2014/33/EU (lifts)": "Directive 2014/33/UE (ascenseurs)",
  "Directive 2014/34/EU (ATEX)": "Directive 2014/34/UE (ATEX)",
  "Directive 2014/53/EU (radio equipment)": "Directive 2014/53/UE (équipements radioélectriques)",
  "Directive 2014/68/EU (pressure equipment)": "Directive 2014/68/UE (équipements sous pression)",
  "Regulation (EU) 2016/424 (cableways)": "Règlement (UE) 2016/424 (installations à câbles)",
  "Regulation (EU) 2016/425 (personal protective equipment)":
    "Règlement (UE) 2016/425 (équipements de protection individuelle)",
  "Regulation (EU) 2016/426 (gas appliances)": "Règlement (UE) 2016/426 (appareils brûlant des combustibles gazeux)",
  "Regulation (EU) 2017/745 (medical devices)": "Règlement (UE) 2017/745 (dispositifs médicaux)",
  "Regulation (EU) 2017/746 (in vitro diagnostics)":
    "Règlement (UE) 2017/746 (dispositifs médicaux de diagnostic in vitro)",
  "Regulation (EC) No 300/2008 (civil aviation security)": "Règlement (CE) n° 300/2008 (sûreté de l'aviation civile)",
  "Regulation (EU) No 168/2013 (two- or three-wheel vehicles)":
    "Règlement (UE) n° 168/2013 (véhicules à deux ou trois roues)",
  "Regulation (EU) No 167/2013 (agricultural vehicles)":
    "Règlement (UE) n° 167/2013 (véhicules agricoles et forestiers)",
  "Directive 2014/90/EU (marine equipment)": "Directive 2014/90/UE (équipements marins)",
  "Directive (EU) 2016/797 (rail interoperability)":
    "Directive (UE) 2016/797 (interopérabilité du système ferroviaire)",
  "Regulation (EU) 2018/858 (motor vehicles)": "Règlement (UE) 2018/858 (véhicules à moteur)",
  "Regulation (EU) 2019/2144 (vehicle general safety)": "Règlement (UE) 2019/2144 (sécurité générale des véhicules)",
  "Regulation (EU) 2018/1139 (unmanned aircraft)": "Règlement (UE) 2018/1139 (aéronefs sans équipage)",
  "Regulation (EU) 2023/1230 (machinery)": "Règlement (UE) 2023/1230 (machines)",
};
