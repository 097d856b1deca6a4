package com.maturityworkbench.dsl.scoping;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.scoping.impl.ImportNormalizer;
import org.eclipse.xtext.scoping.impl.ImportedNamespaceAwareLocalScopeProvider;

import com.maturityworkbench.dsl.maturity.Model;
import com.maturityworkbench.dsl.semantics.RevisionNames;

/**
 * Every file sees the names of its own revision unqualified: {@code 一级}, {@code 基础共性}, {@code 表2.生产作业}
 * resolve against {@code <revision>.*}, across all files of the revision.
 */
public class RevisionImportScopeProvider extends ImportedNamespaceAwareLocalScopeProvider {

	@Override
	protected List<ImportNormalizer> internalGetImportedNamespaceResolvers(EObject context, boolean ignoreCase) {
		List<ImportNormalizer> resolvers = new ArrayList<>(super.internalGetImportedNamespaceResolvers(context, ignoreCase));
		if (context instanceof Model model) {
			String revision = RevisionNames.revisionName(model);
			if (revision != null && !revision.isEmpty()) {
				resolvers.add(new ImportNormalizer(QualifiedName.create(revision), true, ignoreCase));
			}
		}
		return resolvers;
	}
}
