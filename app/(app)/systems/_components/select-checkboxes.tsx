"use client";
import { useId, type KeyboardEvent } from "react";
import { useTranslations } from "next-intl";

const box =
  "h-4 w-4 cursor-pointer accent-indigo-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600";

// Only the "select all" box is a Tab stop, so Tab goes from one system's link to the next instead of stopping on a
// checkbox before each. From it, the arrow keys walk the rows' boxes (Space ticks one), like a column of a grid;
// screen readers still reach every box in the table.
const ROW_BOX = "input[data-row-select]";

function moveAmongBoxes(event: KeyboardEvent<HTMLInputElement>) {
  if (event.key !== "ArrowDown" && event.key !== "ArrowUp") return;
  const table = event.currentTarget.closest("table");
  if (!table) return;
  const boxes = [
    table.querySelector<HTMLInputElement>("input[data-select-all]"),
    ...table.querySelectorAll<HTMLInputElement>(ROW_BOX),
  ].filter((b): b is HTMLInputElement => !!b);
  const at = boxes.indexOf(event.currentTarget);
  const next = boxes[at + (event.key === "ArrowDown" ? 1 : -1)];
  if (!next) return;
  event.preventDefault();
  next.focus();
}

export function SelectAllCheckbox({
  checked,
  indeterminate,
  onChange,
}: {
  checked: boolean;
  indeterminate: boolean;
  onChange: (checked: boolean) => void;
}) {
  const hint = useId();
  const t = useTranslations("Inventory");
  return (
    <>
      <input
        type="checkbox"
        className={box}
        data-select-all
        aria-label={t("selectAll")}
        aria-describedby={hint}
        aria-keyshortcuts="ArrowDown"
        checked={checked}
        ref={(el) => {
          if (el) el.indeterminate = indeterminate;
        }}
        onChange={(event) => onChange(event.target.checked)}
        onKeyDown={moveAmongBoxes}
      />
      <span id={hint} className="sr-only">
        {t("selectAllHint")}
      </span>
    </>
  );
}

export function SelectRowCheckbox({
  name,
  checked,
  onChange,
}: {
  name: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  const t = useTranslations("Inventory");
  return (
    <input
      type="checkbox"
      className={box}
      data-row-select
      tabIndex={-1}
      aria-label={t("selectRow", { name })}
      aria-keyshortcuts="ArrowUp ArrowDown"
      checked={checked}
      onChange={(event) => onChange(event.target.checked)}
      onKeyDown={moveAmongBoxes}
    />
  );
}
