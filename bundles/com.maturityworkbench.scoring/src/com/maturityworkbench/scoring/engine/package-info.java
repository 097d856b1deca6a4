/** The scoring engine: the one implementation of the scoring semantics (effective weights, level scores, level determination, gaps, composite aggregation), exact rational arithmetic. */
package com.maturityworkbench.scoring.engine;
