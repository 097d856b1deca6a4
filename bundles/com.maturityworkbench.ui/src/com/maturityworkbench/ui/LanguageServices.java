package com.maturityworkbench.ui;

import com.google.inject.Injector;
import com.maturityworkbench.dsl.ide.MaturityIdeSetup;

/** The language's services for the workbench: one injector of the runtime and ide modules, made on first use. */
public final class LanguageServices {
	private static Injector injector;

	private LanguageServices() {
	}

	public static synchronized Injector injector() {
		if (injector == null) {
			injector = new MaturityIdeSetup().createInjectorAndDoEMFRegistration();
		}
		return injector;
	}

	public static <T> T get(Class<T> type) {
		return injector().getInstance(type);
	}
}
