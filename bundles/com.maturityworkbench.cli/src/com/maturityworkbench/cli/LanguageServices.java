package com.maturityworkbench.cli;

import com.google.inject.Injector;
import com.maturityworkbench.dsl.MaturityStandaloneSetup;

/** The language's injector, made once per process (the standalone setup registers the language with EMF). */
final class LanguageServices {
	private static Injector injector;

	private LanguageServices() {
	}

	static synchronized Injector injector() {
		if (injector == null) {
			org.apache.log4j.Logger root = org.apache.log4j.Logger.getRootLogger();
			root.removeAllAppenders();
			root.setLevel(org.apache.log4j.Level.OFF);
			injector = new MaturityStandaloneSetup().createInjectorAndDoEMFRegistration();
		}
		return injector;
	}
}
