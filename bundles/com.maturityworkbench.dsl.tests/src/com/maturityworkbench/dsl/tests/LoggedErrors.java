package com.maturityworkbench.dsl.tests;

import java.util.ArrayList;
import java.util.List;

import org.apache.log4j.AppenderSkeleton;
import org.apache.log4j.Level;
import org.apache.log4j.Logger;
import org.apache.log4j.spi.LoggingEvent;

/**
 * The errors logged (by Xtext, or by a check that threw: {@code MaturityCheck} logs and goes on) while it is open,
 * on the thread that opened it. A test of bad input asserts there are none: a check that throws is our fault even
 * when the finding the user sees is right.
 *
 * <pre>
 * try (LoggedErrors errors = LoggedErrors.open()) {
 * 	validate(...);
 * 	errors.assertNone();
 * }
 * </pre>
 */
public final class LoggedErrors extends AppenderSkeleton implements AutoCloseable {
	private final Thread thread = Thread.currentThread();
	private final List<LoggingEvent> events = new ArrayList<>();
	private final Level rootLevel;

	private LoggedErrors() {
		Logger root = Logger.getRootLogger();
		rootLevel = root.getLevel();
		root.setLevel(Level.ERROR);
		root.addAppender(this);
	}

	public static LoggedErrors open() {
		return new LoggedErrors();
	}

	/** The errors logged so far. */
	public synchronized List<LoggingEvent> events() {
		return List.copyOf(events);
	}

	/** Fails, with the first exception logged as its cause, when any error was logged. */
	public void assertNone() {
		List<LoggingEvent> logged = events();
		if (!logged.isEmpty()) {
			LoggingEvent first = logged.get(0);
			throw new AssertionError(logged.size() + " errors logged, the first: " + first.getRenderedMessage(),
					first.getThrowableInformation() == null ? null : first.getThrowableInformation().getThrowable());
		}
	}

	@Override
	protected synchronized void append(LoggingEvent event) {
		if (Thread.currentThread() == thread && event.getLevel().isGreaterOrEqual(Level.ERROR)) {
			events.add(event);
		}
	}

	@Override
	public boolean requiresLayout() {
		return false;
	}

	@Override
	public void close() {
		Logger.getRootLogger().removeAppender(this);
		Logger.getRootLogger().setLevel(rootLevel);
	}
}
