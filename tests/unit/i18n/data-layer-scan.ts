import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";

// The data layer, the URL guard and the file checks word refusals in English: as an error's message, a field's error,
// an import row's problem, through a helper (`invalid(field, "…")`) or a constant. All of them reach a person through
// an action or a route, which translate them (lib/action.ts, lib/route.ts, the import's stream).
const DIRS = ["lib/dal", "lib/net", "lib/import", "lib/bom", "lib/evidence", "lib/csv"];

// Files whose sentences reach people another way, each with how.
const NOT_SCANNED: Record<string, string> = {
  "lib/import/columns.ts": "the columns' hints and examples: the import page words them from messages by column",
};

// Sentences these directories hold that no person reads in the interface, each with why.
const NOT_FOR_THE_INTERFACE: Record<string, string> = {
  'The organisation import has no ids for table "…"; check export-spec.ts.': "a developer's error",
  "No table … in the database client.": "a developer's error",
  "The Prisma client does not expose its schema; the organisation import cannot check columns.": "a developer's error",
  "No model … in the data model.": "a developer's error",
  "This API token's scopes do not allow this (…).": "the REST API's, which answers in English",
  "… Ask an administrator to revoke it and create a new one.": "the REST API's, which answers in English",
  "Refused: … resolves to a private or loopback address (…).": "a socket's error, shown as the URL guard's reason",
  "Too many failed sign-in attempts. Try again in ….": "the sign-in page words it from the minutes",
  "This API token no longer works: the person who created it is no longer a member of the organisation.":
    "the REST API's; Settings words it from the reason",
  "This API token no longer works: the role of the person who created it no longer allows its scopes.":
    "the REST API's; Settings words it from the reason",
  "… result outside its threshold: ….": "a monitoring task's text, worded by lib/incidents/monitoring-task-text.ts",
  "Reopened by a monitoring breach (…).": "an obligation's history note, worded from REOPENED_BY_BREACH",
  "The server sent no answer.": "thrown in the browser; the import page says its own words instead",
  "Allowed (several separated by …): ….": "part of the import's value refusal, which lib/import/values-i18n.ts words",
};

// Values the names below cannot tell, by the expression's text.
const EXPRESSION_SAMPLES: Record<string, string> = {
  "BAND_LABELS[band].toLowerCase()": "high",
  "input.kind": "system",
  where: "",
  "error.message": "The time-stamping authority stamped something other than this signature.",
  "coverageSummary(coverage)": "2 of 3 operators and overseers trained",
  "allowed.label": "PDF document",
  "fatal.message": "Quoted field unterminated",
};

// A value for each `${…}`, chosen by what the expression is or names, so a pattern
// (lib/validations/i18n/error-patterns.ts) can recognise the sentence it builds.
function sampleFor(node: ts.Expression): string {
  const text = node.getText();
  if (text in EXPRESSION_SAMPLES) return EXPRESSION_SAMPLES[text]!;
  if (ts.isParenthesizedExpression(node)) return sampleFor(node.expression);
  if (ts.isConditionalExpression(node)) return sampleFor(node.whenTrue);
  const built = sentenceOf(node);
  if (built) return built.sample;
  if (ts.isBinaryExpression(node)) return "3";
  if (ts.isCallExpression(node)) {
    const word = node.arguments[1];
    const called = node.expression.getText();
    if (called === "n") return "3";
    if (called === "kb") return "8 KB";
    if (called === "formatBytes") return "25 MB";
    if (called === "countPhrase" && word && ts.isStringLiteral(word)) return `3 ${word.text}s`;
    if (called === "verbFor" && word && ts.isStringLiteral(word)) return word.text;
  }
  if (/format|At\b|At\)|\bat\b|until|date/i.test(text)) return "5 Dec 2026, 14:03 UTC";
  if (/^[A-Z_]+$/.test(text) || /\.(length|number|version)$|toLocaleString|count|^n$|^number$/i.test(text)) return "3";
  return "Example";
}

export type Sentence = { shape: string; english: string; file: string; built: boolean; setAside: boolean };

const isSentence = (text: string) =>
  /^[A-Z“(…\d]/.test(text) && /[a-z]+ [a-z]+ [a-z]+/.test(text) && /[.:;!?]$/.test(text.trim());

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(path.join(dir, e.name)) : e.name.endsWith(".ts") ? [path.join(dir, e.name)] : [],
  );
}

type Found = { shape: string; sample: string; built: boolean };

function sentenceOf(node: ts.Node): Found | null {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node))
    return { shape: node.text, sample: node.text, built: false };
  // A sentence too long for one line: `…${x}). ` + "An export can only…".
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    const [left, right] = [sentenceOf(node.left), sentenceOf(node.right)];
    if (!left || !right) return null;
    return { shape: left.shape + right.shape, sample: left.sample + right.sample, built: left.built || right.built };
  }
  if (!ts.isTemplateExpression(node)) return null;
  const spans = node.templateSpans;
  return {
    shape: node.head.text + spans.map((s) => `…${s.literal.text}`).join(""),
    sample: node.head.text + spans.map((s) => sampleFor(s.expression) + s.literal.text).join(""),
    built: true,
  };
}

/**
 * Every sentence of the data layer and the URL guard a person may read, keyed by its shape (`…` for each value a
 * template puts in), with a sample of it (the values filled in) and its file. Imports, type names and keys are not
 * sentences: a sentence starts with a capital, has three words in a row and ends with a stop.
 */
export function dataLayerSentences(): Map<string, Sentence> {
  const found = new Map<string, Sentence>();
  for (const file of DIRS.flatMap(files).filter((f) => !(f in NOT_SCANNED))) {
    const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node) => {
      const sentence = sentenceOf(node);
      if (sentence && isSentence(sentence.shape)) {
        const { shape, sample, built } = sentence;
        found.set(shape, { shape, english: sample, file, built, setAside: shape in NOT_FOR_THE_INTERFACE });
      }
      if (!sentence) ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}

/** The sentences set aside above that the scan no longer finds: a stale entry hides nothing and should go. */
export function staleExceptions(found: Map<string, Sentence>): string[] {
  return Object.keys(NOT_FOR_THE_INTERFACE).filter((shape) => !found.has(shape));
}
