/**
 * Reading assessments for {@code mwb score}: JSON (single and composite), CSV (UTF-8 with or without BOM, or
 * GB18030/GBK) and XLSX, each into format-neutral {@link com.maturityworkbench.assessment.AssessmentRows}
 * that are mapped onto the scoring runtime's assessments with every problem located by file and row.
 */
package com.maturityworkbench.assessment;
