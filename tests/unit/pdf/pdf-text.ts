import { execFile } from "node:child_process";
import { mkdtemp, readdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { defined } from "../../helpers/expect-defined";

const execute = promisify(execFile);

// The PDF tests read rendered PDFs back with poppler's command-line tools; without them every such test would fail
// with a bare "spawn pdftotext ENOENT", so say what is missing and how to get it.
async function run(tool: "pdftotext" | "pdftoppm", args: string[], options: { maxBuffer?: number } = {}) {
  try {
    return await execute(tool, args, options);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
    throw new Error(
      `${tool} was not found on PATH. The PDF tests need poppler's command-line tools: install poppler-utils (Debian/Ubuntu: apt-get install poppler-utils; macOS: brew install poppler).`,
    );
  }
}

async function toFile(pdf: Buffer): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "actlas-pdf-"));
  const file = path.join(dir, "dossier.pdf");
  await writeFile(file, pdf);
  return file;
}

/** Text of every page (pdftotext separates pages with a form feed), with runs of white space collapsed. */
export async function pdfPages(pdf: Buffer): Promise<string[]> {
  const { stdout } = await run("pdftotext", ["-raw", "-enc", "UTF-8", await toFile(pdf), "-"], {
    maxBuffer: 64 * 1024 * 1024,
  });
  return stdout
    .split("\f")
    .slice(0, -1)
    .map((page) => page.replace(/\s+/g, " ").trim());
}

export type Word = { page: number; text: string; xMin: number; yMin: number; xMax: number; yMax: number };

/** Every word with its box in points, from pdftotext's bounding-box output. */
export async function pdfWords(pdf: Buffer): Promise<{ pages: { width: number; height: number }[]; words: Word[] }> {
  const { stdout } = await run("pdftotext", ["-bbox", "-enc", "UTF-8", await toFile(pdf), "-"], {
    maxBuffer: 256 * 1024 * 1024,
  });
  const pages: { width: number; height: number }[] = [];
  const words: Word[] = [];
  for (const line of stdout.split("\n")) {
    const page = line.match(/<page width="([\d.]+)" height="([\d.]+)">/);
    if (page) pages.push({ width: Number(page[1]), height: Number(page[2]) });
    const word = line.match(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*)<\/word>/);
    if (word)
      words.push({
        page: pages.length,
        xMin: Number(word[1]),
        yMin: Number(word[2]),
        xMax: Number(word[3]),
        yMax: Number(word[4]),
        text: defined(word[5], "the text of a pdftotext word"),
      });
  }
  return { pages, words };
}

/** Renders chosen pages to PNG (for a person to look at) and returns the file paths. */
export async function pdfToPngs(pdf: Buffer, outDir: string, first: number, last: number): Promise<string[]> {
  await run("pdftoppm", [
    "-png",
    "-r",
    "50",
    "-f",
    String(first),
    "-l",
    String(last),
    await toFile(pdf),
    path.join(outDir, "page"),
  ]);
  return (await readdir(outDir))
    .filter((f) => f.endsWith(".png"))
    .sort()
    .map((f) => path.join(outDir, f));
}
