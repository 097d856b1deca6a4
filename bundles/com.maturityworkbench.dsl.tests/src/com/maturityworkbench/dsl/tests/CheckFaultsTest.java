package com.maturityworkbench.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;

import org.apache.log4j.AppenderSkeleton;
import org.apache.log4j.Level;
import org.apache.log4j.Logger;
import org.apache.log4j.spi.LoggingEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.maturityworkbench.dsl.validation.MaturityCheck;

/**
 * A check that throws is our fault: the other checks go on and the exception is logged at ERROR — a
 * NullPointerException too, which Xtext's declarative validator would drop without a word (so {@code mwb fuzz},
 * counting the errors logged, would never see it).
 */
class CheckFaultsTest {
	/** A check with no checks: only its handling of a check's exception is tried. */
	private static final class Faulty extends MaturityCheck {
		void failWith(Throwable t) {
			handleExceptionDuringValidation(t);
		}

		/** What a check throws when its guard does not hold. */
		void failTheGuard() {
			try {
				guard(false);
			} catch (RuntimeException guard) {
				failWith(guard);
			}
		}
	}

	private final List<LoggingEvent> events = new ArrayList<>();
	private final AppenderSkeleton appender = new AppenderSkeleton() {
		@Override
		protected void append(LoggingEvent event) {
			events.add(event);
		}

		@Override
		public boolean requiresLayout() {
			return false;
		}

		@Override
		public void close() {
		}
	};
	private Level rootLevel;

	@BeforeEach
	void listen() {
		rootLevel = Logger.getRootLogger().getLevel();
		Logger.getRootLogger().setLevel(Level.ERROR);
		Logger.getRootLogger().addAppender(appender);
	}

	@AfterEach
	void stop() {
		Logger.getRootLogger().removeAppender(appender);
		Logger.getRootLogger().setLevel(rootLevel);
	}

	@Test
	public void aNullPointerExceptionIsLoggedAndSwallowed() {
		NullPointerException npe = new NullPointerException("row.name");
		new Faulty().failWith(npe);
		assertEquals(1, events.size());
		assertEquals(Level.ERROR, events.get(0).getLevel());
		assertSame(npe, events.get(0).getThrowableInformation().getThrowable());
		assertEquals("a check of Faulty failed", events.get(0).getRenderedMessage());
	}

	@Test
	public void anyOtherExceptionAndADeepRecursionToo() {
		new Faulty().failWith(new IndexOutOfBoundsException("3"));
		new Faulty().failWith(new StackOverflowError());
		assertEquals(2, events.size());
	}

	@Test
	public void aGuardIsNoFault() {
		new Faulty().failTheGuard();
		assertEquals(0, events.size());
	}

	@Test
	public void runningOutOfMemoryIsNotSwallowed() {
		OutOfMemoryError oom = new OutOfMemoryError("test");
		assertSame(oom, assertThrows(OutOfMemoryError.class, () -> new Faulty().failWith(oom)));
	}
}
