/** A small strict JSON reader and writer, JDK only, for the standalone scoring jar. */
package com.maturityworkbench.scoring.json;
