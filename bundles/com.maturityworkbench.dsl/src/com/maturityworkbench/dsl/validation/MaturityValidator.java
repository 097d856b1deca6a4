package com.maturityworkbench.dsl.validation;

import org.eclipse.xtext.validation.ComposedChecks;

/** All checks of a revision, split by concern. */
@ComposedChecks(validators = { LimitsValidator.class, WeightsValidator.class, CoverageValidator.class, ClauseLabelValidator.class,
		ClauseTextValidator.class, ClauseOverlapValidator.class, SectorWordsValidator.class, ThresholdsValidator.class,
		GlossaryValidator.class, TopicHeadingsValidator.class, TableTitlesValidator.class, RulesValidator.class,
		InterpretationsValidator.class, NamesValidator.class, WorkedExamplesValidator.class })
public class MaturityValidator extends AbstractMaturityValidator {
}
