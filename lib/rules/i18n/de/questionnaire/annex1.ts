import type { Catalogue } from "../../types";

// The "annex1" group of lib/rules/questionnaire/groups/annex1.ts, keyed by the English text.
export const ANNEX1: Catalogue = {
  "Regulated products (Annex I)": "Regulierte Produkte (Anhang I)",
  "Is the system a product, or part of a product, covered by any of these EU product-safety laws?":
    "Ist das System ein Produkt oder Teil eines Produkts, das unter eines dieser EU-Produktsicherheitsgesetze fällt?",
  "Select all that apply: one product can fall under several (a connected medical device is also radio equipment); the strictest route then applies and every law is listed. These are the Union harmonisation laws of Annex I. A product is covered when the law lists it, whether the AI is the whole product or one part of it. For example: AI in an insulin pump falls under the medical-devices regulation; AI in a children's talking toy under the toy-safety directive. Machinery moved from Section A to Section B (point 21) with the Digital Omnibus.":
    "Wählen Sie alles Zutreffende: Ein Produkt kann unter mehrere fallen (ein vernetztes Medizinprodukt ist auch eine Funkanlage); dann gilt das strengste Verfahren, und jedes Gesetz wird aufgeführt. Dies sind die Harmonisierungsrechtsvorschriften der Union nach Anhang I. Ein Produkt ist erfasst, wenn das Gesetz es aufführt, ob die KI das ganze Produkt oder ein Teil davon ist. Zum Beispiel: KI in einer Insulinpumpe fällt unter die Medizinprodukteverordnung; KI in einem sprechenden Kinderspielzeug unter die Spielzeugrichtlinie. Maschinen wurden mit dem digitalen Omnibus von Abschnitt A in Abschnitt B (Nummer 21) verschoben.",
  "Your product-compliance or regulatory-affairs lead, who knows which CE-marking laws the product follows.":
    "Ihre Leitung Produktkonformität oder Regulatory Affairs, die weiß, welchen CE-Kennzeichnungsvorschriften das Produkt folgt.",
  "Toys (Dir 2009/48/EC)": "Spielzeug (RL 2009/48/EG)",
  "Recreational craft and personal watercraft (Dir 2013/53/EU)": "Sportboote und Wassermotorräder (RL 2013/53/EU)",
  "Lifts (Dir 2014/33/EU)": "Aufzüge (RL 2014/33/EU)",
  "Equipment for explosive atmospheres (Dir 2014/34/EU)": "Geräte für explosionsgefährdete Bereiche (RL 2014/34/EU)",
  "Radio equipment (Dir 2014/53/EU)": "Funkanlagen (RL 2014/53/EU)",
  "Pressure equipment (Dir 2014/68/EU)": "Druckgeräte (RL 2014/68/EU)",
  "Cableway installations (Reg 2016/424)": "Seilbahnen (VO 2016/424)",
  "Personal protective equipment (Reg 2016/425)": "Persönliche Schutzausrüstungen (VO 2016/425)",
  "Appliances burning gaseous fuels (Reg 2016/426)": "Geräte zur Verbrennung gasförmiger Brennstoffe (VO 2016/426)",
  "Medical devices (Reg 2017/745)": "Medizinprodukte (VO 2017/745)",
  "In vitro diagnostic medical devices (Reg 2017/746)": "In-vitro-Diagnostika (VO 2017/746)",
  "Civil aviation security (Reg 300/2008)": "Sicherheit in der Zivilluftfahrt (VO 300/2008)",
  "Two- or three-wheel vehicles and quadricycles (Reg 168/2013)":
    "Zwei- oder dreirädrige und vierrädrige Fahrzeuge (VO 168/2013)",
  "Agricultural and forestry vehicles (Reg 167/2013)": "Land- und forstwirtschaftliche Fahrzeuge (VO 167/2013)",
  "Marine equipment (Dir 2014/90/EU)": "Schiffsausrüstung (RL 2014/90/EU)",
  "Rail system interoperability (Dir 2016/797)": "Interoperabilität des Eisenbahnsystems (RL 2016/797)",
  "Motor vehicles and trailers (Reg 2018/858)": "Kraftfahrzeuge und Anhänger (VO 2018/858)",
  "Motor-vehicle general safety (Reg 2019/2144)": "Allgemeine Sicherheit von Kraftfahrzeugen (VO 2019/2144)",
  "Unmanned aircraft and their parts (Reg 2018/1139)": "Unbemannte Luftfahrzeuge und ihre Teile (VO 2018/1139)",
  "Machinery (Reg 2023/1230)": "Maschinen (VO 2023/1230)",
  "What is the AI's role in that product: does it protect people, or only help with other things?":
    "Welche Rolle spielt die KI in diesem Produkt: Schützt sie Menschen, oder hilft sie nur bei anderen Dingen?",
  "A safety component fulfils a safety function: its intended purpose is to prevent or reduce risks to health, safety or property. AI used solely for user assistance, performance optimisation, efficiency, automation, convenience or quality control is not a safety component, unless its failure would endanger health or safety. For example: AI that stops a lift when someone is caught in the doors is a safety component; AI that suggests the best time to service the lift is not.":
    "Ein Sicherheitsbauteil erfüllt eine Sicherheitsfunktion: Seine Zweckbestimmung ist es, Risiken für Gesundheit, Sicherheit oder Eigentum zu verhindern oder zu verringern. KI, die ausschließlich zur Unterstützung der Nutzer, Leistungsoptimierung, Effizienz, Automatisierung, Bequemlichkeit oder Qualitätskontrolle dient, ist kein Sicherheitsbauteil, es sei denn, ihr Ausfall würde Gesundheit oder Sicherheit gefährden. Zum Beispiel: KI, die einen Aufzug anhält, wenn jemand in den Türen eingeklemmt ist, ist ein Sicherheitsbauteil; KI, die den besten Zeitpunkt für die Wartung des Aufzugs vorschlägt, nicht.",
  "The product's safety engineer, from the risk analysis in its technical file.":
    "Die Sicherheitsingenieurin oder der Sicherheitsingenieur des Produkts, anhand der Risikoanalyse in der technischen Dokumentation.",
  "It fulfils a safety function (its intended purpose is to prevent or mitigate risks)":
    "Sie erfüllt eine Sicherheitsfunktion (ihre Zweckbestimmung ist es, Risiken zu verhindern oder zu mindern)",
  "It is itself the regulated product": "Sie ist selbst das regulierte Produkt",
  "It is used solely for non-safety aspects (assistance, optimisation, convenience, quality control)":
    "Sie dient ausschließlich nicht sicherheitsbezogenen Aspekten (Unterstützung, Optimierung, Bequemlichkeit, Qualitätskontrolle)",
  "If the AI failed or went wrong, could someone be hurt or property be damaged?":
    "Könnte jemand verletzt oder Eigentum beschädigt werden, wenn die KI ausfällt oder Fehler macht?",
  "A component whose failure or malfunction endangers the health and safety of persons or property is a safety component anyway. For example: a driver-assistance feature marketed as convenience that can steer the car; a wrong suggestion from a recipe assistant in a smart oven is not a danger.":
    "Ein Bauteil, dessen Ausfall oder Störung die Gesundheit und Sicherheit von Personen oder Eigentum gefährdet, ist in jedem Fall ein Sicherheitsbauteil. Zum Beispiel: eine als Komfortfunktion vermarktete Fahrerassistenz, die das Auto lenken kann; ein falscher Vorschlag eines Rezeptassistenten in einem smarten Backofen ist keine Gefahr.",
  "Before it can be sold, must an outside testing body (a notified body) check the product under that law?":
    "Muss eine externe Prüfstelle (eine notifizierte Stelle) das Produkt nach diesem Gesetz prüfen, bevor es verkauft werden darf?",
  "Select all that apply, across the laws you chose: a notified body may check one aspect under one law while another law allows self-assessment. Any check covering health and safety risks meets the condition. This is third-party conformity assessment by a notified body, as opposed to the manufacturer's own self-assessment. Third-party assessment needed solely for non-health-and-safety risks, such as radio spectrum or EMC, does not count. For example: a class IIa medical device needs a notified body to issue its certificate; most toys are self-assessed.":
    "Wählen Sie alles Zutreffende, über alle gewählten Gesetze hinweg: Eine notifizierte Stelle kann einen Aspekt nach einem Gesetz prüfen, während ein anderes Gesetz eine Selbstbewertung erlaubt. Jede Prüfung, die Gesundheits- und Sicherheitsrisiken abdeckt, erfüllt die Bedingung. Dies ist die Konformitätsbewertung durch Dritte, also durch eine notifizierte Stelle, im Gegensatz zur Selbstbewertung des Herstellers. Eine Prüfung durch Dritte, die nur für andere Risiken als Gesundheit und Sicherheit nötig ist, etwa Funkfrequenzen oder EMV, zählt nicht. Zum Beispiel: Ein Medizinprodukt der Klasse IIa braucht eine notifizierte Stelle für seine Bescheinigung; die meisten Spielzeuge werden selbst bewertet.",
  "Your regulatory-affairs or product-compliance lead, from the product's CE certificate or declaration of conformity.":
    "Ihre Leitung Regulatory Affairs oder Produktkonformität, anhand der CE-Bescheinigung oder der Konformitätserklärung des Produkts.",
  "Yes, covering health and safety risks": "Ja, für Gesundheits- und Sicherheitsrisiken",
  "Yes, but only for risks other than health and safety (radio spectrum, EMC)":
    "Ja, aber nur für andere Risiken als Gesundheit und Sicherheit (Funkfrequenzen, EMV)",
  "Yes, because of cybersecurity or privacy requirements":
    "Ja, wegen Anforderungen an Cybersicherheit oder Datenschutz",
  "No, self-assessment only": "Nein, nur Selbstbewertung",
};
