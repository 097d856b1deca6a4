package com.maturityworkbench.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.SaveOptions;
import org.eclipse.xtext.serializer.ISerializer;
import org.junit.jupiter.api.Test;

import com.maturityworkbench.dsl.analysis.LoadedRevision;
import com.maturityworkbench.dsl.analysis.RevisionLoader;
import com.maturityworkbench.dsl.analysis.SourceText;
import com.maturityworkbench.dsl.maturity.Model;
import com.maturityworkbench.dsl.maturity.WeightTable;

/** A model written back by the serializer reads back to the same model: every clause, weight and rule. */
class SerializerTest {

	@Test
	void shippedDraftRoundTripsThroughTheSerializer() throws Exception {
		List<SourceText> sources = ShippedDraft.sources(s -> s);
		LoadedRevision original = ShippedDraft.injector().getInstance(RevisionLoader.class).load(sources);
		ISerializer serializer = ShippedDraft.injector().getInstance(ISerializer.class);
		List<SourceText> written = new ArrayList<>();
		for (LoadedRevision.LoadedFile f : original.files()) {
			// drop the node model so that every value is written by the serializer, not copied from the source text
			String text = serializer.serialize(f.model(), SaveOptions.newBuilder().format().getOptions());
			written.add(new SourceText(f.source().label(), f.source().absolutePath(), text));
		}
		LoadedRevision reread = ShippedDraft.injector().getInstance(RevisionLoader.class).load(written);
		int compared = 0;
		for (int i = 0; i < original.files().size(); i++) {
			assertTrue(reread.files().get(i).resource().getErrors().isEmpty(), () -> reread.files().get(0).resource().getErrors().toString());
			List<String> a = flatten(original.files().get(i).model());
			List<String> b = flatten(reread.files().get(i).model());
			assertEquals(a, b, original.files().get(i).source().label());
			compared += a.size();
		}
		assertTrue(compared > 10000, "compared " + compared + " values");
	}

	/**
	 * A link to the wrong target changes the flattened values although the target's class is the same: the
	 * comparison above would catch a serializer that wrote another part's name.
	 */
	@Test
	void flattenedValuesNameTheReferenceTargets() throws Exception {
		LoadedRevision loaded = ShippedDraft.injector().getInstance(RevisionLoader.class).load(ShippedDraft.sources(s -> s));
		Model weights = loaded.files().stream().map(LoadedRevision.LoadedFile::model)
				.filter(m -> m.getMembers().stream().anyMatch(WeightTable.class::isInstance)).findFirst().orElseThrow();
		WeightTable common = (WeightTable) weights.getMembers().stream().filter(WeightTable.class::isInstance).findFirst().orElseThrow();
		WeightTable sector = (WeightTable) weights.getMembers().stream().filter(m -> m instanceof WeightTable t && t.getSector() != null)
				.findFirst().orElseThrow();
		List<String> before = flatten(weights);
		assertTrue(before.contains("part->nonferrous_dt_maturity.基础共性"), () -> String.join(" | ", before.subList(0, 20)));
		common.setPart(sector.getPart()); // same class (Part), another target
		List<String> after = flatten(weights);
		assertNotEquals(before, after);
		assertTrue(after.contains("part->nonferrous_dt_maturity.行业特性"));
	}

	/** Every attribute value and every reference target's name (many-valued references too), in containment order. */
	static List<String> flatten(Model model) {
		IQualifiedNameProvider names = ShippedDraft.injector().getInstance(IQualifiedNameProvider.class);
		List<String> values = new ArrayList<>();
		model.eAllContents().forEachRemaining(o -> {
			values.add(o.eClass().getName());
			for (EStructuralFeature f : o.eClass().getEAllStructuralFeatures()) {
				if (f instanceof org.eclipse.emf.ecore.EAttribute) {
					values.add(f.getName() + "=" + o.eGet(f));
				} else if (f instanceof org.eclipse.emf.ecore.EReference r && !r.isContainment()) {
					List<?> targets = r.isMany() ? (List<?>) o.eGet(r) : java.util.Collections.singletonList(o.eGet(r));
					for (Object target : targets) {
						values.add(f.getName() + "->" + nameOf(names, (EObject) target));
					}
				}
			}
		});
		return values;
	}

	/** A target by its qualified name (表2.生产作业), else its own name; a link that did not resolve says so. */
	private static String nameOf(IQualifiedNameProvider names, EObject target) {
		if (target == null) {
			return "null";
		}
		if (target.eIsProxy()) {
			return "unresolved " + ((org.eclipse.emf.ecore.InternalEObject) target).eProxyURI();
		}
		QualifiedName qualified = names.getFullyQualifiedName(target);
		if (qualified != null) {
			return qualified.toString();
		}
		EStructuralFeature name = target.eClass().getEStructuralFeature("name");
		return name == null ? target.eClass().getName() + "?" : String.valueOf(target.eGet(name));
	}
}
