/** The description of a revision the scoring runtime needs: levels, rating scale, the common and sector tables (weights and clause ids per cell), and the declared tailoring, determination and composite rules. Immutable records. */
package com.maturityworkbench.scoring.model;
