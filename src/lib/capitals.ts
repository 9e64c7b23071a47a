/** The three governments whose statements the site follows, in lane order. */
export const CAPITALS = ['baku', 'moscow', 'yerevan'] as const;

/** One of the three capitals: `baku`, `moscow` or `yerevan`. */
export type Capital = (typeof CAPITALS)[number];

/** True when `value` names one of the three capitals. */
export function isCapital(value: unknown): value is Capital {
  return typeof value === 'string' && (CAPITALS as readonly string[]).includes(value);
}
