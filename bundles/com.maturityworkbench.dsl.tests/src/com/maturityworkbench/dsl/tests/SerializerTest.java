package com.maturityworkbench.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.resource.SaveOptions;
import org.eclipse.xtext.serializer.ISerializer;
import org.junit.jupiter.api.Test;

import com.maturityworkbench.dsl.analysis.LoadedRevision;
import com.maturityworkbench.dsl.analysis.RevisionLoader;
import com.maturityworkbench.dsl.analysis.SourceText;
import com.maturityworkbench.dsl.maturity.Model;

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

	/** Every attribute value and every reference target's name, in containment order. */
	static List<String> flatten(Model model) {
		List<String> values = new ArrayList<>();
		model.eAllContents().forEachRemaining(o -> {
			values.add(o.eClass().getName());
			for (EStructuralFeature f : o.eClass().getEAllStructuralFeatures()) {
				if (f instanceof org.eclipse.emf.ecore.EAttribute) {
					values.add(f.getName() + "=" + o.eGet(f));
				} else if (f instanceof org.eclipse.emf.ecore.EReference r && !r.isContainment() && !r.isMany()) {
					EObject target = (EObject) o.eGet(r);
					values.add(f.getName() + "->" + (target == null ? null : target.eClass().getName()));
				}
			}
		});
		return values;
	}
}
