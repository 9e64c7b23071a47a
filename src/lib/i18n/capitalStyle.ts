import type { Capital } from '../capitals';

/** A mark's shape: each capital has its own, so colour is never the only cue. */
export type CapitalShape = 'circle' | 'square' | 'triangle';

/**
 * Colour and shape per capital. Colours are from the Okabe–Ito palette, which stays
 * distinguishable under the common colour-vision deficiencies; shape and a text label go
 * with the colour everywhere.
 */
export const CAPITAL_STYLE: Readonly<Record<Capital, { colour: string; shape: CapitalShape }>> = {
  baku: { colour: '#0072B2', shape: 'circle' },
  moscow: { colour: '#D55E00', shape: 'square' },
  yerevan: { colour: '#009E73', shape: 'triangle' },
};

/** SVG path data for a shape centred on (0, 0) with about `r` radius, for marks and legends. */
export function shapePath(shape: CapitalShape, r: number): string {
  if (shape === 'square') {
    const s = r * 0.9;
    return `M${-s},${-s}H${s}V${s}H${-s}Z`;
  }
  if (shape === 'triangle') {
    const h = r * 1.15;
    return `M0,${-h}L${h},${h * 0.8}H${-h}Z`;
  }
  return `M${-r},0A${r},${r} 0 1,0 ${r},0A${r},${r} 0 1,0 ${-r},0Z`;
}
