import type { CataloguePattern } from "../../types";

// The engine's texts built from dates, point lists and titles (see CataloguePattern).
export const PATTERNS: readonly CataloguePattern[] = [
  {
    english: /^(.+) The ban applies from (\S+); until then the practice is not yet prohibited\.$/,
    render: ([reason, date], part) =>
      `${part(reason)} Das Verbot gilt ab ${date}; bis dahin ist die Praktik noch nicht verboten.`,
  },
  {
    english: /^Stop: (.+)$/,
    render: ([title], part) => `Stopp: ${part(title)}`,
  },
  {
    english: /^It generates synthetic content; as a system placed before (\S+), marking is due by (\S+)\.$/,
    render: ([placed, due]) =>
      `Es erzeugt synthetische Inhalte; als vor dem ${placed} in Verkehr gebrachtes System muss es sie bis zum ${due} kennzeichnen.`,
  },
  {
    english:
      /^The provider relies on (.+) and the system does not profile natural persons, so it is not high-risk; the assessment must be documented and the system registered\.$/,
    render: ([conditions]) =>
      `Der Anbieter stützt sich auf ${conditions}, und das System erstellt keine Profile natürlicher Personen; es ist daher nicht hochriskant. Die Bewertung muss dokumentiert und das System registriert werden.`,
  },
  {
    english: /^The product falls under (\d+) Annex I laws \((.+)\); the strictest route applies, (.+)\.$/,
    render: ([count, points, lead]) =>
      `Das Produkt fällt unter ${count} Rechtsakte nach Annex I (${points}); es gilt der strengste Weg, ${lead}.`,
  },
  {
    english:
      /^A safety component of, or itself, a product under (.+) \((Annex I Section \w point \d+)\) that needs third-party conformity assessment: high-risk, with the AI requirements assessed inside the sectoral procedure\.$/,
    render: ([act, point], part) =>
      `Sicherheitskomponente eines Produkts oder selbst ein Produkt nach ${part(act)} (${point}), das einer Konformitätsbewertung durch Dritte bedarf: hochriskant; die KI-Anforderungen werden im sektoralen Verfahren bewertet.`,
  },
  {
    english:
      /^A safety component of, or itself, a product under (.+) \((Annex I Section \w point \d+)\) that needs third-party assessment: high-risk, but only Arts 6\(1\), 60a and 102-112 apply directly; the AI requirements arrive through sectoral law\.$/,
    render: ([act, point], part) =>
      `Sicherheitskomponente eines Produkts oder selbst ein Produkt nach ${part(act)} (${point}), das einer Bewertung durch Dritte bedarf: hochriskant, aber nur die Arts 6(1), 60a und 102-112 gelten unmittelbar; die KI-Anforderungen kommen über das sektorale Recht.`,
  },
  {
    english:
      /^(.+) is high-risk only when used by or on behalf of the authorities Annex III names; that is not the case here\.$/,
    render: ([title], part) =>
      `„${part(`${title}.`).replace(/\.$/, "")}“ ist nur hochriskant, wenn es von den in Annex III genannten Behörden oder in deren Auftrag verwendet wird; das ist hier nicht der Fall.`,
  },
  {
    english: /^Placed on the market before (\S+): the model must comply by (\S+)\.$/,
    render: ([placed, due]) =>
      `Vor dem ${placed} in Verkehr gebracht: Das Modell muss die Pflichten bis zum ${due} erfüllen.`,
  },
  {
    english: /^A component of an Annex X large-scale IT system placed before (\S+): it must comply by (\S+)\.$/,
    render: ([placed, due]) =>
      `Komponente eines IT-Großsystems nach Annex X, vor dem ${placed} in Verkehr gebracht: Sie muss die Anforderungen bis zum ${due} erfüllen.`,
  },
  {
    english:
      /^Placed before (\S+) and intended for public authorities: it must comply by (\S+) regardless of changes\.$/,
    render: ([placed, due]) =>
      `Vor dem ${placed} in Verkehr gebracht und für Behörden bestimmt: Es muss die Anforderungen unabhängig von Änderungen bis zum ${due} erfüllen.`,
  },
  {
    english:
      /^Placed before (\S+) and not significantly changed since: the high-risk duties apply only once its design changes significantly\.$/,
    render: ([placed]) =>
      `Vor dem ${placed} in Verkehr gebracht und seitdem nicht wesentlich geändert: Die Hochrisiko-Pflichten gelten erst, wenn sich sein Entwurf wesentlich ändert.`,
  },
  {
    english:
      /^The as-of date (\S+) precedes rule set (\S+) \(in force from (\S+)\); the law before then is not encoded, so dates and duties may differ\.$/,
    render: ([asOf, ruleSet, from]) =>
      `Der Stichtag ${asOf} liegt vor dem Regelwerk ${ruleSet} (in Kraft ab ${from}); das Recht davor ist nicht abgebildet, daher können Fristen und Pflichten abweichen.`,
  },
];
