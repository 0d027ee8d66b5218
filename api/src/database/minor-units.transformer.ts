import type { ValueTransformer } from 'typeorm';

/** bigint money comes back from pg as a string; amounts stay well inside Number's exact range. */
export const minorUnits: ValueTransformer = {
  to: (value: number) => value,
  from: (value: string | number) => Number(value),
};
