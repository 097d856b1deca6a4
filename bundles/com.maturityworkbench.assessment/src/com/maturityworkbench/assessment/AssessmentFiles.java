package com.maturityworkbench.assessment;

import static com.maturityworkbench.assessment.ReaderMessages.M;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.maturityworkbench.assessment.layout.JsonLayout;
import com.maturityworkbench.scoring.Rational;
import com.maturityworkbench.scoring.assessment.AssessmentProblem;
import com.maturityworkbench.scoring.assessment.AssessmentValidator;
import com.maturityworkbench.scoring.assessment.CompositeAssessment;
import com.maturityworkbench.scoring.assessment.CompositeUnit;
import com.maturityworkbench.scoring.assessment.OutputBasis;
import com.maturityworkbench.scoring.model.RevisionModel;

/**
 * Reads an assessment file of any supported format — {@code .json} (single or composite), {@code .csv}, {@code .xlsx}
 * — into the scoring runtime's assessments, or fails with every issue located by file and row. A composite's units
 * may reference single assessment files relative to the composite file.
 */
public final class AssessmentFiles {
	/** A larger file is not an assessment (the full draft's CSV template is about 1 MB). */
	public static final long MAX_BYTES = 32L * 1024 * 1024;

	/** What an assessment file holds, ready to score. */
	public sealed interface Input permits SingleInput, CompositeInput {
		String file();

		RevisionModel model();
	}

	/** One enterprise: its assessment, revision and the rows it came from (file, format, metadata). */
	public record SingleInput(String file, AssessmentMapper.Mapped mapped) implements Input {
		@Override
		public RevisionModel model() {
			return mapped.model();
		}
	}

	/** A composite enterprise and, per unit, where its ratings came from (the composite file or a unit file, with format). */
	public record CompositeInput(String file, CompositeAssessment composite, RevisionModel model, List<UnitSource> sources, EnterpriseDetails details)
			implements Input {
		/** A composite without the report's details (a worked example, a population). */
		public CompositeInput(String file, CompositeAssessment composite, RevisionModel model, List<UnitSource> sources) {
			this(file, composite, model, sources, EnterpriseDetails.NONE);
		}
	}

	/** Where a unit's ratings were read: a file and its format. */
	public record UnitSource(String unit, String file, String format) {
	}

	private AssessmentFiles() {
	}

	/**
	 * @param path the file to read
	 * @param file how to name it in messages (the path as given)
	 */
	public static Input read(Path path, String file, AssessmentMapper.Revisions revisions) throws AssessmentInputException {
		return read(path, file, revisions, false);
	}

	/**
	 * @param unratedAllowed whether clauses may be left unrated (an assessment in progress, scored by
	 *        {@link com.maturityworkbench.assessment.report.PartialScoring}); every other issue is reported
	 */
	public static Input read(Path path, String file, AssessmentMapper.Revisions revisions, boolean unratedAllowed) throws AssessmentInputException {
		String kind = kind(path, file);
		if (kind.equals("json")) {
			JsonAssessmentReader.Content content = JsonAssessmentReader.read(path, file);
			if (content instanceof JsonAssessmentReader.Composite c) {
				return composite(path, c, revisions, unratedAllowed);
			}
			return new SingleInput(file, AssessmentMapper.map(((JsonAssessmentReader.Single) content).rows(), revisions, unratedAllowed));
		}
		return new SingleInput(file, AssessmentMapper.map(kind.equals("csv") ? CsvAssessmentReader.read(path, file) : XlsxAssessmentReader.read(path, file),
				revisions, unratedAllowed));
	}

	/** "json", "csv" or "xlsx" by the file name; the file must exist and be a regular file. */
	private static String kind(Path path, String file) throws AssessmentInputException {
		SourceLocation where = SourceLocation.file(file);
		if (!Files.exists(path)) {
			throw new AssessmentInputException(new InputIssue(where, M.text("file.missing")));
		}
		if (Files.isDirectory(path)) {
			throw new AssessmentInputException(new InputIssue(where, M.text("file.folder")));
		}
		String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
		if (name.endsWith(".json")) {
			return "json";
		}
		if (name.endsWith(".csv")) {
			return "csv";
		}
		if (name.endsWith(".xlsx")) {
			return "xlsx";
		}
		if (name.endsWith(".xls")) {
			throw new AssessmentInputException(new InputIssue(where, M.text("file.xls")));
		}
		throw new AssessmentInputException(new InputIssue(where, M.text("file.unknown-format")));
	}

	static byte[] readBytes(Path path, String file) throws AssessmentInputException {
		SourceLocation where = SourceLocation.file(file);
		try {
			long size = Files.size(path);
			if (size > MAX_BYTES) {
				throw new AssessmentInputException(new InputIssue(where, M.text("file.too-large", size / 1048576.0, MAX_BYTES / 1048576)));
			}
			return Files.readAllBytes(path);
		} catch (IOException e) {
			throw new AssessmentInputException(new InputIssue(where, M.text("file.unreadable", e.getMessage())));
		}
	}

	private static CompositeInput composite(Path path, JsonAssessmentReader.Composite c, AssessmentMapper.Revisions revisions, boolean unratedAllowed)
			throws AssessmentInputException {
		List<InputIssue> issues = new ArrayList<>(c.issues());
		if (c.revision() == null || c.revision().value().isBlank()) {
			issues.add(new InputIssue(c.revision() == null ? SourceLocation.file(c.file()) : c.revision().where(), M.text("composite.no-revision")));
			throw new AssessmentInputException(issues);
		}
		Optional<RevisionModel> found = revisions.model(c.revision().value().strip());
		if (found.isEmpty()) {
			issues.add(new InputIssue(c.revision().where(), AssessmentMapper.unknownRevision(c.revision().value().strip(), revisions)));
			throw new AssessmentInputException(issues);
		}
		RevisionModel model = found.get();
		Optional<String> otherRevision = RevisionIdentity.problem(c.revisionLabel(), c.layout(), model);
		if (otherRevision.isPresent()) {
			issues.add(new InputIssue(c.revisionLabel() == null ? c.revision().where() : c.revisionLabel().where(), otherRevision.get()));
			throw new AssessmentInputException(issues);
		}
		if (c.standard() != null && model.standardCode() != null && !c.standard().value().strip().equals(model.standardCode())) {
			issues.add(new InputIssue(c.standard().where(), AssessmentMapper.standardMismatch(c.standard().value().strip(), model)));
		}
		OutputBasis basis = c.outputBasis() == null ? OutputBasis.VALUES
				: c.outputBasis().value().equals(JsonLayout.SHARES) ? OutputBasis.SHARES : OutputBasis.VALUES;
		Map<String, SourceLocation> names = new HashMap<>();
		List<CompositeUnit> units = new ArrayList<>();
		List<UnitSource> sources = new ArrayList<>();
		Rational sum = Rational.ZERO;
		List<String> shares = new ArrayList<>();
		for (JsonAssessmentReader.Unit u : c.units()) {
			SourceLocation before = names.putIfAbsent(u.name(), u.nameWhere());
			if (before != null) {
				issues.add(new InputIssue(u.nameWhere(), M.text("unit.name-twice", u.name(), before.describe())));
			}
			if (u.output() != null) {
				Rational output = Rational.of(u.output());
				if (output.signum() <= 0) {
					issues.add(new InputIssue(u.outputWhere(),
							unit(u, M.text(basis == OutputBasis.SHARES ? "unit.share-not-positive" : "unit.value-not-positive", AssessmentRows.shown(u.output())))));
				}
				sum = sum.add(output);
				shares.add(u.name() + " " + AssessmentRows.shown(u.output()));
			}
			AssessmentMapper.Mapped mapped = null;
			String source = c.file();
			String format = "JSON";
			try {
				if (u.inline() != null) {
					mapped = AssessmentMapper.map(u.inline(), revisions, unratedAllowed);
				} else if (u.assessmentFile() != null) {
					String named = u.assessmentFile().value().strip();
					source = Path.of(c.file()).resolveSibling(named).normalize().toString();
					Optional<String> refused = unitFileRefused(path, named, source);
					if (refused.isEmpty() && !Files.exists(path.resolveSibling(named))) {
						refused = Optional.of(M.text("unit.file-missing", source));
					}
					if (refused.isPresent()) {
						issues.add(new InputIssue(u.assessmentFile().where(), unit(u, refused.get())));
					} else {
						mapped = unitFile(path.resolveSibling(named), source, revisions, unratedAllowed);
						if (mapped == null) {
							issues.add(new InputIssue(u.assessmentFile().where(), unit(u, M.text("unit.file-is-composite", source))));
						} else {
							format = mapped.rows().format();
						}
					}
				}
			} catch (AssessmentInputException e) {
				for (InputIssue i : e.issues()) {
					issues.add(u.inline() != null ? new InputIssue(i.where(), unit(u, i.message())) : i);
				}
			}
			if (mapped == null) {
				continue;
			}
			if (u.inline() == null) {
				if (!mapped.model().revisionId().equals(model.revisionId())) {
					issues.add(new InputIssue(u.assessmentFile().where(),
							unit(u, M.text("unit.file-other-revision", source, mapped.model().revisionId(), model.revisionId()))));
				}
				if (u.sector() != null && !u.sector().value().strip().equals(mapped.assessment().sector())) {
					issues.add(new InputIssue(u.sector().where(), M.text("unit.file-other-sector", u.name(), u.sector().value().strip(), source, mapped.assessment().sector())));
				}
			}
			if (u.sector() != null && u.output() != null) {
				units.add(new CompositeUnit(u.name(), u.sector().value().strip(), Rational.of(u.output()), mapped.assessment()));
				sources.add(new UnitSource(u.name(), source, format));
			}
		}
		if (basis == OutputBasis.SHARES && !shares.isEmpty() && !sum.equals(Rational.ONE)) {
			issues.add(new InputIssue(c.outputBasis().where(), M.text("composite.shares-sum", sum.toExactString(), ReaderMessages.list(shares))));
		}
		if (!issues.isEmpty()) {
			throw new AssessmentInputException(issues);
		}
		CompositeAssessment composite = new CompositeAssessment(model.revisionId(), basis, units);
		List<AssessmentProblem> problems = new AssessmentValidator(model, unratedAllowed).problems(composite);
		if (!problems.isEmpty()) {
			throw new AssessmentInputException(problems.stream().map(p -> new InputIssue(SourceLocation.file(c.file()), p.message())).toList());
		}
		return new CompositeInput(c.file(), composite, model, sources, c.details());
	}

	/**
	 * Why a unit's {@code assessment} file name cannot be read, if it cannot: it names the composite itself, or a
	 * file outside the composite's folder (an absolute path, or one that climbs out with {@code ..}).
	 */
	private static Optional<String> unitFileRefused(Path composite, String named, String source) {
		Path relative;
		try {
			relative = Path.of(named);
		} catch (java.nio.file.InvalidPathException e) {
			return Optional.of(M.text("unit.file-name-invalid", named));
		}
		if (relative.isAbsolute() || relative.normalize().startsWith("..") || relative.normalize().toString().isEmpty()) {
			return Optional.of(M.text("unit.file-outside", named));
		}
		if (composite.resolveSibling(named).toAbsolutePath().normalize().equals(composite.toAbsolutePath().normalize())) {
			return Optional.of(M.text("unit.file-is-itself", source));
		}
		return Optional.empty();
	}

	/**
	 * A unit's single assessment from its file; null when that file is a composite (which is never read further: a
	 * composite naming another, or itself, cannot recurse).
	 */
	private static AssessmentMapper.Mapped unitFile(Path unitPath, String source, AssessmentMapper.Revisions revisions, boolean unratedAllowed)
			throws AssessmentInputException {
		if (kind(unitPath, source).equals("json")) {
			JsonAssessmentReader.Content content = JsonAssessmentReader.read(unitPath, source);
			return content instanceof JsonAssessmentReader.Single single ? AssessmentMapper.map(single.rows(), revisions, unratedAllowed) : null;
		}
		return ((SingleInput) read(unitPath, source, revisions, unratedAllowed)).mapped();
	}

	/** unit "一厂": … */
	private static String unit(JsonAssessmentReader.Unit u, String message) {
		return M.text("unit.issue", u.name(), message);
	}
}
