// Chart geometry as pure functions of the data, in PDF points: the drawing functions beside this file only paint
// what these return, so proportions, zero values and crowded axes are tested without rendering a PDF.

/** The top of a value axis: 1, 2 or 5 × 10ⁿ at or above `max`; 1 when everything is zero, so nothing divides by 0. */
export function niceMax(max: number): number {
  if (!(max > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(max));
  const step = [1, 2, 5, 10].find((m) => m * power >= max) ?? 10;
  return step * power;
}

/** Four or five evenly spaced whole-number ticks from 0 to `scaleMax` (fewer when the scale is tiny). */
export function ticks(scaleMax: number): number[] {
  const step = scaleMax <= 4 ? 1 : scaleMax / (String(scaleMax).startsWith("2") ? 4 : 5);
  const out: number[] = [];
  for (let v = 0; v <= scaleMax + 1e-9; v += step) out.push(Math.round(v));
  return out;
}

/** `value` of `scaleMax` as a length of `full` points; never negative, never past the end. */
export function proportional(value: number, scaleMax: number, full: number): number {
  if (!(scaleMax > 0) || !(value > 0)) return 0;
  return Math.min(full, (value / scaleMax) * full);
}

export type HBar = { label: string; value: number; y: number; width: number };

/** Horizontal bars, one row each from `top`: widths on one shared 0…niceMax scale over `trackWidth` points. */
export function barLayout(
  items: readonly { label: string; value: number }[],
  options: { top: number; rowHeight: number; trackWidth: number },
): { bars: HBar[]; scaleMax: number; height: number } {
  const scaleMax = niceMax(Math.max(0, ...items.map((i) => i.value)));
  const bars = items.map((item, i) => ({
    label: item.label,
    value: item.value,
    y: options.top + i * options.rowHeight,
    width: proportional(item.value, scaleMax, options.trackWidth),
  }));
  return { bars, scaleMax, height: items.length * options.rowHeight };
}

export type Segment<K extends string> = { key: K; value: number; x: number; width: number };

/** One bar split into parts, as shares of the parts' total across `width` (an empty total gives empty segments). */
export function stackLayout<K extends string>(
  parts: readonly { key: K; value: number }[],
  x: number,
  width: number,
): Segment<K>[] {
  const total = parts.reduce((sum, p) => sum + Math.max(0, p.value), 0);
  let at = x;
  return parts.map((p) => {
    const w = proportional(p.value, total, width);
    const segment = { key: p.key, value: p.value, x: at, width: w };
    at += w;
    return segment;
  });
}

export type Column = {
  label: string;
  x: number;
  width: number;
  /** Stacked from the baseline: done at the bottom, open above it. */
  done: { y: number; height: number };
  open: { y: number; height: number };
  /** Whether the axis prints this column's label (every n-th when columns are narrow). */
  showLabel: boolean;
};

/**
 * Stacked columns across `width` points above `baseline`, `height` points tall at the scale's top. Columns are at
 * most 40 pt wide; with many columns the labels thin out so that each label gets at least `labelWidth` points.
 */
export function columnLayout(
  groups: readonly { label: string; done: number; open: number }[],
  box: { x: number; baseline: number; width: number; height: number; labelWidth: number },
): { columns: Column[]; scaleMax: number; labelEvery: number } {
  const scaleMax = niceMax(Math.max(0, ...groups.map((g) => g.done + g.open)));
  const slot = groups.length ? box.width / groups.length : box.width;
  const width = Math.min(40, slot * 0.7);
  const labelEvery = Math.max(1, Math.ceil(box.labelWidth / slot));
  const columns = groups.map((g, i) => {
    const doneHeight = proportional(g.done, scaleMax, box.height);
    const openHeight = Math.min(box.height - doneHeight, proportional(g.open, scaleMax, box.height));
    return {
      label: g.label,
      x: box.x + i * slot + (slot - width) / 2,
      width,
      done: { y: box.baseline - doneHeight, height: doneHeight },
      open: { y: box.baseline - doneHeight - openHeight, height: openHeight },
      showLabel: i % labelEvery === 0 || i === groups.length - 1,
    };
  });
  return { columns, scaleMax, labelEvery };
}

/** Points of one line over evenly spaced days: x across `width`, y from `baseline` up to `height` at `scaleMax`. */
export function linePoints(
  values: readonly number[],
  box: { x: number; baseline: number; width: number; height: number },
  scaleMax: number,
): { x: number; y: number }[] {
  const step = values.length > 1 ? box.width / (values.length - 1) : 0;
  return values.map((v, i) => ({
    x: box.x + (values.length > 1 ? i * step : box.width / 2),
    y: box.baseline - proportional(v, scaleMax, box.height),
  }));
}
