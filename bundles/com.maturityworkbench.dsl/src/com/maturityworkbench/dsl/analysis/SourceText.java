package com.maturityworkbench.dsl.analysis;

/** The text of one revision file and the name it is reported under (its path as given). */
public record SourceText(String label, String absolutePath, String text) {
}
