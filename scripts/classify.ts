/**
 * npm run classify -- profile.json [--as-of YYYY-MM-DD] [--rule-set ID] [--json]
 *   prints the result as text ("Not determined yet — could be High-risk", the deciding questions, notes, removals);
 *   --json prints the whole ClassificationResult instead
 * npm run classify -- --schema       prints the profile's JSON Schema
 * npm run classify -- --questions    prints the questionnaire
 * Invalid input prints a readable error naming the field and exits with code 1.
 */
import { readFileSync } from "node:fs";
import { z } from "zod";
import { QUESTIONNAIRE, ZSystemProfile, classify, listRuleSets } from "../lib/rules";
import { formatResult } from "./classify-text";

const USAGE =
  "Usage: npm run classify -- <profile.json> [--as-of YYYY-MM-DD] [--rule-set ID] [--json] | --schema | --questions | --rule-sets";

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

function print(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

function flagValue(args: string[], flag: string): string | undefined {
  const inline = args.find((a) => a.startsWith(`${flag}=`));
  if (inline) return inline.slice(flag.length + 1);
  const index = args.indexOf(flag);
  if (index === -1) return undefined;
  const value = args[index + 1];
  if (value === undefined || value.startsWith("--")) fail(`${flag} needs a value.\n${USAGE}`);
  return value;
}

function readProfile(path: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch {
    fail(`Cannot read profile file: ${path}`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    fail(`Profile file is not valid JSON: ${(error as Error).message}`);
  }
}

function main(args: string[]): void {
  if (args.includes("--help") || args.length === 0) return void process.stdout.write(`${USAGE}\n`);
  if (args.includes("--schema")) return print(z.toJSONSchema(ZSystemProfile));
  if (args.includes("--questions")) return print(QUESTIONNAIRE);
  if (args.includes("--rule-sets")) return print(listRuleSets());
  const asOf = flagValue(args, "--as-of");
  const ruleSetVersion = flagValue(args, "--rule-set");
  const path = args.find((a, i) => !a.startsWith("--") && args[i - 1] !== "--as-of" && args[i - 1] !== "--rule-set");
  if (!path) fail(`No profile file given.\n${USAGE}`);
  const parsed = ZSystemProfile.safeParse(readProfile(path));
  if (!parsed.success) fail(`Invalid profile in ${path}:\n${z.prettifyError(parsed.error)}`);
  try {
    const result = classify(parsed.data, { asOf, ruleSetVersion });
    if (args.includes("--json")) print(result);
    else process.stdout.write(formatResult(result));
  } catch (error) {
    fail((error as Error).message);
  }
}

main(process.argv.slice(2));
