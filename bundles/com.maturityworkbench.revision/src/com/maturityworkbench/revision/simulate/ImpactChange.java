package com.maturityworkbench.revision.simulate;

import java.util.Set;

import com.maturityworkbench.scoring.model.RevisionModel;

/**
 * One change of the diff as the attribution applies it alone: the old revision's scoring model with only this change
 * made. {@code kind}: {@code weight}, {@code subdomain.added}, {@code subdomain.removed}, {@code clause.added},
 * {@code clause.removed}, {@code clause.moved}, {@code rule.progressive}, {@code rule.threshold}, {@code rule.bands},
 * {@code rule.composite}; {@code subject} names what changed as the revisions print it, {@code from} and {@code to}
 * its values (empty where it has none); {@code sectors} the sectors whose enterprises it can touch (null: all).
 */
public record ImpactChange(String kind, String subject, String from, String to, Set<String> sectors, RevisionModel variant) {
}
