package com.maturityworkbench.scoring.tests;

import com.maturityworkbench.scoring.Rational;
import com.maturityworkbench.scoring.assessment.Assessment;
import com.maturityworkbench.scoring.assessment.AssessmentValidator;
import com.maturityworkbench.scoring.model.Cell;
import com.maturityworkbench.scoring.model.Comparison;
import com.maturityworkbench.scoring.model.RevisionModel;
import com.maturityworkbench.scoring.model.SectorModel;
import com.maturityworkbench.scoring.model.SubdomainRef;
import com.maturityworkbench.scoring.model.TailoringScope;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/** Seeded random variants of the hand model and random valid assessments on them. */
final class RandomCases {
	private static final List<String> SUBDOMAINS = List.of("表1.组织建设", "表1.转型战略", "表1.流程管理", "表1.信息安全", "表1.研发管理", "表3.技术创新与改造",
			"表3.中试验证", "表3.生产作业", "表3.安全生产", "表3.环保管理", "表2.生产作业");

	private RandomCases() {
	}

	/**
	 * A draft variant of the hand model: random tailoring scope, comparison and progressive flag, and with
	 * some probability a few empty cells (unmarked or marked) and a subdomain without clauses.
	 */
	static RevisionModel model(Random random) {
		HandModel hand = HandModel.hand().scope(random.nextBoolean() ? TailoringScope.DOMAIN : TailoringScope.TABLE)
				.comparison(random.nextBoolean() ? Comparison.AT_LEAST : Comparison.GREATER_THAN)
				.progressive(random.nextBoolean());
		if (random.nextInt(3) > 0) {
			int empties = 1 + random.nextInt(6);
			for (int k = 0; k < empties; k++) {
				String s = SUBDOMAINS.get(random.nextInt(SUBDOMAINS.size()));
				String level = HandModel.LEVELS.get(random.nextInt(5));
				hand.cell(s, level, random.nextBoolean() ? Cell.unmarkedEmpty() : Cell.markedEmpty("草案未填写"));
			}
		}
		if (random.nextInt(4) == 0) {
			hand.noClauses(SUBDOMAINS.get(random.nextInt(SUBDOMAINS.size())));
		}
		return hand.build();
	}

	/**
	 * A random valid assessment: random sector, random tailoring (retried until valid), and ratings drawn from
	 * an overall quality and a random share of fully met clauses per level, so that S spreads over every band.
	 */
	static Assessment assessment(RevisionModel model, Random random) {
		String sector = random.nextInt(4) == 0 ? HandModel.MINING : HandModel.SMELTING;
		SectorModel sm = SectorModel.of(model, sector);
		AssessmentValidator validator = new AssessmentValidator(model);
		Set<String> tailored;
		do {
			tailored = new LinkedHashSet<>();
			for (SubdomainRef s : sm.subdomains()) {
				if (random.nextInt(5) == 0) {
					tailored.add(s.id());
				}
			}
		} while (!validator.tailoringProblems(sm, tailored).isEmpty());
		double overall = random.nextDouble();
		double[] fullyMet = new double[model.levelCount()];
		for (int level = 0; level < fullyMet.length; level++) {
			fullyMet[level] = overall * random.nextDouble() + (random.nextBoolean() ? 1 - overall : 0);
		}
		int bottom = model.scale().size() - 1;
		Map<String, Rational> ratings = new LinkedHashMap<>();
		for (SubdomainRef s : sm.subdomains()) {
			if (tailored.contains(s.id())) {
				continue;
			}
			for (int level = 0; level < fullyMet.length; level++) {
				for (String id : s.subdomain().cell(level).clauseIds()) {
					int index = random.nextDouble() < fullyMet[level] ? 0
							: random.nextDouble() < overall ? random.nextInt(model.scale().size()) : bottom;
					ratings.put(id, model.scale().value(index));
				}
			}
		}
		return new Assessment(model.revisionId(), sector, tailored, ratings);
	}
}
