/**
 * The standalone scorer: the main class of a revision's generated {@code <revision>-scoring.jar}, which reads and
 * scores assessments with the revisions compiled into the jar, exactly as {@code mwb score} does.
 */
package com.maturityworkbench.assessment.standalone;
