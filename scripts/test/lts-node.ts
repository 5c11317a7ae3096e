import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

// The Node.js lines Actlas supports besides the machine's own: CI runs the unit and integration suites on them too.
// The npm registry ships Node builds as packages (node-<platform>-<arch>), so no download from anywhere else; each
// is installed once into .data/node/<version>. Exact versions, so a run is repeatable; raise them with each LTS patch.
export const LTS_NODE = { "22": "22.23.5", "24": "24.22.3" } as const;

/** The path of a Node binary of that line, installed on first use; throws with npm's words when it cannot be. */
export function ltsNode(line: keyof typeof LTS_NODE): string {
  const version = LTS_NODE[line];
  const pkg = `node-${process.platform}-${process.arch}`;
  const prefix = path.resolve(".data", "node", version);
  const binary = path.join(prefix, "node_modules", pkg, "bin", process.platform === "win32" ? "node.exe" : "node");
  if (!fs.existsSync(binary)) {
    fs.mkdirSync(prefix, { recursive: true });
    const npm = spawnSync(
      "npm",
      ["install", "--prefix", prefix, "--no-save", "--no-audit", "--no-fund", "--no-package-lock", `${pkg}@${version}`],
      { encoding: "utf8" },
    );
    if (npm.status !== 0 || !fs.existsSync(binary))
      throw new Error(`could not install Node ${version} (${pkg}) from the npm registry: ${npm.stderr.trim()}`);
  }
  return binary;
}
