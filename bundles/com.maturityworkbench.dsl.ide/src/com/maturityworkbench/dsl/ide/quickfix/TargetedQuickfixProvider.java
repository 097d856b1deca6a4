package com.maturityworkbench.dsl.ide.quickfix;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.apache.log4j.Logger;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.xtext.ide.editor.quickfix.AbstractDeclarativeIdeQuickfixProvider;
import org.eclipse.xtext.ide.editor.quickfix.DiagnosticResolution;
import org.eclipse.xtext.ide.editor.quickfix.DiagnosticResolutionAcceptor;
import org.eclipse.xtext.ide.editor.quickfix.ITextModification;
import org.eclipse.xtext.ide.editor.quickfix.QuickFix;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2.Options;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * Declarative quick fixes keyed by issue code with {@link QuickFix}, whose methods see what they fix:
 *
 * <pre>
 * &#64;QuickFix(IssueCodes.SOME_CODE)
 * public void name(FixTarget target, DiagnosticResolutionAcceptor acceptor)
 * </pre>
 *
 * A method reads the finding's data and the model element at the diagnostic, works out the exact text change and
 * {@linkplain #offer offers} it under a label that names the change, or offers nothing where its fix does not
 * apply. (Xtext's own declarative provider calls its methods with the acceptor alone, so a label could not say
 * what would change and every fix would be offered everywhere.)
 */
public abstract class TargetedQuickfixProvider extends AbstractDeclarativeIdeQuickfixProvider {
	private static final Logger LOG = Logger.getLogger(TargetedQuickfixProvider.class);

	@Inject
	private Provider<DiagnosticResolutionAcceptor> acceptors;

	/** The fix methods for the diagnostic's code, in name order. */
	@Override
	public List<Method> getFixMethods(Diagnostic diagnostic) {
		String code = diagnostic == null || diagnostic.getCode() == null ? null : diagnostic.getCode().getLeft();
		if (code == null || code.isEmpty()) {
			return List.of();
		}
		return Arrays.stream(getClass().getMethods()).filter(m -> fixes(m, code))
				.sorted(Comparator.comparing(Method::getName)).toList();
	}

	private static boolean fixes(Method method, String code) {
		Class<?>[] parameters = method.getParameterTypes();
		return method.getReturnType() == void.class && parameters.length == 2 && parameters[0] == FixTarget.class
				&& parameters[1].isAssignableFrom(DiagnosticResolutionAcceptor.class)
				&& Arrays.stream(method.getAnnotationsByType(QuickFix.class)).anyMatch(a -> code.equals(a.value()));
	}

	@Override
	public List<DiagnosticResolution> getResolutions(Options options, Diagnostic diagnostic) {
		List<Method> methods = getFixMethods(diagnostic);
		FixTarget target = methods.isEmpty() ? null : FixTarget.of(options, diagnostic);
		if (target == null) {
			return List.of();
		}
		DiagnosticResolutionAcceptor acceptor = acceptors.get();
		for (Method method : methods) {
			try {
				method.invoke(this, target, acceptor);
			} catch (IllegalAccessException | InvocationTargetException | RuntimeException e) {
				// one broken fix must not take the others (or the editor's quick fix list) with it
				LOG.error("quick fix " + method.getName() + " failed on " + diagnostic.getCode().getLeft(), e);
			}
		}
		return acceptor.getDiagnosticResolutions(options, diagnostic);
	}

	/** Offers the changes under a label; offers nothing when there are none. */
	protected static void offer(DiagnosticResolutionAcceptor acceptor, String label, List<TextChange> changes) {
		if (changes == null || changes.isEmpty()) {
			return;
		}
		List<TextChange> fixed = TextChange.lastFirst(changes);
		acceptor.accept(label, (ITextModification) (diagnostic, element, document) -> TextChange.toTextEdits(fixed, document));
	}
}
