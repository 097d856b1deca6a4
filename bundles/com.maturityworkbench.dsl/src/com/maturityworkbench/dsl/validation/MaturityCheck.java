package com.maturityworkbench.dsl.validation;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.validation.AbstractDeclarativeValidator;
import org.eclipse.xtext.validation.EValidatorRegistrar;

import com.google.inject.Inject;
import com.maturityworkbench.dsl.maturity.MaturityPackage;
import com.maturityworkbench.dsl.semantics.Revision;
import com.maturityworkbench.dsl.semantics.RevisionLocator;

/**
 * Base of the validators composed into {@link MaturityValidator}. A finding about the standard's content is a
 * warning in a {@code draft} revision (a draft for comments is expected to be incomplete) and an error in a
 * {@code final} one; rule and reference problems are errors in both.
 */
public abstract class MaturityCheck extends AbstractDeclarativeValidator {
	private static final org.apache.log4j.Logger LOG = org.apache.log4j.Logger.getLogger(MaturityCheck.class);
	/** What {@code guard(false)} throws: a check not meant for this object (the class is not visible outside Xtext). */
	private static final String GUARD = "org.eclipse.xtext.validation.GuardException";

	/**
	 * A check that throws is a fault of ours, never of the drafter's file: the other checks go on, and the fault is
	 * logged at ERROR — every one of them, a {@link NullPointerException} too (Xtext would drop those without a word),
	 * so that {@code mwb fuzz}, which counts the errors logged, sees them.
	 */
	@Override
	protected void handleExceptionDuringValidation(Throwable targetException) {
		if (targetException instanceof VirtualMachineError e && !(e instanceof StackOverflowError)) {
			throw e; // out of memory: nothing a check could go on from
		}
		if (!targetException.getClass().getName().equals(GUARD)) {
			LOG.error("a check of " + getClass().getSimpleName() + " failed", targetException);
		}
	}

	// every message, however made, is capped in length (FindingText): every accepted finding is made here

	@Override
	protected Diagnostic createDiagnostic(Severity severity, String message, EObject object, EStructuralFeature feature, int index,
			String code, String... issueData) {
		return super.createDiagnostic(severity, FindingText.capped(message), object, feature, index, code, issueData);
	}

	@Override
	protected Diagnostic createDiagnostic(Severity severity, String message, EObject object, int offset, int length, String code,
			String... issueData) {
		return super.createDiagnostic(severity, FindingText.capped(message), object, offset, length, code, issueData);
	}

	@Inject
	private RevisionLocator revisions;

	@Override
	protected List<EPackage> getEPackages() {
		return List.of(MaturityPackage.eINSTANCE);
	}

	@Override
	public void register(EValidatorRegistrar registrar) {
		// composed into MaturityValidator, not registered on its own
	}

	/** The revision of an element; computed once per validation run and resource. */
	protected Revision revision(EObject obj) {
		return cached(new RevisionOf(obj.eResource()), () -> revisions.revisionOf(obj));
	}

	/** The key of a resource's revision among the values cached for a validation run. */
	private record RevisionOf(org.eclipse.emf.ecore.resource.Resource resource) {
	}

	/** A value computed once per validation run (the context map lives as long as one resource's validation). */
	@SuppressWarnings("unchecked")
	protected <T> T cached(Object key, Supplier<T> compute) {
		Map<Object, Object> context = getContext();
		if (context == null) {
			return compute.get();
		}
		// not computeIfAbsent: a computation may itself use cached values (a HashMap refuses nested updates)
		if (context.containsKey(key)) {
			return (T) context.get(key);
		}
		T value = compute.get();
		context.put(key, value);
		return value;
	}

	/** A finding about content: warning in a draft, error in a final revision. */
	protected void content(EObject obj, String message, EStructuralFeature feature, String code, String... data) {
		if (revision(obj).isFinal()) {
			error(message, obj, feature, -1, code, data);
		} else {
			warning(message, obj, feature, -1, code, data);
		}
	}

	protected void content(EObject obj, String message, EStructuralFeature feature, int index, String code, String... data) {
		if (revision(obj).isFinal()) {
			error(message, obj, feature, index, code, data);
		} else {
			warning(message, obj, feature, index, code, data);
		}
	}

	/**
	 * A content finding pointing inside a string value: at the characters {@code [index, index + length)} of the
	 * feature's value (escapes in the file are accounted for), so the editor underlines exactly the slip.
	 */
	protected void contentAt(EObject obj, EStructuralFeature feature, int index, int length, String message, String code,
			String... data) {
		contentAt(obj, feature, 0, index, length, message, code, data);
	}

	/**
	 * As {@link #contentAt(EObject, EStructuralFeature, int, int, String, String, String...)}, inside value number
	 * {@code valueIndex} of a many-valued feature (a clause's continuation paragraphs).
	 */
	protected void contentAt(EObject obj, EStructuralFeature feature, int valueIndex, int index, int length, String message, String code,
			String... data) {
		List<INode> nodes = NodeModelUtils.findNodesForFeature(obj, feature);
		if (nodes.size() <= valueIndex) {
			content(obj, message, feature, feature.isMany() ? valueIndex : -1, code, data);
			return;
		}
		INode node = nodes.get(valueIndex);
		String raw = NodeModelUtils.getTokenText(node);
		int start = node.getOffset() + (raw.startsWith("\"") ? rawIndex(raw, index) : 0);
		int end = node.getOffset() + (raw.startsWith("\"") ? rawIndex(raw, index + length) : node.getLength());
		if (revision(obj).isFinal()) {
			getMessageAcceptor().acceptError(message, obj, start, Math.max(1, end - start), code, data);
		} else {
			getMessageAcceptor().acceptWarning(message, obj, start, Math.max(1, end - start), code, data);
		}
	}

	/** Where the value character at {@code valueIndex} stands in a quoted token. */
	private static int rawIndex(String quoted, int valueIndex) {
		int raw = 1;
		int value = 0;
		while (value < valueIndex && raw < quoted.length() - 1) {
			if (quoted.charAt(raw) == '\\') {
				raw += raw + 1 < quoted.length() && quoted.charAt(raw + 1) == 'u' ? 6 : 2;
			} else {
				raw++;
			}
			value++;
		}
		return raw;
	}

	/** A broken rule: error whatever the status. */
	protected void rule(EObject obj, String message, EStructuralFeature feature, String code, String... data) {
		error(message, obj, feature, -1, code, data);
	}

	protected void note(EObject obj, String message, EStructuralFeature feature, String code, String... data) {
		info(message, obj, feature, -1, code, data);
	}

	/** Something the drafters should look at: info in a draft, a warning in a final revision. */
	protected void draftNote(EObject obj, String message, EStructuralFeature feature, String code, String... data) {
		if (revision(obj).isFinal()) {
			warning(message, obj, feature, -1, code, data);
		} else {
			info(message, obj, feature, -1, code, data);
		}
	}

	/**
	 * Where {@code other} is, as seen from {@code here}: "第 12 行" in the same file, " common.maturity 第 12 行"
	 * (with a leading space) in another file of the revision; "line 12", "line 12 of common.maturity" in English.
	 */
	protected static String placeOf(EObject other, EObject here) {
		int line = CoverageValidator.line(other);
		org.eclipse.emf.ecore.resource.Resource resource = other.eResource();
		if (resource == null || resource == here.eResource() || resource.getURI() == null) {
			return ValidationMessages.text("place.line", line);
		}
		return ValidationMessages.text("place.line-in-file", line, org.eclipse.emf.common.util.URI.decode(resource.getURI().lastSegment()));
	}
}
