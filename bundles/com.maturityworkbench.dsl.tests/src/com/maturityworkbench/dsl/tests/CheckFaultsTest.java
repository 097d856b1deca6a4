package com.maturityworkbench.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.apache.log4j.Level;
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

	private LoggedErrors logged;

	@BeforeEach
	void listen() {
		logged = LoggedErrors.open();
	}

	@AfterEach
	void stop() {
		logged.close();
	}

	@Test
	public void aNullPointerExceptionIsLoggedAndSwallowed() {
		NullPointerException npe = new NullPointerException("row.name");
		new Faulty().failWith(npe);
		assertEquals(1, logged.events().size());
		assertEquals(Level.ERROR, logged.events().get(0).getLevel());
		assertSame(npe, logged.events().get(0).getThrowableInformation().getThrowable());
		assertEquals("a check of Faulty failed", logged.events().get(0).getRenderedMessage());
	}

	@Test
	public void anyOtherExceptionAndADeepRecursionToo() {
		new Faulty().failWith(new IndexOutOfBoundsException("3"));
		new Faulty().failWith(new StackOverflowError());
		assertEquals(2, logged.events().size());
	}

	@Test
	public void aGuardIsNoFault() {
		new Faulty().failTheGuard();
		assertEquals(0, logged.events().size());
	}

	@Test
	public void runningOutOfMemoryIsNotSwallowed() {
		OutOfMemoryError oom = new OutOfMemoryError("test");
		assertSame(oom, assertThrows(OutOfMemoryError.class, () -> new Faulty().failWith(oom)));
	}
}
