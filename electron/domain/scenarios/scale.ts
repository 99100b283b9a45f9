/** The openness scale every part of Attune uses: 0 (shut down) to OPEN (sharing what is really going on). */

/** Openness at which the partner shares what is really going on (the success ending). */
export const OPEN = 4;
