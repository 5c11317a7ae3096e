// The PDF of a policy reads the same Markdown as its page: headings, paragraphs and (nested) list items as blocks.
import { describe, expect, it } from "vitest";
import { imageTextIn } from "@/lib/policies/image-text";
import { policyBlocks } from "@/lib/policies/markdown-blocks";
import { POLICY_TEMPLATES } from "@/lib/policies/templates";

describe("policyBlocks", () => {
  it("splits headings, paragraphs and numbered and bulleted lists, flattening emphasis", () => {
    const md = "## 1. Purpose\n\nUse **approved** tools.\n\n- One\n  - Inner\n- Two\n\n3. Third\n4. Fourth";
    expect(policyBlocks(md)).toEqual([
      { kind: "heading", depth: 2, text: "1. Purpose" },
      { kind: "paragraph", text: "Use approved tools." },
      { kind: "item", marker: "•", level: 0, text: "One" },
      { kind: "item", marker: "•", level: 1, text: "Inner" },
      { kind: "item", marker: "•", level: 0, text: "Two" },
      { kind: "item", marker: "3.", level: 0, text: "Third" },
      { kind: "item", marker: "4.", level: 0, text: "Fourth" },
    ]);
  });

  it("keeps a link's address and HTML as typed text, and an image as its description", () => {
    expect(policyBlocks("See [the intranet](https://intra.example) <b>now</b> ![logo](x.png)")).toEqual([
      { kind: "paragraph", text: "See the intranet (https://intra.example) <b>now</b> [Image: logo]" },
    ]);
  });

  it("names an image in the document's language, inside lists and links too", () => {
    expect(policyBlocks("- ![Logo](x.png) and [![](y.png)](https://a.example)", imageTextIn("de"))).toEqual([
      { kind: "item", marker: "•", level: 0, text: "[Bild: Logo] and [Bild] (https://a.example)" },
    ]);
    expect(policyBlocks("![logo](x.png)", imageTextIn("fr"))).toEqual([{ kind: "paragraph", text: "[Image : logo]" }]);
  });

  it("gives every template headings and list items", () => {
    for (const t of POLICY_TEMPLATES) {
      const kinds = new Set(policyBlocks(t.body).map((b) => b.kind));
      expect([...kinds].sort(), t.key).toEqual(expect.arrayContaining(["heading", "item", "paragraph"]));
    }
  });
});
