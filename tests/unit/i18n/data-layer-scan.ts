import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";

const DIR = "lib/dal";

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(path.join(dir, e.name)) : e.name.endsWith(".ts") ? [path.join(dir, e.name)] : [],
  );
}

// A plain sentence, or a constant of the same file holding one; a template with `${…}` names a record or a time and is
// translated by a pattern (lib/validations/i18n/error-patterns.ts), which this scan does not check.
function textOf(node: ts.Expression, constants: Map<string, string>): string | null {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isIdentifier(node)) return constants.get(node.text) ?? null;
  return null;
}

/** Every fixed message the data layer refuses with (`new AppError(code, "…")`), with the file it is in. */
export function dataLayerMessages(): Map<string, string> {
  const found = new Map<string, string>();
  for (const file of files(DIR)) {
    const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
    const constants = new Map<string, string>();
    const collect = (node: ts.Node) => {
      if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer) {
        const init = node.initializer;
        if (ts.isStringLiteral(init) || ts.isNoSubstitutionTemplateLiteral(init))
          constants.set(node.name.text, init.text);
      }
      ts.forEachChild(node, collect);
    };
    collect(source);
    const visit = (node: ts.Node) => {
      if (ts.isNewExpression(node) && node.expression.getText() === "AppError" && node.arguments?.[1]) {
        const text = textOf(node.arguments[1], constants);
        if (text && /^[A-Z“(]/.test(text) && text.includes(" ")) found.set(text, file);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}
