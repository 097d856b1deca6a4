package com.maturityworkbench.scoring.result;

import com.maturityworkbench.scoring.Rational;
import java.util.List;

/**
 * The enterprise's plan to the next level for a composite (Annex A): the fewest clause raises to the top rating
 * (全部满足), each in one unit, that bring the composite's S to the lower bound of the next level's band, with the
 * composite's S after each step. Exact for every aggregation:
 * <ul>
 * <li>{@link Method#POOLED} (mean): A_SUM(i) = Σ_units (type weight / units of the type) · A_unit(i) is linear, so the
 * units' raises, their gains multiplied by those coefficients, are pooled into the single enterprise's algorithm
 * ({@link NextLevelPlan});</li>
 * <li>{@link Method#EXHAUSTIVE} (median, trimmed): per level and type every combination of the units' possible A(i)
 * is tried (median: the unit's k largest gains for every k, since the median never falls when a value rises; trimmed:
 * every distinct (count, A(i)) a subset of the unit's raises gives, since the trimmed mean can fall when a value
 * rises), the types are combined by an exact max-plus convolution per level and the levels by a dynamic programme
 * over the number of raises. Refused ({@code beyondLimit}) when the combinations exceed {@code searchLimit}.</li>
 * </ul>
 *
 * @param targetLevelName the next level, null when the composite is at the top level already
 * @param targetTotal the S to reach, null at the top level
 * @param reachable false when even raising every clause of every unit does not reach the next level, or when the
 *        search was refused (then {@code steps} is empty)
 * @param searchSize the combinations the exhaustive search tried (or would have to try when refused); 0 for POOLED
 * @param searchLimit the largest search size this runtime accepts
 */
public record CompositePlan(boolean progressive, String targetLevelName, Rational targetTotal, boolean reachable, Method method, long searchSize,
		long searchLimit, List<CompositePlanStep> steps) {
	/** How the plan was found. */
	public enum Method {
		POOLED, EXHAUSTIVE
	}

	public CompositePlan {
		steps = List.copyOf(steps);
	}

	public int size() {
		return steps.size();
	}

	public boolean atTopLevel() {
		return targetLevelName == null;
	}

	/** True when the exhaustive search was too large to run. */
	public boolean beyondLimit() {
		return searchSize > searchLimit;
	}
}
