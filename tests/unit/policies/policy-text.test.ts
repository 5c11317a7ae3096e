// A policy's text is Markdown written by members of the organisation and read by all of them: it is rendered as
// headings and lists, and nothing in it runs or loads in a reader's browser.
import { createElement as h } from "react";
import { describe, expect, it } from "vitest";
import { PolicyText } from "@/components/policies/policy-text";
import { policyBlocks } from "@/lib/policies/markdown-blocks";
import { POLICY_TEMPLATES } from "@/lib/policies/templates";
import { renderIn } from "../components/render-in";

const render = (body: string) => renderIn("en", h(PolicyText, { body }));

describe("PolicyText", () => {
  it("renders headings below the card's own heading, lists and emphasis", () => {
    const html = render("# Purpose\n\nUse **approved** tools.\n\n## Rules\n\n- One\n- Two\n\n1. First\n2. Second");
    expect(html).toContain(">Purpose</h3>");
    expect(html).toContain(">Rules</h3>");
    expect(html).toContain("<strong>approved</strong>");
    expect(html).toMatch(/<ul[^>]*>\s*<li>One<\/li>\s*<li>Two<\/li>\s*<\/ul>/);
    expect(html).toMatch(/<ol[^>]*>\s*<li>First<\/li>/);
    expect(html).not.toContain("<h1");
  });

  it("shows raw HTML as text instead of interpreting it", () => {
    const html = render('Hello <script>alert(1)</script> <img src="https://x.test/p.png" onerror="alert(2)">');
    expect(html).not.toContain("<script");
    expect(html).not.toContain("<img");
    expect(html).toContain("&lt;script&gt;");
  });

  it("drops unsafe link targets and never loads an image", () => {
    const html = render("[click](javascript:alert(1)) [site](https://example.test) ![logo](https://x.test/a.png)");
    expect(html).not.toContain("javascript:");
    expect(html).toContain('href="https://example.test"');
    expect(html).toContain('rel="noopener noreferrer nofollow"');
    expect(html).not.toContain("<img");
    expect(html).toContain("[Image: logo]");
  });

  it("names an image's stand-in in the reader's language", () => {
    const german = renderIn("de", h(PolicyText, { body: "![Logo](https://x.test/a.png) ![](https://x.test/b.png)" }));
    expect(german).toContain("[Bild: Logo]");
    expect(german).toContain("[Bild]");
    expect(renderIn("fr", h(PolicyText, { body: "![logo](https://x.test/a.png)" }))).toContain("[Image : logo]");
  });

  it("keeps a single newline as a line break, so text written before Markdown keeps its lines", () => {
    const body = "Purpose\nUse approved AI tools only.\nAsk the AI officer when unsure.\n\nScope\nAll staff.";
    const html = render(body);
    expect(html.match(/<p[ >]/g)).toHaveLength(2);
    expect(html).toMatch(/Purpose<br\/?>\s*Use approved AI tools only.<br\/?>\s*Ask the AI officer when unsure./);
    // The PDF reads the same lines (lib/policies/markdown-blocks.ts).
    expect(policyBlocks(body)).toEqual([
      { kind: "paragraph", text: "Purpose\nUse approved AI tools only.\nAsk the AI officer when unsure." },
      { kind: "paragraph", text: "Scope\nAll staff." },
    ]);
  });

  it("renders every template with headings and lists", () => {
    for (const template of POLICY_TEMPLATES) {
      const html = render(template.body);
      expect(html, template.key).toContain("</h3>");
      expect(html, template.key).toContain("<li>");
    }
  });
});
