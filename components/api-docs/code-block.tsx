// Long schemas scroll inside the block; tabIndex lets keyboard users scroll it too.
export function CodeBlock({ code, label }: { code: string; label: string }) {
  return (
    <pre
      tabIndex={0}
      aria-label={label}
      className="max-h-96 overflow-auto rounded-md bg-slate-900 p-4 font-mono text-xs leading-relaxed text-slate-100 focus:outline-none focus-visible:ring-2 focus-visible:ring-indigo-500 focus-visible:ring-offset-2"
    >
      <code>{code}</code>
    </pre>
  );
}

export function SchemaDetails({ summary, code }: { summary: string; code: string }) {
  return (
    <details className="group rounded-md border border-slate-200">
      <summary className="cursor-pointer select-none rounded-md px-3 py-2 text-sm font-medium text-slate-800 hover:bg-slate-50 focus:outline-none focus-visible:ring-2 focus-visible:ring-indigo-500">
        {summary}
      </summary>
      <div className="border-t border-slate-200 p-3">
        <CodeBlock code={code} label={summary} />
      </div>
    </details>
  );
}
