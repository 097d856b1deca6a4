/** Output formatting: the only place scores are rounded (half-up to 4 decimals, stated in every report). */
package com.maturityworkbench.scoring.format;
