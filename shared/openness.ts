/** The openness scale every part of Attune uses: 0 (shut down) to OPEN (sharing what is really going on). */

/** The levels below OPEN: a scenario has partner lines for each. */
export const LEVELS = [0, 1, 2, 3] as const;

/** An openness level below OPEN. */
export type Level = (typeof LEVELS)[number];

/** Openness at which the partner shares what is really going on (the success ending). */
export const OPEN = LEVELS.length;
