/**
 * The assessment layout, declared once: what a generated template (CSV, XLSX) and an assessment JSON hold and where —
 * {@link com.maturityworkbench.assessment.layout.MetadataKey metadata keys},
 * {@link com.maturityworkbench.assessment.layout.RequirementColumn clause-row columns},
 * {@link com.maturityworkbench.assessment.layout.CsvLayout CSV lines},
 * {@link com.maturityworkbench.assessment.layout.XlsxLayout the workbook's sheets},
 * {@link com.maturityworkbench.assessment.layout.JsonLayout JSON members} — and its
 * {@link com.maturityworkbench.assessment.layout.LayoutVersion version}. The generator writes templates and the JSON
 * Schema from it; the readers of {@code com.maturityworkbench.assessment} read every layout up to the current one.
 */
package com.maturityworkbench.assessment.layout;
