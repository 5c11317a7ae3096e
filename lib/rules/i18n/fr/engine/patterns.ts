import type { CataloguePattern } from "../../types";

// The engine's texts built from dates, point lists and titles (see CataloguePattern).
export const PATTERNS: readonly CataloguePattern[] = [
  {
    english: /^(.+) The ban applies from (\S+); until then the practice is not yet prohibited\.$/,
    render: ([reason, date], part) =>
      `${part(reason)} L'interdiction s'applique à partir du ${date} ; d'ici là, la pratique n'est pas encore interdite.`,
  },
  {
    english: /^Stop: (.+)$/,
    render: ([title], part) => `Cesser : ${part(title)}`,
  },
  {
    english: /^It generates synthetic content; as a system placed before (\S+), marking is due by (\S+)\.$/,
    render: ([placed, due]) =>
      `Il génère du contenu synthétique ; en tant que système mis sur le marché avant le ${placed}, le marquage est dû au plus tard le ${due}.`,
  },
  {
    english:
      /^The provider relies on (.+) and the system does not profile natural persons, so it is not high-risk; the assessment must be documented and the system registered\.$/,
    render: ([conditions]) =>
      `Le fournisseur invoque ${conditions} et le système n'effectue pas de profilage de personnes physiques : il n'est donc pas à haut risque ; l'évaluation doit être documentée et le système enregistré.`,
  },
  {
    english: /^The product falls under (\d+) Annex I laws \((.+)\); the strictest route applies, (.+)\.$/,
    render: ([count, points, lead]) =>
      `Le produit relève de ${count} actes de l'Annex I (${points}) ; la voie la plus stricte s'applique, ${lead}.`,
  },
  {
    english:
      /^A safety component of, or itself, a product under (.+) \((Annex I Section \w point \d+)\) that needs third-party conformity assessment: high-risk, with the AI requirements assessed inside the sectoral procedure\.$/,
    render: ([act, point], part) =>
      `Composant de sécurité d'un produit, ou produit lui-même, relevant de ${part(act)} (${point}) et soumis à une évaluation de la conformité par un tiers : à haut risque, les exigences relatives à l'IA étant évaluées dans la procédure sectorielle.`,
  },
  {
    english:
      /^A safety component of, or itself, a product under (.+) \((Annex I Section \w point \d+)\) that needs third-party assessment: high-risk, but only Arts 6\(1\), 60a and 102-112 apply directly; the AI requirements arrive through sectoral law\.$/,
    render: ([act, point], part) =>
      `Composant de sécurité d'un produit, ou produit lui-même, relevant de ${part(act)} (${point}) et soumis à une évaluation par un tiers : à haut risque, mais seuls les Arts 6(1), 60a et 102-112 s'appliquent directement ; les exigences relatives à l'IA arrivent par le droit sectoriel.`,
  },
  {
    english:
      /^(.+) is high-risk only when used by or on behalf of the authorities Annex III names; that is not the case here\.$/,
    render: ([title], part) =>
      `« ${part(`${title}.`).replace(/\.$/, "")} » n'est à haut risque que si les autorités nommées à l'Annex III l'utilisent ou si elle est utilisée pour leur compte ; ce n'est pas le cas ici.`,
  },
  {
    english: /^Placed on the market before (\S+): the model must comply by (\S+)\.$/,
    render: ([placed, due]) =>
      `Mis sur le marché avant le ${placed} : le modèle doit être mis en conformité au plus tard le ${due}.`,
  },
  {
    english: /^A component of an Annex X large-scale IT system placed before (\S+): it must comply by (\S+)\.$/,
    render: ([placed, due]) =>
      `Composant d'un système d'information à grande échelle de l'Annex X mis sur le marché avant le ${placed} : il doit être mis en conformité au plus tard le ${due}.`,
  },
  {
    english:
      /^Placed before (\S+) and intended for public authorities: it must comply by (\S+) regardless of changes\.$/,
    render: ([placed, due]) =>
      `Mis sur le marché avant le ${placed} et destiné à des autorités publiques : il doit être mis en conformité au plus tard le ${due}, indépendamment des modifications.`,
  },
  {
    english:
      /^Placed before (\S+) and not significantly changed since: the high-risk duties apply only once its design changes significantly\.$/,
    render: ([placed]) =>
      `Mis sur le marché avant le ${placed} et sans modification importante depuis : les obligations liées au haut risque ne s'appliquent qu'une fois sa conception modifiée de façon importante.`,
  },
  {
    english:
      /^The as-of date (\S+) precedes rule set (\S+) \(in force from (\S+)\); the law before then is not encoded, so dates and duties may differ\.$/,
    render: ([asOf, ruleSet, from]) =>
      `La date de référence ${asOf} précède le jeu de règles ${ruleSet} (en vigueur depuis le ${from}) ; le droit antérieur n'est pas encodé, les dates et les obligations peuvent donc différer.`,
  },
];
