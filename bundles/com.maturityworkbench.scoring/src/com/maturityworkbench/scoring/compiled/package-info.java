/** A fast exact scorer specialised to one effective model: precomputed integer tables and long arithmetic, checked against the engine. */
package com.maturityworkbench.scoring.compiled;
