/** A flat dictionary of interface strings under dotted keys (`"nav.search"`). */
export type Dictionary = Readonly<Record<string, string>>;

/**
 * Looks `key` up in `dict` (falling back to `fallback`) and fills `{name}` placeholders from
 * `vars`. A missing key throws: a page must never show a raw key to a reader.
 */
export function translate(
  dict: Dictionary,
  key: string,
  vars: Readonly<Record<string, string | number>> = {},
  fallback?: Dictionary,
): string {
  const template = dict[key] ?? fallback?.[key];
  if (template === undefined) throw new Error(`missing interface string: ${key}`);
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in vars ? String(vars[name]) : whole,
  );
}
