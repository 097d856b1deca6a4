package com.maturityworkbench.dsl;

import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.linking.ILinkingDiagnosticMessageProvider;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.parser.antlr.ISyntaxErrorMessageProvider;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.scoping.IScopeProvider;
import org.eclipse.xtext.scoping.impl.AbstractDeclarativeScopeProvider;

import com.google.inject.Binder;
import com.google.inject.name.Names;
import com.maturityworkbench.dsl.analysis.RevisionResource;
import com.maturityworkbench.dsl.conversion.MaturityValueConverters;
import com.maturityworkbench.dsl.diagnostics.MaturityLinkingMessages;
import com.maturityworkbench.dsl.diagnostics.MaturitySyntaxErrorMessages;
import com.maturityworkbench.dsl.naming.MaturityQualifiedNameProvider;
import com.maturityworkbench.dsl.scoping.RevisionImportScopeProvider;
import com.maturityworkbench.dsl.workspace.RevisionDependencies;

/** Guice bindings of the language runtime. */
public class MaturityRuntimeModule extends AbstractMaturityRuntimeModule {

	/** Lone carriage returns read as line feeds, whoever loads the file. */
	@Override
	public Class<? extends XtextResource> bindXtextResource() {
		return RevisionResource.class;
	}

	@Override
	public Class<? extends IQualifiedNameProvider> bindIQualifiedNameProvider() {
		return MaturityQualifiedNameProvider.class;
	}

	@Override
	public Class<? extends IValueConverterService> bindIValueConverterService() {
		return MaturityValueConverters.class;
	}

	public Class<? extends ISyntaxErrorMessageProvider> bindISyntaxErrorMessageProvider() {
		return MaturitySyntaxErrorMessages.class;
	}

	public Class<? extends ILinkingDiagnosticMessageProvider> bindILinkingDiagnosticMessageProvider() {
		return MaturityLinkingMessages.class;
	}

	/** Every file of a revision depends on the others (for the language server's builder). */
	public Class<? extends IResourceDescription.Manager> bindIResourceDescription$Manager() {
		return RevisionDependencies.class;
	}

	@Override
	public void configureIScopeProviderDelegate(Binder binder) {
		binder.bind(IScopeProvider.class).annotatedWith(Names.named(AbstractDeclarativeScopeProvider.NAMED_DELEGATE))
				.to(RevisionImportScopeProvider.class);
	}
}
