package com.maturityworkbench.scoring.result;

/**
 * One raise of the {@link CompositePlan}: in unit {@code unitName} (of type {@code sector}), raise {@code step}'s clause
 * to the top rating. In {@code step}, {@code levelScoreIncrease} is the rise of the unit's own A(level), and
 * {@code totalAfter} / {@code levelAfter} are the composite's S and level after this and every earlier step,
 * determined afresh (under the median a single step may leave A_SUM unchanged until a later one moves the median).
 */
public record CompositePlanStep(String unitName, String sector, PlanStep step) {
}
