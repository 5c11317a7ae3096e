// With noUncheckedIndexedAccess every `rows[0]` is `T | undefined`. A test that expects the element to be there
// should fail saying what was missing, not with "cannot read properties of undefined" three lines further down,
// and not be silenced with `!`. Plain throws (no vitest import) so Playwright specs can use these too.

export function defined<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`Expected ${what} to be defined, but it was undefined`);
  return value;
}

export function one<T>(items: readonly T[], index = 0, what = "item"): T {
  if (!Number.isInteger(index) || index < 0 || index >= items.length) {
    throw new Error(`Expected ${what} at index ${index}, but the list has ${items.length} element(s)`);
  }
  // In range, so this is an element, even where T itself admits undefined (a list of optional values).
  return items[index] as T;
}
