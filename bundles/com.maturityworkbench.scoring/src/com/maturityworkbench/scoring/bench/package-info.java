/** Benchmark main class and a synthetic model of the real size (not used at run time). */
package com.maturityworkbench.scoring.bench;
