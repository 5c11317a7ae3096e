import { describe, expect, it } from "vitest";
import { escapeTeamsMarkdown } from "@/lib/webhooks/teams";

// Teams' Markdown subset: emphasis and links anywhere, lists and headings where a line starts.
describe("escapeTeamsMarkdown", () => {
  it("escapes emphasis, links, code and the backslash itself", () => {
    expect(escapeTeamsMarkdown("*x* [link](http://evil) _y_ `z` ~w~ a\\b")).toBe(
      "\\*x\\* \\[link\\](http://evil) \\_y\\_ \\`z\\` \\~w\\~ a\\\\b",
    );
  });
  it("escapes list and heading markers only where a line starts", () => {
    expect(escapeTeamsMarkdown("- one\n  + two\n# three\n> four\n12. five")).toBe(
      "\\- one\n  \\+ two\n\\# three\n\\> four\n12\\. five",
    );
    expect(escapeTeamsMarkdown("INC-0007: Art 6(3) at 3.5% > limit")).toBe("INC-0007: Art 6(3) at 3.5% > limit");
  });
});
