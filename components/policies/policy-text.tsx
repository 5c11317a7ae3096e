import type { Components } from "react-markdown";
import Markdown from "react-markdown";
import { useTranslations } from "next-intl";
import remarkBreaks from "remark-breaks";

// A policy's text written in Markdown (headings, lists, emphasis, links), rendered as React elements. Raw HTML in the
// text is never interpreted: react-markdown escapes it (no rehype-raw), and its default URL filter drops
// javascript: and other unsafe link targets. Images are shown as their description only, so that reading a policy
// never fetches a picture from wherever its author pointed it.
// A single newline is a line break (remark-breaks), as typed in the editor: policies written as plain text before
// their bodies were read as Markdown keep their lines instead of running together as one paragraph, and every author
// gets what the textarea shows. The PDF agrees (lib/policies/markdown-blocks.ts keeps those newlines as line ends).
const REMARK_PLUGINS = [remarkBreaks];
const COMPONENTS: Components = {
  // The card around the text has the page's h2: the policy's own headings sit below it.
  h1: ({ children }) => <h3 className="mt-5 text-base font-semibold text-slate-900 first:mt-0">{children}</h3>,
  h2: ({ children }) => <h3 className="mt-5 text-base font-semibold text-slate-900 first:mt-0">{children}</h3>,
  h3: ({ children }) => <h4 className="mt-4 text-sm font-semibold text-slate-900 first:mt-0">{children}</h4>,
  h4: ({ children }) => <h4 className="mt-4 text-sm font-semibold text-slate-900 first:mt-0">{children}</h4>,
  h5: ({ children }) => <h4 className="mt-4 text-sm font-semibold text-slate-900 first:mt-0">{children}</h4>,
  h6: ({ children }) => <h4 className="mt-4 text-sm font-semibold text-slate-900 first:mt-0">{children}</h4>,
  p: ({ children }) => <p className="mt-2 first:mt-0">{children}</p>,
  ul: ({ children }) => <ul className="mt-2 list-disc space-y-1 pl-5">{children}</ul>,
  ol: ({ children }) => <ol className="mt-2 list-decimal space-y-1 pl-5">{children}</ol>,
  blockquote: ({ children }) => (
    <blockquote className="mt-2 border-l-4 border-slate-200 pl-3 text-slate-700">{children}</blockquote>
  ),
  a: ({ children, href }) => (
    <a href={href} className="text-blue-700 underline" rel="noopener noreferrer nofollow">
      {children}
    </a>
  ),
  code: ({ children }) => <code className="rounded bg-slate-100 px-1 font-mono text-[0.85em]">{children}</code>,
  pre: ({ children }) => <pre className="mt-2 overflow-x-auto rounded bg-slate-100 p-3">{children}</pre>,
  img: ({ alt }) => <ImageStandIn alt={alt} />,
  hr: () => <hr className="my-4 border-slate-200" />,
};

function ImageStandIn({ alt }: { alt?: string }) {
  const t = useTranslations("PolicyPage");
  return <span className="text-slate-600">{alt ? t("imageWithText", { alt }) : t("image")}</span>;
}

export function PolicyText({ body }: { body: string }) {
  return (
    <div className="max-w-3xl break-words text-sm leading-6 text-slate-900">
      <Markdown components={COMPONENTS} remarkPlugins={REMARK_PLUGINS}>
        {body}
      </Markdown>
    </div>
  );
}
