import { readdirSync, readFileSync } from "node:fs";
import ts from "typescript";
import { validationKey } from "@/lib/validations/i18n";

const DIR = "lib/validations";

// Schemas only the REST API uses: their messages reach nobody but problem+json, which stays English. (api-token.ts
// is the settings form's for creating tokens.)
const API_ONLY = /^(api-(?!token\.).*|.*-api|models)\.ts$/;
// A message with a non-numeric part spliced in cannot be keyed; this one lists the CSV's English codes.
const SPLICED = new Set(["Not a known value. Allowed: {n}."]);

// Where zod takes a message: a call's later argument (.min(1, "…"), z.enum(X, "…"), .refine(f, "…")), the first of
// a call that takes only a message (.email("…")), or a `message:`/`error:` property. .describe() is documentation.
const MESSAGE_FIRST = new Set(["email", "url", "int", "positive", "nonnegative", "nonempty", "file", "finite"]);

function calleeName(call: ts.CallExpression): string {
  const callee = call.expression;
  return ts.isPropertyAccessExpression(callee) ? callee.name.text : callee.getText();
}

function isMessagePosition(node: ts.Expression): boolean {
  const parent = node.parent;
  if (ts.isPropertyAssignment(parent)) return ["message", "error"].includes(parent.name.getText());
  if (!ts.isCallExpression(parent)) return false;
  const name = calleeName(parent);
  if (name === "describe" || name === "meta") return false;
  const index = parent.arguments.indexOf(node);
  return index > 0 || (index === 0 && MESSAGE_FIRST.has(name));
}

// A template's `${…}` parts are numbers (limits), so they key like the number they become.
function textOf(node: ts.Expression): string | null {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node))
    return node
      .getText()
      .slice(1, -1)
      .replace(/\$\{[^}]*\}/g, "0");
  return null;
}

/** Every message a schema a person uses can show, as the catalogue key it is translated under. */
export function validationMessageKeys(): Map<string, string> {
  const keys = new Map<string, string>();
  for (const file of readdirSync(DIR).filter((f) => f.endsWith(".ts") && !API_ONLY.test(f))) {
    const source = ts.createSourceFile(file, readFileSync(`${DIR}/${file}`, "utf8"), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node) => {
      const text = ts.isExpression(node) && isMessagePosition(node) ? textOf(node) : null;
      // Messages are sentences; literals such as enum values are not.
      if (text && /^[A-Z“(]/.test(text) && text.includes(" ")) {
        const key = validationKey(text);
        if (!SPLICED.has(key)) keys.set(key, file);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return keys;
}
