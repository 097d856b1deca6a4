package com.maturityworkbench.scoring.model;

/** The revision model cannot be scored as it stands (e.g. a final revision with an unmarked empty cell). */
public class ModelException extends RuntimeException {
	private static final long serialVersionUID = 1L;

	public ModelException(String message) {
		super(message);
	}
}
