package com.maturityworkbench.cli;

import java.util.Set;

import com.google.inject.Injector;
import com.maturityworkbench.dsl.MaturityStandaloneSetup;
import com.maturityworkbench.dsl.ide.MaturityIdeSetup;

/**
 * The language's injector, made once per process (the standalone setup registers the language with EMF). Making it
 * takes most of a cold start, so {@link Main} (a process of its own, which exits when the command is done) starts
 * making it on another thread at once, while the arguments are parsed and the files read; the command then takes it,
 * waiting for it if need be. In-process callers of {@link MwbCommand} (tests) make it on first use.
 */
final class LanguageServices {
	private static final Set<String> NO_COMMAND = Set.of("-h", "--help", "-V", "--version");
	private static final String LOG4J_NO_CONFIGURATION = "log4j.defaultInitOverride";
	private static Injector injector;
	private static Injector ideInjector;

	private LanguageServices() {
	}

	static synchronized Injector injector() {
		if (injector == null) {
			// logging is switched off: spare log4j its search of the whole class path for a configuration file
			if (System.getProperty(LOG4J_NO_CONFIGURATION) == null) {
				System.setProperty(LOG4J_NO_CONFIGURATION, "true");
			}
			org.apache.log4j.Logger root = org.apache.log4j.Logger.getRootLogger();
			root.removeAllAppenders();
			root.setLevel(org.apache.log4j.Level.OFF);
			injector = new MaturityStandaloneSetup().createInjectorAndDoEMFRegistration();
		}
		return injector;
	}

	/** The language's injector with its editor services (quick fixes, formatter…), for {@code mwb fix}. */
	static synchronized Injector ideInjector() {
		if (ideInjector == null) {
			injector(); // logging switched off first
			ideInjector = new MaturityIdeSetup().createInjectorAndDoEMFRegistration();
		}
		return ideInjector;
	}

	/** Starts making the injector in the background, unless the arguments only ask for help or the version. */
	static void prepareFor(String[] args) {
		boolean word = false;
		for (String arg : args) {
			if (NO_COMMAND.contains(arg)) {
				return;
			}
			word |= !arg.startsWith("-");
		}
		if (!word) {
			return;
		}
		Thread thread = new Thread(LanguageServices::prepare, "mwb language setup");
		thread.setDaemon(true);
		thread.start();
	}

	private static void prepare() {
		try {
			injector();
		} catch (RuntimeException | LinkageError e) {
			// the command asks again and reports it
		}
	}
}
