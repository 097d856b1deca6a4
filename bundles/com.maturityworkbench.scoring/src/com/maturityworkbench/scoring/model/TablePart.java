package com.maturityworkbench.scoring.model;

/** Which part of the model a table belongs to: the common table (基础共性) or a sector table (行业特性). */
public enum TablePart {
	COMMON, SECTOR
}
