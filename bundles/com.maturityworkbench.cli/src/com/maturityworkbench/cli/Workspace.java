package com.maturityworkbench.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.google.inject.Injector;
import com.maturityworkbench.dsl.MaturityStandaloneSetup;
import com.maturityworkbench.dsl.analysis.LoadedRevision;
import com.maturityworkbench.dsl.analysis.RevisionLoader;
import com.maturityworkbench.dsl.analysis.SourceText;
import com.maturityworkbench.dsl.maturity.Model;
import com.maturityworkbench.dsl.semantics.Revision;
import com.maturityworkbench.dsl.semantics.RevisionLocator;
import com.maturityworkbench.dsl.semantics.RevisionNames;

/** The language's services as the command line uses them: read files, parse them together, find their revisions. */
public final class Workspace {
	private static Injector injector;

	private Workspace() {
	}

	public static synchronized Injector injector() {
		if (injector == null) {
			org.apache.log4j.Logger root = org.apache.log4j.Logger.getRootLogger();
			root.removeAllAppenders();
			root.setLevel(org.apache.log4j.Level.OFF);
			injector = new MaturityStandaloneSetup().createInjectorAndDoEMFRegistration();
		}
		return injector;
	}

	/** Reads (strict UTF-8) the files named by the arguments; an unusable file is an {@link InputProblem}. */
	public static List<SourceText> read(List<String> arguments) throws InputProblem {
		List<SourceText> sources = new ArrayList<>();
		for (Path file : RevisionFiles.expand(arguments)) {
			sources.add(new SourceText(file.toString(), file.toAbsolutePath().toString(), TextFiles.readUtf8(file)));
		}
		return sources;
	}

	public static LoadedRevision load(List<SourceText> sources) {
		return injector().getInstance(RevisionLoader.class).load(sources);
	}

	/** The revisions among the loaded files, by name, in order of first appearance. */
	public static List<Revision> revisions(LoadedRevision loaded) {
		RevisionLocator locator = injector().getInstance(RevisionLocator.class);
		Map<String, Revision> byName = new LinkedHashMap<>();
		for (LoadedRevision.LoadedFile f : loaded.files()) {
			Model model = f.model();
			if (model == null) {
				continue;
			}
			String name = RevisionNames.revisionName(model);
			byName.computeIfAbsent(name == null ? f.source().label() : name, k -> locator.revisionOf(model));
		}
		return new ArrayList<>(byName.values());
	}
}
