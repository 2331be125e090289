/**
 * A tiny seeded generator (mulberry32) so sample figures are the same on every run and
 * every machine; Math.random is never used. Each unit gets its own stream from the seed
 * and its id, so a unit's figures do not change when other units are added or removed.
 */
export type Random = () => number;

/** mulberry32: 32-bit state, uniform floats in [0, 1). */
export function mulberry32(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a over the text, mixed with the seed: one stream per (seed, unit, purpose). */
export function streamFor(seed: number, ...parts: string[]): Random {
  let hash = 0x811c9dc5 ^ (seed >>> 0);
  for (const part of parts) {
    for (let i = 0; i < part.length; i++) {
      hash ^= part.charCodeAt(i);
      hash = Math.imul(hash, 0x01000193);
    }
    hash ^= 0xff; // separates ("ab", "c") from ("a", "bc")
    hash = Math.imul(hash, 0x01000193);
  }
  return mulberry32(hash);
}

/** Uniform in [low, high]. */
export function between(random: Random, [low, high]: readonly [number, number]): number {
  return low + (high - low) * random();
}

/** A whole number uniform in [low, high], both ends included. */
export function wholeBetween(random: Random, [low, high]: readonly [number, number]): number {
  return low + Math.floor((high - low + 1) * random());
}
