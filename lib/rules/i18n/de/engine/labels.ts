import type { Catalogue } from "../../types";

// The engine's tier and role labels, Art 5 practice titles and Annex I product laws, keyed by the English the rule set holds.
export const LABELS: Catalogue = {
  "Prohibited practice": "Verbotene Praktik",
  "High-risk": "Hochrisiko",
  "General-purpose AI model with systemic risk": "KI-Modell mit allgemeinem Verwendungszweck mit systemischem Risiko",
  "General-purpose AI model": "KI-Modell mit allgemeinem Verwendungszweck",
  "Transparency obligations": "Transparenzpflichten",
  "Minimal risk": "Minimales Risiko",
  "Outside the AI Act": "Außerhalb der KI-Verordnung",
  Provider: "Anbieter",
  Deployer: "Betreiber",
  Importer: "Einführer",
  Distributor: "Händler",
  "Authorised representative": "Bevollmächtigter",
  "Product manufacturer": "Produkthersteller",
  "Subliminal, manipulative or deceptive techniques causing significant harm":
    "Unterschwellige, manipulative oder täuschende Techniken mit erheblichem Schaden",
  "Exploiting vulnerabilities of age, disability or social or economic situation":
    "Ausnutzung von Schwächen aufgrund von Alter, Behinderung oder sozialer oder wirtschaftlicher Lage",
  "Social scoring leading to detrimental or disproportionate treatment":
    "Social Scoring mit Schlechterstellung oder unverhältnismäßiger Behandlung",
  "Predicting criminal offending solely from profiling or personality traits":
    "Vorhersage von Straftaten allein auf Grundlage von Profiling oder Persönlichkeitsmerkmalen",
  "Untargeted scraping of facial images for recognition databases":
    "Ungezieltes Auslesen von Gesichtsbildern für Erkennungsdatenbanken",
  "Emotion recognition at the workplace or in education": "Emotionserkennung am Arbeitsplatz oder in der Bildung",
  "Biometric categorisation inferring sensitive characteristics":
    "Biometrische Kategorisierung, die sensible Merkmale ableitet",
  "Real-time remote biometric identification in public for law enforcement":
    "Biometrische Echtzeit-Fernidentifizierung im öffentlichen Raum zu Strafverfolgungszwecken",
  "Non-consensual intimate imagery of identifiable persons":
    "Intime Bilder identifizierbarer Personen ohne Einwilligung",
  "Child sexual abuse material": "Darstellungen sexuellen Kindesmissbrauchs",
  "Directive 2009/48/EC (toy safety)": "Richtlinie 2009/48/EG (Sicherheit von Spielzeug)",
  "Directive 2013/53/EU (recreational craft)": "Richtlinie 2013/53/EU (Sportboote)",
  "Directive 2014/33/EU (lifts)": "Richtlinie 2014/33/EU (Aufzüge)",
  "Directive 2014/34/EU (ATEX)": "Richtlinie 2014/34/EU (ATEX)",
  "Directive 2014/53/EU (radio equipment)": "Richtlinie 2014/53/EU (Funkanlagen)",
  "Directive 2014/68/EU (pressure equipment)": "Richtlinie 2014/68/EU (Druckgeräte)",
  "Regulation (EU) 2016/424 (cableways)": "Verordnung (EU) 2016/424 (Seilbahnen)",
  "Regulation (EU) 2016/425 (personal protective equipment)":
    "Verordnung (EU) 2016/425 (persönliche Schutzausrüstungen)",
  "Regulation (EU) 2016/426 (gas appliances)": "Verordnung (EU) 2016/426 (Gasverbrauchseinrichtungen)",
  "Regulation (EU) 2017/745 (medical devices)": "Verordnung (EU) 2017/745 (Medizinprodukte)",
  "Regulation (EU) 2017/746 (in vitro diagnostics)": "Verordnung (EU) 2017/746 (In-vitro-Diagnostika)",
  "Regulation (EC) No 300/2008 (civil aviation security)":
    "Verordnung (EG) Nr. 300/2008 (Sicherheit der Zivilluftfahrt)",
  "Regulation (EU) No 168/2013 (two- or three-wheel vehicles)":
    "Verordnung (EU) Nr. 168/2013 (zwei- oder dreirädrige Fahrzeuge)",
  "Regulation (EU) No 167/2013 (agricultural vehicles)":
    "Verordnung (EU) Nr. 167/2013 (land- und forstwirtschaftliche Fahrzeuge)",
  "Directive 2014/90/EU (marine equipment)": "Richtlinie 2014/90/EU (Schiffsausrüstung)",
  "Directive (EU) 2016/797 (rail interoperability)":
    "Richtlinie (EU) 2016/797 (Interoperabilität des Eisenbahnsystems)",
  "Regulation (EU) 2018/858 (motor vehicles)": "Verordnung (EU) 2018/858 (Kraftfahrzeuge)",
  "Regulation (EU) 2019/2144 (vehicle general safety)": "Verordnung (EU) 2019/2144 (allgemeine Fahrzeugsicherheit)",
  "Regulation (EU) 2018/1139 (unmanned aircraft)": "Verordnung (EU) 2018/1139 (unbemannte Luftfahrzeuge)",
  "Regulation (EU) 2023/1230 (machinery)": "Verordnung (EU) 2023/1230 (Maschinen)",
};
