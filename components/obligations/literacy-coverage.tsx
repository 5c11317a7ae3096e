import Link from "next/link";

// The Art 4 duty's live figure from the literacy register, under its title: what an auditor checks it against.
export function LiteracyCoverage(props: { systemId: string; backed: boolean; summary: string; done: boolean }) {
  const tone = props.backed ? "bg-emerald-50 text-emerald-950" : "bg-amber-50 text-amber-950";
  return (
    <p className={`mt-2 max-w-3xl rounded-md px-3 py-2 text-sm ${tone}`}>
      <span className="font-medium">AI literacy register: </span>
      {props.summary}.{" "}
      {props.backed
        ? "Full coverage counts as this duty's evidence."
        : props.done
          ? "Coverage is short of everyone since this was marked done."
          : "Marking it done needs a note saying why, until everyone is trained."}{" "}
      <Link href={`/systems/${props.systemId}#ai-literacy`} className="font-medium underline">
        See who is trained
      </Link>
    </p>
  );
}
