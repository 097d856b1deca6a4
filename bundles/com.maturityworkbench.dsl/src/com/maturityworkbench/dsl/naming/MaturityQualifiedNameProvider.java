package com.maturityworkbench.dsl.naming;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;

import com.maturityworkbench.dsl.maturity.Level;
import com.maturityworkbench.dsl.maturity.Part;
import com.maturityworkbench.dsl.maturity.Rating;
import com.maturityworkbench.dsl.maturity.RequirementTable;
import com.maturityworkbench.dsl.maturity.Sector;
import com.maturityworkbench.dsl.maturity.Standard;
import com.maturityworkbench.dsl.maturity.WeightDomain;
import com.maturityworkbench.dsl.maturity.WeightTable;
import com.maturityworkbench.dsl.maturity.WeightedSubdomain;
import com.maturityworkbench.dsl.semantics.RevisionNames;

/**
 * Names every element exports, prefixed by its revision: {@code rev.一级}, {@code rev.表1},
 * {@code rev.表1.组织建设} (a weighted subdomain is named by its table, not its domain).
 * Requirement rows export nothing: they name subdomains the way the draft prints them.
 */
public class MaturityQualifiedNameProvider extends IQualifiedNameProvider.AbstractImpl {

	@Override
	public QualifiedName getFullyQualifiedName(EObject obj) {
		if (obj instanceof Standard s) {
			return name(s.getName());
		}
		if (!(obj instanceof Level || obj instanceof Rating || obj instanceof Part || obj instanceof Sector || obj instanceof WeightTable
				|| obj instanceof RequirementTable || obj instanceof WeightDomain || obj instanceof WeightedSubdomain)) {
			return null; // asked of every element of every file (clauses, rows…): answered before the revision's name is read
		}
		String revision = RevisionNames.revisionName(obj);
		if (revision == null) {
			return null;
		}
		if (obj instanceof Level l) {
			return qualified(revision, l.getName());
		} else if (obj instanceof Rating r) {
			return qualified(revision, r.getName());
		} else if (obj instanceof Part p) {
			return qualified(revision, p.getName());
		} else if (obj instanceof Sector s) {
			return qualified(revision, s.getName());
		} else if (obj instanceof WeightTable t) {
			return qualified(revision, t.getName());
		} else if (obj instanceof RequirementTable t) {
			return qualified(revision, t.getName());
		} else if (obj instanceof WeightDomain d && d.eContainer() instanceof WeightTable t) {
			return qualified(revision, t.getName(), d.getName());
		} else if (obj instanceof WeightedSubdomain s && s.eContainer() instanceof WeightDomain d
				&& d.eContainer() instanceof WeightTable t) {
			return qualified(revision, t.getName(), s.getName());
		}
		return null;
	}

	private static QualifiedName name(String name) {
		return name == null || name.isEmpty() ? null : QualifiedName.create(name);
	}

	private static QualifiedName qualified(String... segments) {
		for (String s : segments) {
			if (s == null || s.isEmpty()) {
				return null;
			}
		}
		return QualifiedName.create(segments);
	}
}
