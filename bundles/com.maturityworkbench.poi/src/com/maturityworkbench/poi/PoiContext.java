package com.maturityworkbench.poi;

import org.apache.xmlbeans.XmlObject;

/**
 * Runs code that uses Apache POI with this bundle's class loader as the thread's context class loader. XMLBeans looks
 * its schema types up through the context class loader; under OSGi that loader is the framework's (or the caller's),
 * which sees neither poi-ooxml-lite nor xmlbeans. On the CLI's flat class path the switch changes nothing.
 */
public final class PoiContext {

	/** Work with POI that may throw a checked exception. */
	@FunctionalInterface
	public interface PoiWork<T, E extends Exception> {
		T run() throws E;
	}

	private PoiContext() {
	}

	/** Runs {@code work} with the POI class loader as the context class loader, restoring the previous one after. */
	public static <T, E extends Exception> T call(PoiWork<T, E> work) throws E {
		Thread thread = Thread.currentThread();
		ClassLoader previous = thread.getContextClassLoader();
		thread.setContextClassLoader(XmlObject.class.getClassLoader());
		try {
			return work.run();
		} finally {
			thread.setContextClassLoader(previous);
		}
	}
}
