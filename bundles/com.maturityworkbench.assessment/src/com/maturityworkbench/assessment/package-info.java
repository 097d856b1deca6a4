/**
 * Reading assessments for {@code mwb score}, the standalone scoring jar and assessment platforms: JSON (single and
 * composite), CSV (UTF-8 with or without BOM, or GB18030/GBK) and XLSX of every layout up to the current one
 * ({@link com.maturityworkbench.assessment.layout}), each into format-neutral
 * {@link com.maturityworkbench.assessment.AssessmentRows} that are mapped onto the scoring runtime's assessments with
 * every problem located by file and row. Issues are worded in Chinese, or in English when asked
 * ({@code com.maturityworkbench.scoring.i18n.Language}); their texts are in {@code messages.properties} and
 * {@code messages_en.properties} of this package.
 */
package com.maturityworkbench.assessment;
