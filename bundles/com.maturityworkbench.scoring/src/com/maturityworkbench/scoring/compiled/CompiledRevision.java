package com.maturityworkbench.scoring.compiled;

import com.maturityworkbench.scoring.model.RevisionModel;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

/**
 * A revision compiled by {@code mwb generate}: the revision's model and the baked tables of its sectors. The one
 * generated class of a revision that implements it ({@code com.maturityworkbench.generated.<revision>.Registration})
 * is listed in {@code META-INF/services/com.maturityworkbench.scoring.compiled.CompiledRevision} of the revision's
 * jar, so that {@link #installed(ClassLoader)} finds it; everything else about scoring it is {@link RevisionScorer}'s.
 */
public interface CompiledRevision {
	/** The revision as the scoring runtime describes it (levels, scale, tables with clause ids, rules). */
	RevisionModel model();

	/**
	 * The tables of each sector's untailored effective model, baked as constants; a sector whose tables do not fit
	 * in longs is absent (it is scored by the engine).
	 */
	List<CompiledTables> bakedTables();

	/** Every compiled revision registered on {@code loader}'s class path, in class-path order. */
	static List<CompiledRevision> installed(ClassLoader loader) {
		List<CompiledRevision> revisions = new ArrayList<>();
		ServiceLoader.load(CompiledRevision.class, loader).forEach(revisions::add);
		return revisions;
	}
}
