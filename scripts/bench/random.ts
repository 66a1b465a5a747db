/** A small seeded random generator, so that every bench run builds the same library and asks the same questions. */
export type Random = () => number;

/** mulberry32: fast, seedable, good enough for picking test data. */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function pickIndex(random: Random, length: number): number {
  return Math.floor(random() * length);
}

/** Picks one member; the list must not be empty. */
export function pick<T>(random: Random, items: readonly T[]): T {
  const item = items[pickIndex(random, items.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}
