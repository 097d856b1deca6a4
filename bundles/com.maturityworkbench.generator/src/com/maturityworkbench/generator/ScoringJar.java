package com.maturityworkbench.generator;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.regex.Pattern;

import org.apache.commons.codec.binary.Hex;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.io.IOUtils;
import org.apache.commons.lang3.StringUtils;
import org.codehaus.stax2.XMLStreamReader2;
import org.dhatim.fastexcel.reader.ReadableWorkbook;

import com.fasterxml.aalto.stax.InputFactoryImpl;
import com.maturityworkbench.assessment.AssessmentFiles;
import com.maturityworkbench.assessment.standalone.StandaloneScorer;
import com.maturityworkbench.scoring.engine.ScoringEngine;

/**
 * Packs the two jars of a revision from the compiled generated classes:
 * <ul>
 * <li>{@code <revision>-scoring.jar}, runnable with {@code java -jar}: the scoring runtime, the assessment library
 * (readers of JSON, CSV and XLSX, the result format, the reports, the standalone main), fastexcel-reader and its
 * libraries, and the generated classes; {@code Main-Class} is {@link StandaloneScorer}. The libraries' manifests,
 * signature files and {@code module-info} classes are dropped; their licence and notice files are kept under
 * {@code META-INF/licenses/<library>/}; service files of the same name are merged.</li>
 * <li>{@code <revision>-model.jar}: only the generated classes and their registration, for a platform that takes the
 * runtime and the assessment library as Maven artifacts.</li>
 * </ul>
 * The libraries' jars are found from their classes' code sources ({@link CodeLocation}). Entries are sorted and
 * carry a fixed time, so the same revision and libraries give the same jar. Returned as bytes; nothing is written here.
 */
public final class ScoringJar {
	/** The main class of {@code <revision>-scoring.jar}. */
	public static final String MAIN_CLASS = StandaloneScorer.class.getName();

	/** A library of the standalone jar and one of its classes, by which its jar is found. */
	private record Library(String name, Class<?> probe) {
	}

	private static final List<Library> STANDALONE_LIBRARIES = List.of(new Library("scoring", ScoringEngine.class),
			new Library("assessment", AssessmentFiles.class), new Library("fastexcel-reader", ReadableWorkbook.class),
			new Library("aalto-xml", InputFactoryImpl.class), new Library("stax2-api", XMLStreamReader2.class),
			new Library("commons-compress", ZipFile.class), new Library("commons-io", IOUtils.class),
			new Library("commons-lang3", StringUtils.class), new Library("commons-codec", Hex.class));

	/** Entries of a library that the jar does not take: its manifest and index, signatures, module descriptors. */
	private static final Pattern DROPPED = Pattern.compile(
			"META-INF/MANIFEST\\.MF|META-INF/INDEX\\.LIST|META-INF/[^/]*\\.(SF|RSA|DSA|EC)|META-INF/SIG-[^/]*|(.*/)?module-info\\.class");
	/** Licence and notice files: kept per library. */
	private static final Pattern LEGAL = Pattern.compile("META-INF/((LICENSE|NOTICE|DEPENDENCIES)[^/]*)");
	private static final String SERVICES = "META-INF/services/";
	/** Fixed entry time, so that the same revision gives the same jar. */
	private static final LocalDateTime ENTRY_TIME = FixedZip.ENTRY_TIME;

	private ScoringJar() {
	}

	/**
	 * The runnable jar.
	 *
	 * @param generated the compiled generated classes and the service file, by path
	 */
	public static byte[] standalone(GenerationModel m, Map<String, byte[]> generated) throws GenerationException {
		Map<String, byte[]> entries = new TreeMap<>(generated);
		for (Library library : STANDALONE_LIBRARIES) {
			for (Map.Entry<String, byte[]> e : CodeLocation.entries(CodeLocation.of(library.probe())).entrySet()) {
				add(entries, library.name(), e.getKey(), e.getValue());
			}
		}
		entries.put(com.maturityworkbench.assessment.report.ClauseTextsResource.PATH, clauseTexts(m));
		Manifest manifest = manifest(m, m.title() + " scoring (" + m.stamp().revisionId() + ")");
		manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, MAIN_CLASS);
		return pack(manifest, entries);
	}

	/** The clause texts of the revision as the jar's scorer reads them: revision id to clause id to text (with its continuations). */
	public static byte[] clauseTexts(GenerationModel m) {
		Map<String, Object> texts = new java.util.LinkedHashMap<>();
		m.requirementTables().forEach(t -> t.domains().forEach(d -> d.rows().forEach(r -> r.cells().forEach(c -> c.clauses().forEach(
				cl -> texts.putIfAbsent(cl.id(), String.join("\n", java.util.stream.Stream.concat(java.util.stream.Stream.of(cl.text()), cl.continuations().stream()).toList())))))));
		return com.maturityworkbench.scoring.json.JsonWriter.write(Map.of(m.stamp().revisionId(), texts)).getBytes(java.nio.charset.StandardCharsets.UTF_8);
	}

	/** The thin jar: the generated classes, the service file and the clause texts only. */
	public static byte[] model(GenerationModel m, Map<String, byte[]> generated) throws GenerationException {
		Map<String, byte[]> entries = new TreeMap<>(generated);
		entries.put(com.maturityworkbench.assessment.report.ClauseTextsResource.PATH, clauseTexts(m));
		return pack(manifest(m, m.title() + " scoring model (" + m.stamp().revisionId() + ")"), entries);
	}

	private static void add(Map<String, byte[]> entries, String library, String name, byte[] content) {
		if (DROPPED.matcher(name).matches()) {
			return;
		}
		var legal = LEGAL.matcher(name);
		if (legal.matches()) {
			entries.put("META-INF/licenses/" + library + "/" + legal.group(1), content);
		} else if (!entries.containsKey(name)) {
			entries.put(name, content);
		} else if (name.startsWith(SERVICES)) {
			entries.put(name, mergeServices(entries.get(name), content));
		} // another copy of a class or resource: the first one is kept
	}

	/** The provider lines of two service files, each once, in order. */
	private static byte[] mergeServices(byte[] a, byte[] b) {
		Set<String> lines = new LinkedHashSet<>();
		for (byte[] file : List.of(a, b)) {
			for (String line : new String(file, StandardCharsets.UTF_8).split("\r?\n")) {
				if (!line.isBlank()) {
					lines.add(line.strip());
				}
			}
		}
		return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
	}

	private static Manifest manifest(GenerationModel m, String title) {
		Manifest manifest = new Manifest();
		Attributes a = manifest.getMainAttributes();
		a.put(Attributes.Name.MANIFEST_VERSION, "1.0");
		a.put(new Attributes.Name("Created-By"), "Maturity Workbench (mwb generate)");
		a.put(Attributes.Name.IMPLEMENTATION_TITLE, title);
		a.put(new Attributes.Name("Standard-Code"), m.stamp().standardCode());
		a.put(new Attributes.Name("Revision"), m.stamp().revisionId());
		a.put(new Attributes.Name("Revision-Status"), m.stamp().status());
		return manifest;
	}

	private static byte[] pack(Manifest manifest, Map<String, byte[]> entries) throws GenerationException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (JarOutputStream jar = new JarOutputStream(bytes)) {
			JarEntry me = new JarEntry("META-INF/MANIFEST.MF");
			me.setTimeLocal(ENTRY_TIME);
			jar.putNextEntry(me);
			manifest.write(jar);
			jar.closeEntry();
			Set<String> dirs = new TreeSet<>();
			dirs.add("META-INF/");
			List<String> names = new ArrayList<>(entries.keySet());
			for (String name : names) {
				for (int slash = name.indexOf('/'); slash >= 0; slash = name.indexOf('/', slash + 1)) {
					String dir = name.substring(0, slash + 1);
					if (dirs.add(dir)) {
						JarEntry d = new JarEntry(dir);
						d.setTimeLocal(ENTRY_TIME);
						jar.putNextEntry(d);
						jar.closeEntry();
					}
				}
				JarEntry entry = new JarEntry(name);
				entry.setTimeLocal(ENTRY_TIME);
				jar.putNextEntry(entry);
				jar.write(entries.get(name));
				jar.closeEntry();
			}
		} catch (IOException e) {
			throw new GenerationException(Texts.M.text("jar.cannot-build", e.getMessage()), e);
		}
		return bytes.toByteArray();
	}
}
