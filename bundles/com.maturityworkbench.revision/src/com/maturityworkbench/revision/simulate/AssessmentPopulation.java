package com.maturityworkbench.revision.simulate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import com.maturityworkbench.assessment.AssessmentFiles;
import com.maturityworkbench.assessment.AssessmentInputException;
import com.maturityworkbench.assessment.AssessmentMapper;
import com.maturityworkbench.assessment.InputIssue;
import com.maturityworkbench.revision.simulate.Population.Member;
import com.maturityworkbench.revision.simulate.Population.Unit;
import com.maturityworkbench.revision.simulate.Population.Unreadable;
import com.maturityworkbench.scoring.Rational;
import com.maturityworkbench.scoring.assessment.Assessment;
import com.maturityworkbench.scoring.assessment.AssessmentException;
import com.maturityworkbench.scoring.assessment.AssessmentProblem;
import com.maturityworkbench.scoring.assessment.CompositeUnit;
import com.maturityworkbench.scoring.engine.ScoringEngine;
import com.maturityworkbench.scoring.i18n.Messages;
import com.maturityworkbench.scoring.model.RevisionModel;
import com.maturityworkbench.scoring.model.SectorModel;

/**
 * A real population: every file of a folder (not its subfolders, hidden files aside) read by the assessment library
 * as an assessment of the old revision — JSON, CSV or XLSX, single or composite — and carried to the new revision
 * through the clause map. Tailored subdomains stay tailored when the new revision allows it. A clause new in the new
 * revision (or whose subdomain can no longer be tailored) takes a rating drawn from the enterprise's profile: one of
 * its own ratings of the same subdomain at the same level, chosen by a hash of the seed, the file, the unit and the
 * clause; failing that, of the same level anywhere in its assessment; failing that, of any of its ratings. A file that
 * cannot be read, is not an assessment of the old revision, is incomplete, has not-applicable ratings or a sector
 * missing from either revision is listed with its problems, never dropped silently.
 */
final class AssessmentPopulation {
	private static final Messages M = Messages.of(AssessmentPopulation.class, "com.maturityworkbench.revision.report.messages");

	private final long seed;
	private final RevisionModel old;
	private final RevisionModel nu;
	private final ScoringEngine engine;
	private final Map<String, SectorScorers> oldLayouts;
	private final Map<String, SectorScorers> newLayouts;
	private final Map<String, int[]> carried;
	private final Map<String, String> oldToNewSubdomain;
	private long drawn;

	private AssessmentPopulation(long seed, RevisionModel old, RevisionModel nu, Map<String, SectorScorers> oldLayouts,
			Map<String, SectorScorers> newLayouts, Map<String, int[]> carried, Map<String, String> oldToNewSubdomain) {
		this.seed = seed;
		this.old = old;
		this.nu = nu;
		this.engine = new ScoringEngine(old);
		this.oldLayouts = oldLayouts;
		this.newLayouts = newLayouts;
		this.carried = carried;
		this.oldToNewSubdomain = oldToNewSubdomain;
	}

	/** Problems of one file, as they are listed. */
	private static final class Refused extends Exception {
		private static final long serialVersionUID = 1L;
		final List<String> problems;

		Refused(List<String> problems) {
			super(String.join("; ", problems));
			this.problems = problems;
		}
	}

	static Population read(Path folder, String shownAs, long seed, RevisionModel old, RevisionModel nu, Map<String, SectorScorers> oldLayouts,
			Map<String, SectorScorers> newLayouts, Map<String, int[]> carried, Map<String, String> oldToNewSubdomain) throws IOException {
		Stopwatch watch = new Stopwatch();
		AssessmentPopulation reader = new AssessmentPopulation(seed, old, nu, oldLayouts, newLayouts, carried, oldToNewSubdomain);
		List<Path> files;
		try (Stream<Path> listed = Files.list(folder)) {
			files = listed.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList();
		}
		List<Member> members = new ArrayList<>();
		List<Unreadable> unreadable = new ArrayList<>();
		for (Path file : files) {
			String name = file.getFileName().toString();
			try {
				members.add(reader.member(file, shownAs.endsWith("/") ? shownAs + name : shownAs + "/" + name));
			} catch (Refused refused) {
				unreadable.add(new Unreadable(name, refused.problems));
			}
		}
		double[] millis = watch.millis();
		return new Population(Population.Source.FOLDER, shownAs, List.copyOf(members), reader.drawn, List.copyOf(unreadable), millis[0], millis[1]);
	}

	private Member member(Path path, String file) throws Refused {
		AssessmentFiles.Input input;
		try {
			input = AssessmentFiles.read(path, file, AssessmentMapper.Revisions.of(old));
		} catch (AssessmentInputException e) {
			throw new Refused(e.issues().stream().map(InputIssue::toString).toList());
		}
		String name = path.getFileName().toString();
		try {
			if (input instanceof AssessmentFiles.CompositeInput c) {
				engine.validator().validate(c.composite());
				List<Unit> units = new ArrayList<>();
				int before = (int) drawn;
				for (CompositeUnit u : c.composite().units()) {
					units.add(unit(name, u.name(), u.sector(), u.output(), u.assessment()));
				}
				return new Member(name, true, List.copyOf(units), (int) drawn - before);
			}
			Assessment a = ((AssessmentFiles.SingleInput) input).mapped().assessment();
			engine.validator().validate(a);
			int before = (int) drawn;
			Unit unit = unit(name, name, a.sector(), Rational.ONE, a);
			return new Member(name, false, List.of(unit), (int) drawn - before);
		} catch (AssessmentException e) {
			throw new Refused(e.problems().isEmpty() ? List.of(e.getMessage()) : e.problems().stream().map(AssessmentProblem::message).toList());
		}
	}

	private Unit unit(String file, String unitName, String sector, Rational output, Assessment a) throws Refused {
		SectorScorers o = oldLayouts.get(sector);
		SectorScorers n = newLayouts.get(sector);
		if (o == null) {
			throw new Refused(List.of(M.text("sim.unreadable.sector", unitName, sector, old.revisionId(), nu.revisionId())));
		}
		if (!a.notApplicable().isEmpty()) {
			throw new Refused(List.of(M.text("sim.unreadable.not-applicable", unitName, a.notApplicable().size())));
		}
		SectorModel oldSm = SectorModel.of(old, sector);
		SectorModel newSm = SectorModel.of(nu, sector);
		int[] oldIndexes = o.scorer.ratingIndexes(a.ratings());
		byte[] oldRatings = new byte[oldIndexes.length];
		List<String> missing = new ArrayList<>();
		for (int k = 0; k < oldIndexes.length; k++) {
			boolean tailored = a.tailored().contains(oldSm.clause(o.clauseIds.get(k)).orElseThrow().subdomain().subdomain().id());
			if (oldIndexes[k] < 0 && !tailored) {
				missing.add(o.clauseIds.get(k));
			}
			oldRatings[k] = (byte) (tailored ? -1 : oldIndexes[k]);
		}
		if (!missing.isEmpty()) {
			throw new Refused(List.of(M.text("sim.unreadable.missing", unitName, missing.size(), missing.get(0))));
		}
		Set<String> newTailored = new HashSet<>();
		for (String id : a.tailored()) {
			String mapped = oldToNewSubdomain.get(id);
			if (mapped != null && nu.tailoring().allows(mapped)) {
				newTailored.add(mapped);
			}
		}
		int[] from = carried.get(sector);
		byte[] newRatings = new byte[from.length];
		long unitKey = SyntheticPopulation.key(file + "/" + unitName);
		for (int k = 0; k < from.length; k++) {
			if (newTailored.contains(newSm.clause(n.clauseIds.get(k)).orElseThrow().subdomain().subdomain().id())) {
				newRatings[k] = -1;
			} else if (from[k] >= 0 && oldRatings[from[k]] >= 0) {
				newRatings[k] = (byte) SyntheticPopulation.nearest(o.scaleValues[oldRatings[from[k]]], n.scaleValues);
			} else {
				newRatings[k] = (byte) SyntheticPopulation.nearest(o.scaleValues[profileDraw(o, n, oldRatings, k, unitKey)], n.scaleValues);
				drawn++;
			}
		}
		return new Unit(unitName, sector, output, oldRatings, newRatings, Set.copyOf(a.tailored()), Set.copyOf(newTailored));
	}

	/** One of the unit's old ratings (scale index) for clause {@code k} of the new revision: see the class comment. */
	private int profileDraw(SectorScorers o, SectorScorers n, byte[] oldRatings, int k, long unitKey) {
		List<Integer> same = new ArrayList<>();
		List<Integer> level = new ArrayList<>();
		List<Integer> any = new ArrayList<>();
		for (int j = 0; j < oldRatings.length; j++) {
			if (oldRatings[j] < 0) {
				continue;
			}
			any.add((int) oldRatings[j]);
			if (o.levels[j] == n.levels[k]) {
				level.add((int) oldRatings[j]);
				if (o.subdomainKeys[j].equals(n.subdomainKeys[k])) {
					same.add((int) oldRatings[j]);
				}
			}
		}
		List<Integer> pool = !same.isEmpty() ? same : !level.isEmpty() ? level : any;
		if (pool.isEmpty()) {
			return 0;
		}
		long h = SyntheticPopulation.hash(SyntheticPopulation.hash(seed, unitKey), n.clauseHashes[k]);
		return pool.get((int) ((h >>> 33) % pool.size()));
	}
}
