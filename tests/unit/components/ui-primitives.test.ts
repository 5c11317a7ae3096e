import { createElement as h } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { describedBy, Field, Input } from "@/components/ui/field";
import { SearchInput } from "@/components/ui/search-input";
import { Table, TableBody, TableHead, Th } from "@/components/ui/table";

describe("Table", () => {
  const html = renderToStaticMarkup(
    h(Table, {
      caption: "Recent results",
      children: [
        h(TableHead, { key: "head", children: h(Th, null, "When") }),
        h(TableBody, { key: "body" }, h("tr", null, h("td", null, "today"))),
      ],
    }),
  );

  it("scrolls inside a focusable region named by its caption, so a phone-width page never scrolls sideways", () => {
    const captionId = /<caption id="([^"]+)"/.exec(html)?.[1];
    expect(captionId).toBeTruthy();
    expect(html).toContain(`role="region" tabindex="0" aria-labelledby="${captionId}"`);
    expect(html).toMatch(/class="[^"]*overflow-x-auto/);
    expect(html).toContain(">Recent results</caption>");
  });

  it("gives column headers their scope", () => {
    expect(html).toContain('<th scope="col"');
  });

  it("takes an explicit region name when a test or a page refers to it by another one", () => {
    const named = renderToStaticMarkup(
      h(Table, { caption: "3 problems in 2 rows", label: "Problems found in the file", children: h(TableBody) }),
    );
    expect(named).toContain('aria-label="Problems found in the file"');
    expect(named).not.toContain("aria-labelledby");
  });
});

describe("Field", () => {
  it("keeps the hint next to the error, links both to the control and announces the error", () => {
    const html = renderToStaticMarkup(
      h(Field, {
        id: "name",
        label: "Name",
        hint: "As people call it",
        error: "Enter a name",
        required: true,
        children: h(Input, {
          id: "name",
          "aria-describedby": describedBy("name", "Enter a name", "As people call it"),
        }),
      }),
    );
    expect(html).toContain('aria-describedby="name-error name-hint"');
    expect(html).toContain('<p id="name-hint"');
    expect(html).toMatch(/<p id="name-error"[^>]*role="alert"[^>]*>Enter a name<\/p>/);
    expect(html).toContain("(required)");
  });
});

describe("SearchInput", () => {
  const html = renderToStaticMarkup(h(SearchInput, { id: "q", name: "q", placeholder: "Name" }));

  it('announces the "/" shortcut to screen readers and shows it as a key cap that they do not read twice', () => {
    expect(html).toMatch(/<input[^>]*type="search"[^>]*aria-keyshortcuts="\/"/);
    expect(html).toMatch(/<kbd aria-hidden="true"[^>]*>\/<\/kbd>/);
  });
});
