package com.maturityworkbench.dsl.formatting2;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.formatting2.AbstractJavaFormatter;
import org.eclipse.xtext.formatting2.FormatterPreferenceKeys;
import org.eclipse.xtext.formatting2.IFormattableDocument;
import org.eclipse.xtext.formatting2.regionaccess.IHiddenRegion;
import org.eclipse.xtext.formatting2.regionaccess.ISemanticRegion;
import org.eclipse.xtext.preferences.PreferenceKey;
import org.eclipse.xtext.preferences.TypedPreferenceKey;

import com.maturityworkbench.dsl.maturity.Band;
import com.maturityworkbench.dsl.maturity.Cell;
import com.maturityworkbench.dsl.maturity.Clause;
import com.maturityworkbench.dsl.maturity.Composite;
import com.maturityworkbench.dsl.maturity.Determination;
import com.maturityworkbench.dsl.maturity.ExampleRating;
import com.maturityworkbench.dsl.maturity.ExampleUnit;
import com.maturityworkbench.dsl.maturity.ExpectedValue;
import com.maturityworkbench.dsl.maturity.Levels;
import com.maturityworkbench.dsl.maturity.MaturityPackage;
import com.maturityworkbench.dsl.maturity.Note;
import com.maturityworkbench.dsl.maturity.Member;
import com.maturityworkbench.dsl.maturity.Model;
import com.maturityworkbench.dsl.maturity.Part;
import com.maturityworkbench.dsl.maturity.Parts;
import com.maturityworkbench.dsl.maturity.RequirementDomain;
import com.maturityworkbench.dsl.maturity.RequirementRow;
import com.maturityworkbench.dsl.maturity.RequirementTable;
import com.maturityworkbench.dsl.maturity.Scale;
import com.maturityworkbench.dsl.maturity.Rules;
import com.maturityworkbench.dsl.maturity.Interpretation;
import com.maturityworkbench.dsl.maturity.Sectors;
import com.maturityworkbench.dsl.maturity.Standard;
import com.maturityworkbench.dsl.maturity.Tailoring;
import com.maturityworkbench.dsl.maturity.WeightDomain;
import com.maturityworkbench.dsl.maturity.WeightTable;
import com.maturityworkbench.dsl.maturity.WeightedSubdomain;
import com.maturityworkbench.dsl.maturity.WorkedExample;

/**
 * The house layout of a revision file: one block per table or rule, a blank line between blocks, two spaces per
 * level of nesting (table › domain › subdomain › level › clause), one clause per line. Comments are kept.
 */
public class MaturityFormatter extends AbstractJavaFormatter {
	/** Two spaces per level unless the request sets an indentation of its own. */
	@Override
	@SuppressWarnings("unchecked")
	public <T> T getPreference(TypedPreferenceKey<T> key) {
		if (key == FormatterPreferenceKeys.indentation) {
			String set = getRequest() == null || getRequest().getPreferences() == null ? null
					: getRequest().getPreferences().getPreference((PreferenceKey) key);
			return (T) (set == null || set.equals(key.getDefaultValue()) ? "  " : set);
		}
		return super.getPreference(key);
	}

	/**
	 * A file with syntax errors is left as it is: the parser's recovery leaves nodes the rules below are not written
	 * for (see {@link FileFormatter}, which does not even build the region access of such a file).
	 */
	protected void format(Model model, IFormattableDocument doc) {
		if (getTextRegionAccess().hasSyntaxError()) {
			return;
		}
		ISemanticRegion of = regionFor(model).keyword("of");
		if (of != null) {
			doc.surround(of, it -> it.oneSpace());
			doc.append(regionFor(model).keyword("part"), it -> it.oneSpace());
		}
		if (model.getStandard() != null) {
			doc.format(model.getStandard());
		}
		for (Member member : model.getMembers()) {
			doc.prepend(member, it -> it.setNewLines(2));
			doc.format(member);
		}
		doc.append(model, it -> it.setNewLines(1));
	}

	protected void format(Standard s, IFormattableDocument doc) {
		doc.append(regionFor(s).keyword("standard"), it -> it.oneSpace());
		doc.append(regionFor(s).feature(MaturityPackage.Literals.STANDARD__NAME),
				it -> it.oneSpace());
		for (String kw : new String[] { "en", "code", "revision" }) {
			ISemanticRegion r = regionFor(s).keyword(kw);
			if (r != null) {
				doc.prepend(r, it -> it.newLine());
				doc.append(r, it -> it.oneSpace());
			}
		}
		for (String kw : new String[] { "committee", "date", "status" }) {
			ISemanticRegion r = regionFor(s).keyword(kw);
			if (r != null) {
				doc.surround(r, it -> it.oneSpace());
			}
		}
		indentAfter(doc, regionFor(s).keyword("standard"), s);
	}

	protected void format(Levels levels, IFormattableDocument doc) {
		listBlock(doc, levels, "levels", levels.getLevels());
	}

	protected void format(Scale scale, IFormattableDocument doc) {
		listBlock(doc, scale, "scale", scale.getRatings());
	}

	protected void format(Parts parts, IFormattableDocument doc) {
		listBlock(doc, parts, "parts", parts.getParts());
		for (Part p : parts.getParts()) {
			doc.surround(regionFor(p).keyword("target"), it -> it.oneSpace());
		}
	}

	protected void format(Sectors sectors, IFormattableDocument doc) {
		listBlock(doc, sectors, "sectors", sectors.getSectors());
	}

	/** A keyword followed by one entry per line, indented: levels, scale, parts, sectors. */
	private void listBlock(IFormattableDocument doc, EObject block, String keyword, List<? extends EObject> entries) {
		for (EObject entry : entries) {
			line(doc, entry);
		}
		indentAfter(doc, regionFor(block).keyword(keyword), block);
	}

	protected void format(WeightTable table, IFormattableDocument doc) {
		header(doc, table, "weights");
		for (WeightDomain d : table.getDomains()) {
			line(doc, d);
			for (WeightedSubdomain s : d.getSubdomains()) {
				line(doc, s);
			}
			indentAfter(doc, regionFor(d).keyword("domain"), d);
		}
		indentAfter(doc, regionFor(table).keyword("weights"), table);
	}

	protected void format(RequirementTable table, IFormattableDocument doc) {
		header(doc, table, "requirements");
		for (RequirementDomain d : table.getDomains()) {
			line(doc, d);
			for (RequirementRow r : d.getRows()) {
				line(doc, r);
				for (Cell c : r.getCells()) {
					format(c, doc);
				}
				indentAfter(doc, regionFor(r).keyword("subdomain"), r);
			}
			indentAfter(doc, regionFor(d).keyword("domain"), d);
		}
		indentAfter(doc, regionFor(table).keyword("requirements"), table);
	}

	/** A level line; then the lead-in, the cell's notes and every clause on lines of their own, one level deeper. */
	private void format(Cell c, IFormattableDocument doc) {
		doc.prepend(c, it -> it.newLine());
		doc.surround(regionFor(c).keyword("empty"), it -> it.oneSpace());
		ISemanticRegion lead = regionFor(c).keyword("lead");
		if (lead != null) {
			doc.prepend(lead, it -> it.newLine());
			doc.append(lead, it -> it.oneSpace());
		}
		c.getNotes().forEach(n -> format(n, doc));
		for (Clause clause : c.getClauses()) {
			format(clause, doc);
		}
		indentAfter(doc, firstRegion(c), c);
	}

	/** One clause per line: label, topic。text; continuations (+) and notes below it, one level deeper. */
	private void format(Clause clause, IFormattableDocument doc) {
		doc.prepend(clause, it -> it.newLine());
		doc.append(regionFor(clause).feature(MaturityPackage.Literals.CLAUSE__LABEL), it -> it.oneSpace());
		doc.prepend(regionFor(clause).keyword("。"), it -> it.noSpace());
		doc.append(regionFor(clause).keyword("。"), it -> it.noSpace());
		List<ISemanticRegion> pluses = regionFor(clause).keywords("+");
		for (ISemanticRegion plus : pluses) {
			doc.prepend(plus, it -> it.newLine());
			doc.append(plus, it -> it.oneSpace());
		}
		clause.getNotes().forEach(n -> format(n, doc));
		ISemanticRegion text = regionFor(clause).feature(MaturityPackage.Literals.CLAUSE__TEXT);
		if (text != null && (!pluses.isEmpty() || !clause.getNotes().isEmpty())) {
			indentAfter(doc, text, clause);
		}
	}

	/** note "…" / example "…" on a line of its own. */
	private void format(Note note, IFormattableDocument doc) {
		doc.prepend(note, it -> it.newLine());
		doc.append(regionFor(note).feature(MaturityPackage.Literals.NOTE__KIND), it -> it.oneSpace());
	}

	protected void format(Tailoring t, IFormattableDocument doc) {
		doc.prepend(regionFor(t).keyword("allow"), it -> it.newLine());
		doc.append(regionFor(t).keyword("allow"), it -> it.oneSpace());
		doc.prepend(regionFor(t).keyword("redistribute"), it -> it.newLine());
		doc.surround(regionFor(t).keyword("within"), it -> it.oneSpace());
		for (ISemanticRegion comma : regionFor(t).keywords(",")) {
			doc.prepend(comma, it -> it.noSpace());
			doc.append(comma, it -> it.oneSpace());
		}
		indentAfter(doc, regionFor(t).keyword("tailoring"), t);
	}

	protected void format(Determination d, IFormattableDocument doc) {
		doc.prepend(regionFor(d).keyword("met"), it -> it.newLine());
		doc.prepend(regionFor(d).keyword("progressive"), it -> it.newLine());
		doc.append(regionFor(d).keyword("progressive"), it -> it.oneSpace());
		doc.prepend(regionFor(d).keyword("bands"), it -> it.newLine());
		for (Band b : d.getBands()) {
			doc.prepend(b, it -> it.newLine());
			doc.append(regionFor(b).keyword("["), it -> it.noSpace());
			doc.prepend(regionFor(b).keyword(","), it -> it.noSpace());
			doc.append(regionFor(b).keyword(","), it -> it.oneSpace());
			doc.prepend(regionFor(b).keyword(")"), it -> it.noSpace());
			doc.prepend(regionFor(b).keyword("]"), it -> it.noSpace());
			doc.prepend(regionFor(b).keyword("["), it -> it.oneSpace());
		}
		indentAfter(doc, regionFor(d).keyword("bands"), d);
		indentAfter(doc, regionFor(d).keyword("determination"), d);
	}

	protected void format(Composite c, IFormattableDocument doc) {
		doc.prepend(regionFor(c).keyword("weights"), it -> it.newLine());
		doc.prepend(regionFor(c).keyword("aggregate"), it -> it.newLine());
		indentAfter(doc, regionFor(c).keyword("composite"), c);
	}

	/** rules › one rule per line: "not applicable allowed as 不适用", "rate levels all", "panel consensus median". */
	protected void format(Rules r, IFormattableDocument doc) {
		doc.prepend(regionFor(r).keyword("not"), it -> it.newLine());
		doc.prepend(regionFor(r).keyword("rate"), it -> it.newLine());
		doc.prepend(regionFor(r).keyword("panel"), it -> it.newLine());
		for (String k : new String[] { "applicable", "as", "levels", "consensus" }) {
			doc.prepend(regionFor(r).keyword(k), it -> it.oneSpace());
		}
		doc.prepend(regionFor(r).feature(MaturityPackage.Literals.RULES__NOT_APPLICABLE), it -> it.oneSpace());
		doc.prepend(regionFor(r).feature(MaturityPackage.Literals.RULES__NOT_APPLICABLE_NAME), it -> it.oneSpace());
		doc.prepend(regionFor(r).feature(MaturityPackage.Literals.RULES__RATED_LEVELS), it -> it.oneSpace());
		doc.prepend(regionFor(r).feature(MaturityPackage.Literals.RULES__PANEL_CONSENSUS), it -> it.oneSpace());
		indentAfter(doc, regionFor(r).keyword("rules"), r);
	}

	/** interpretation id in "9.2" › quote … (one per line) › reading … › because …. */
	protected void format(Interpretation i, IFormattableDocument doc) {
		doc.append(regionFor(i).keyword("interpretation"), it -> it.oneSpace());
		doc.surround(regionFor(i).keyword("in"), it -> it.oneSpace());
		for (ISemanticRegion quote : regionFor(i).keywords("quote")) {
			doc.prepend(quote, it -> it.newLine());
			doc.append(quote, it -> it.oneSpace());
		}
		for (String k : new String[] { "reading", "because" }) {
			doc.prepend(regionFor(i).keyword(k), it -> it.newLine());
			doc.append(regionFor(i).keyword(k), it -> it.oneSpace());
		}
		indentAfter(doc, regionFor(i).keyword("interpretation"), i);
	}

	/**
	 * worked example NAME "title" sector S, then one line each: tailor, every rate, expect (its values on that line).
	 * A composite example: worked example NAME "title" composite, then each unit (its own lines indented under it).
	 */
	protected void format(WorkedExample e, IFormattableDocument doc) {
		doc.append(regionFor(e).keyword("worked"), it -> it.oneSpace());
		doc.append(regionFor(e).keyword("example"), it -> it.oneSpace());
		doc.prepend(regionFor(e).feature(MaturityPackage.Literals.WORKED_EXAMPLE__TITLE), it -> it.oneSpace());
		ISemanticRegion sector = regionFor(e).keyword("sector");
		doc.surround(sector, it -> it.oneSpace());
		ISemanticRegion composite = regionFor(e).keyword("composite");
		doc.prepend(composite, it -> it.oneSpace());
		tailoringAndRatings(doc, e, e.getRatings());
		for (ExampleUnit u : e.getUnits()) {
			doc.prepend(u, it -> it.newLine());
			doc.format(u);
		}
		doc.prepend(regionFor(e).keyword("expect"), it -> it.newLine());
		for (ExpectedValue v : e.getExpected()) {
			doc.prepend(v, it -> it.oneSpace());
			spaced(doc, v);
		}
		indentAfter(doc, composite != null ? composite : sector == null ? null : sector.getNextSemanticRegion(), e);
	}

	/** unit "NAME" sector S output V (or share P%), then one line each: tailor, every rate. */
	protected void format(ExampleUnit u, IFormattableDocument doc) {
		doc.append(regionFor(u).keyword("unit"), it -> it.oneSpace());
		doc.surround(regionFor(u).keyword("sector"), it -> it.oneSpace());
		doc.surround(regionFor(u).keyword("output"), it -> it.oneSpace());
		doc.surround(regionFor(u).keyword("share"), it -> it.oneSpace());
		tailoringAndRatings(doc, u, u.getRatings());
		ISemanticRegion output = regionFor(u).feature(MaturityPackage.Literals.EXAMPLE_UNIT__OUTPUT);
		indentAfter(doc, output != null ? output : regionFor(u).feature(MaturityPackage.Literals.EXAMPLE_UNIT__SHARE), u);
	}

	/** The tailor line (commas tight) and one line per rating of an example or a unit. */
	private void tailoringAndRatings(IFormattableDocument doc, EObject owner, List<ExampleRating> ratings) {
		ISemanticRegion tailor = regionFor(owner).keyword("tailor");
		if (tailor != null) {
			doc.prepend(tailor, it -> it.newLine());
			doc.append(tailor, it -> it.oneSpace());
			for (ISemanticRegion comma : regionFor(owner).keywords(",")) {
				doc.prepend(comma, it -> it.noSpace());
				doc.append(comma, it -> it.oneSpace());
			}
		}
		for (ExampleRating r : ratings) {
			line(doc, r);
		}
	}

	private void header(IFormattableDocument doc, EObject table, String keyword) {
		doc.append(regionFor(table).keyword(keyword), it -> it.oneSpace());
		doc.surround(regionFor(table).keyword("part"), it -> it.oneSpace());
		doc.surround(regionFor(table).keyword("sector"), it -> it.oneSpace());
	}

	/** The element starts on a line of its own; tokens inside it are separated by one space unless set otherwise. */
	private void line(IFormattableDocument doc, EObject obj) {
		doc.prepend(obj, it -> it.newLine());
		spaced(doc, obj);
	}

	/** The tokens of the element (not its first) are separated by one space unless set otherwise. */
	private void spaced(IFormattableDocument doc, EObject obj) {
		for (ISemanticRegion r : textRegionExtensions.allSemanticRegions(obj)) {
			if (r.getEObjectRegion().getSemanticElement() == obj && r != firstRegion(obj)) {
				doc.prepend(r, it -> it.oneSpace());
			}
		}
	}

	private ISemanticRegion firstRegion(EObject obj) {
		return textRegionExtensions.regionForEObject(obj).getPreviousHiddenRegion().getNextSemanticRegion();
	}

	/** Everything after the header keyword up to the end of the element is indented one level. */
	private void indentAfter(IFormattableDocument doc, ISemanticRegion header, EObject obj) {
		if (header == null) {
			return;
		}
		IHiddenRegion from = header.getNextHiddenRegion();
		IHiddenRegion to = textRegionExtensions.regionForEObject(obj).getNextHiddenRegion();
		if (from != null && to != null && from.getOffset() < to.getOffset()) {
			doc.set(from, to, it -> it.indent());
		}
	}
}
