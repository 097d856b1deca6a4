package com.maturityworkbench.generator.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.maturityworkbench.assessment.AssessmentInputException;
import com.maturityworkbench.assessment.AssessmentMapper;
import com.maturityworkbench.assessment.AssessmentRows;
import com.maturityworkbench.assessment.InputIssue;
import com.maturityworkbench.assessment.JsonAssessmentReader;
import com.maturityworkbench.assessment.SourceLocation;
import com.maturityworkbench.assessment.layout.JsonLayout;
import com.maturityworkbench.assessment.layout.JsonLayout.Shape;
import com.maturityworkbench.assessment.layout.MetadataKey;
import com.maturityworkbench.dsl.tests.ShippedDraft;
import com.maturityworkbench.generator.AssessmentSchema;
import com.maturityworkbench.generator.GenerationModel;
import com.maturityworkbench.scoring.i18n.Language;
import com.maturityworkbench.scoring.json.JsonReader;
import com.maturityworkbench.scoring.model.RevisionModel;
import com.maturityworkbench.scoring.model.SectorModel;
import com.maturityworkbench.scoring.model.SubdomainRef;

/**
 * The assessment JSON contract has one owner: the reader accepts exactly the members the generated schema declares, in
 * every object (a single enterprise, a composite file, its {@code composite}, a unit), and requires what it requires.
 * What the reader accepts is found out by trying — every member of the schema, of the declaration, and a few it must
 * refuse — not read from the declaration both use. And every subdomain the schema lets a sector tailor, by id or by
 * name, the reader resolves.
 */
class AssessmentJsonContractTest {
	private static final String UNKNOWN = "未知成员";
	private static GenerationModel model;
	private static Map<String, Object> defs;

	@BeforeAll
	@SuppressWarnings("unchecked")
	static void schema() throws Exception {
		Language.set(Language.ZH);
		model = Generation.load(ShippedDraft.folder()).model();
		Map<String, Object> schema = (Map<String, Object>) JsonReader.parse(AssessmentSchema.render(model));
		defs = (Map<String, Object>) schema.get("$defs");
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> object(Shape shape) {
		return switch (shape) {
		case SINGLE -> (Map<String, Object>) defs.get("enterprise");
		case COMPOSITE_FILE -> (Map<String, Object>) defs.get("compositeEnterprise");
		case COMPOSITE -> (Map<String, Object>) ((Map<String, Object>) object(Shape.COMPOSITE_FILE).get("properties")).get(JsonLayout.COMPOSITE);
		case UNIT -> (Map<String, Object>) defs.get("unit");
		};
	}

	@SuppressWarnings("unchecked")
	private static Set<String> schemaMembers(Shape shape) {
		assertEquals(false, object(shape).get("additionalProperties"), shape + ": the schema allows nothing else");
		return new TreeSet<>(((Map<String, Object>) object(shape).get("properties")).keySet());
	}

	@SuppressWarnings("unchecked")
	private static Set<String> schemaRequired(Shape shape) {
		return new TreeSet<>((List<String>) object(shape).get("required"));
	}

	/** A valid object of {@code shape} (of the JSON around it), with {@code member} added: "%s" is where it goes. */
	private static String document(Shape shape) {
		return switch (shape) {
		case SINGLE -> "{\"revision\": \"nonferrous_dt_maturity\", \"sector\": \"冶炼\", \"ratings\": {} %s}";
		case COMPOSITE_FILE -> "{\"revision\": \"nonferrous_dt_maturity\", \"composite\": {\"units\": []} %s}";
		case COMPOSITE -> "{\"revision\": \"nonferrous_dt_maturity\", \"composite\": {\"units\": [] %s}}";
		case UNIT -> "{\"revision\": \"nonferrous_dt_maturity\", \"composite\": {\"units\": [{\"name\": \"一厂\", \"sector\": \"冶炼\", \"output\": 1, \"ratings\": {} %s}]}}";
		};
	}

	/** The issues the reader finds in a document, whatever object they belong to. */
	private static List<InputIssue> issues(String json) throws AssessmentInputException {
		JsonAssessmentReader.Content content = JsonAssessmentReader.read(json, "a.json");
		List<InputIssue> issues = new ArrayList<>();
		if (content instanceof JsonAssessmentReader.Single single) {
			issues.addAll(single.rows().issues());
		} else if (content instanceof JsonAssessmentReader.Composite c) {
			issues.addAll(c.issues());
			c.units().stream().filter(u -> u.inline() != null).forEach(u -> issues.addAll(u.inline().issues()));
		}
		return issues;
	}

	/** The members the valid document of {@code shape} already has: the required ones (and a unit's ratings). */
	private static List<String> present(Shape shape) {
		return shape == Shape.UNIT ? List.of(JsonLayout.NAME, JsonLayout.SECTOR, JsonLayout.OUTPUT, JsonLayout.RATINGS) : shape.required();
	}

	/** Whether the reader takes {@code member} in an object of {@code shape}: no "unknown member" issue for it. */
	private static boolean accepts(Shape shape, String member) throws AssessmentInputException {
		String json = document(shape).formatted(present(shape).contains(member) ? "" : ", \"" + member + "\": \"x\"");
		return issues(json).stream().noneMatch(i -> i.message().startsWith(UNKNOWN + "“" + member + "”"));
	}

	@Test
	void theReaderAcceptsExactlyTheMembersOfTheSchemaInEveryObject() throws AssessmentInputException {
		for (Shape shape : Shape.values()) {
			Set<String> candidates = new TreeSet<>(schemaMembers(shape));
			candidates.addAll(shape.members());
			Stream.of(JsonLayout.class.getFields()).map(f -> {
				try {
					return f.get(null);
				} catch (IllegalAccessException e) {
					throw new IllegalStateException(e);
				}
			}).filter(String.class::isInstance).map(String.class::cast).forEach(candidates::add);
			candidates.addAll(List.of("sectr", "aggregation", "levels", "Ratings", "tailoring", "weight"));
			if (shape == Shape.SINGLE) {
				candidates.remove(JsonLayout.COMPOSITE); // the member that makes a file a composite one
			}
			Set<String> accepted = new TreeSet<>();
			for (String member : candidates) {
				if (accepts(shape, member)) {
					accepted.add(member);
				}
			}
			assertEquals(schemaMembers(shape), accepted, shape + ": what the reader accepts is what the schema declares");
			assertEquals(new TreeSet<>(shape.members()), accepted, shape.name());
			assertEquals(new TreeSet<>(shape.required()), schemaRequired(shape), shape + ": required members");
		}
	}

	@Test
	void whatTheSchemaRequiresTheReaderMisses() throws AssessmentInputException {
		List<String> single = issues("{\"revision\": \"nonferrous_dt_maturity\", \"sector\": \"冶炼\"}").stream().map(InputIssue::message).toList();
		assertEquals(List.of("没有“ratings”对象（条款编号 → 评分）"), single);
		List<String> composite = issues("{\"revision\": \"nonferrous_dt_maturity\", \"composite\": {\"units\": [{\"ratings\": {}}]}}").stream()
				.map(InputIssue::message).toList();
		assertEquals(List.of("下属企业需要“name”（文本）", "下属企业“#1”需要“sector”（其企业类型）", "下属企业“#1”需要“output”（数字：其产值或产值占比）"), composite);
	}

	/** Every entry of the schema's tailorable subdomains of a sector — ids and unique bare names — tailors that subdomain. */
	@Test
	@SuppressWarnings("unchecked")
	void everySubdomainTheSchemaLetsASectorTailorTheReaderResolves() throws AssessmentInputException {
		RevisionModel revision = model.scoring();
		AssessmentMapper.Revisions revisions = AssessmentMapper.Revisions.of(revision);
		for (GenerationModel.SectorView s : model.sectors()) {
			List<String> tailorable = (List<String>) ((Map<String, Object>) defs.get("tailorable-" + s.fileBase())).get("enum");
			SectorModel sm = SectorModel.of(revision, s.name());
			Set<String> names = new LinkedHashSet<>();
			for (String entry : tailorable) {
				SubdomainRef sub = sm.subdomain(entry).orElseGet(() -> sm.subdomains().stream().filter(r -> r.subdomain().name().equals(entry)).findFirst()
						.orElseThrow(() -> new AssertionError(s.name() + ": the schema names " + entry)));
				AssessmentRows rows = new AssessmentRows("a.json", "JSON");
				SourceLocation at = SourceLocation.file("a.json");
				rows.put(MetadataKey.REVISION, revision.revisionId(), at);
				rows.put(MetadataKey.SECTOR, s.name(), at);
				rows.putWithTailoring(MetadataKey.TAILORED, entry, at);
				for (String id : sm.clauseOrder()) {
					if (!sm.clause(id).orElseThrow().subdomain().id().equals(sub.id())) {
						rows.addRow(id, new AssessmentRows.Rating("全部满足", null), at);
					}
				}
				assertEquals(Set.of(sub.id()), AssessmentMapper.map(rows, revisions).assessment().tailored(), s.name() + ": " + entry);
				if (!entry.equals(sub.id())) {
					names.add(entry);
				}
			}
			assertTrue(names.contains("仓储物流"), s.name() + ": bare names are tailorable too: " + names);
		}
	}
}
