package com.maturityworkbench.scoring.result;

/** The same input scored under both readings of 9.2: every level independently, and progressive. */
public record BothReadings<T>(T independent, T progressive) {
}
