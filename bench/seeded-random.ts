/** The demo company's generator (mulberry32): the same seed gives the same company on every machine. */
export { seededRandom as randomFrom } from '../api/src/demo-data/seeded-random';

/** Mixes a seed and an index into a new seed, so row i is generated alike whichever table asks for it. */
export function mix(seed: number, index: number, salt = 0): number {
  let h = (seed ^ Math.imul(index + 0x9e3779b9, 0x85ebca6b) ^ Math.imul(salt + 1, 0xc2b2ae35)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b) >>> 0;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) >>> 0;
  return (h ^ (h >>> 16)) >>> 0;
}

export type Random = () => number;

export function pick<T>(random: Random, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)];
}

export function intBetween(random: Random, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

/**
 * A version-4-shaped uuid that looks random (so indexes fill as they do with gen_random_uuid) but is unique
 * by construction: the last group holds the table's code and the row's index.
 */
export function uuidOf(seed: number, table: number, index: number): string {
  const a = mix(seed, index, table).toString(16).padStart(8, '0');
  const b = mix(seed, index, table + 1000).toString(16).padStart(8, '0');
  const tail = (table.toString(16).padStart(2, '0') + index.toString(16).padStart(10, '0')).slice(-12);
  return `${a}-${b.slice(0, 4)}-4${b.slice(4, 7)}-8${a.slice(0, 3)}-${tail}`;
}
