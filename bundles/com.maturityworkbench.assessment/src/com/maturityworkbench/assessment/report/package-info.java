/** Reports of {@code mwb score}: one view model of a scored assessment, rendered as text, JSON or a self-contained HTML page. */
package com.maturityworkbench.assessment.report;
