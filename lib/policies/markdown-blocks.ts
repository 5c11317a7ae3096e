import { fromMarkdown } from "mdast-util-from-markdown";

// A policy's Markdown text as plain blocks for the PDF (the page renders it with react-markdown; both parse with
// micromark, so headings and lists break in the same places). Emphasis and links are flattened to their text, a link
// keeping its address in brackets; raw HTML is kept as the text it was typed as, as on the page. A single newline
// inside a paragraph stays a newline in the block's text, which the PDF writes as a line end: the page's
// remark-breaks shows it as a line break too (components/policies/policy-text.tsx).

export type PolicyBlock =
  | { kind: "heading"; depth: number; text: string }
  | { kind: "paragraph"; text: string; quote?: boolean }
  | { kind: "item"; marker: string; level: number; text: string }
  | { kind: "code"; text: string }
  | { kind: "rule" };

type Root = ReturnType<typeof fromMarkdown>;
type Node = Root["children"][number];
type AnyNode = { type: string; value?: string; url?: string; alt?: string | null; children?: AnyNode[] };

/** How a picture reads in text: the page and the PDF never load it, they name it (in the reader's language). */
export type ImageText = (alt: string | null | undefined) => string;
const ENGLISH_IMAGE: ImageText = (alt) => `[Image${alt ? `: ${alt}` : ""}]`;

function inline(node: AnyNode, image: ImageText): string {
  switch (node.type) {
    case "text":
    case "inlineCode":
    case "html":
      return node.value ?? "";
    case "break":
      return "\n";
    case "image":
      return image(node.alt);
    case "link": {
      const text = (node.children ?? []).map((c) => inline(c, image)).join("");
      return node.url && node.url !== text ? `${text} (${node.url})` : text;
    }
    default:
      return (node.children ?? []).map((c) => inline(c, image)).join("");
  }
}

function walk(node: Node | AnyNode, out: PolicyBlock[], level: number, quote: boolean, image: ImageText): void {
  const n = node as AnyNode & { depth?: number; ordered?: boolean | null; start?: number | null };
  switch (n.type) {
    case "heading":
      out.push({ kind: "heading", depth: n.depth ?? 1, text: inline(n, image) });
      return;
    case "paragraph":
      out.push({ kind: "paragraph", text: inline(n, image), ...(quote ? { quote } : {}) });
      return;
    case "html":
      out.push({ kind: "paragraph", text: n.value ?? "" });
      return;
    case "code":
      out.push({ kind: "code", text: n.value ?? "" });
      return;
    case "thematicBreak":
      out.push({ kind: "rule" });
      return;
    case "blockquote":
      for (const child of n.children ?? []) walk(child, out, level, true, image);
      return;
    case "list":
      (n.children ?? []).forEach((item, i) => {
        const marker = n.ordered ? `${(n.start ?? 1) + i}.` : "•";
        const [first, ...rest] = item.children ?? [];
        const lead = first && first.type === "paragraph" ? inline(first, image) : "";
        out.push({ kind: "item", marker, level, text: lead });
        for (const child of first && first.type === "paragraph" ? rest : (item.children ?? []))
          walk(child, out, level + 1, quote, image);
      });
      return;
    default:
      if (n.children) for (const child of n.children) walk(child, out, level, quote, image);
      else if (n.value) out.push({ kind: "paragraph", text: n.value });
  }
}

export function policyBlocks(markdown: string, image: ImageText = ENGLISH_IMAGE): PolicyBlock[] {
  const out: PolicyBlock[] = [];
  for (const node of fromMarkdown(markdown).children) walk(node, out, 0, false, image);
  return out;
}
