package com.maturityworkbench.ui.views.simulation;

import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;

import com.maturityworkbench.scoring.model.RatingValue;
import com.maturityworkbench.ui.views.simulation.RatingTree.Node;

/** The rating column: a combo of the revision's scale on any node; choosing a rating rates every clause under it. */
final class RatingEditing extends EditingSupport {
	private final SimulationView view;
	private final TreeViewer tree;

	RatingEditing(SimulationView view, TreeViewer tree) {
		super(tree);
		this.view = view;
		this.tree = tree;
	}

	@Override
	protected CellEditor getCellEditor(Object element) {
		String[] names = view.model().scale().values().stream().map(RatingValue::name).toArray(String[]::new);
		return new ComboBoxCellEditor(tree.getTree(), names, SWT.READ_ONLY);
	}

	@Override
	protected boolean canEdit(Object element) {
		return view.model() != null && !((Node) element).clauseIds().isEmpty();
	}

	@Override
	protected Object getValue(Object element) {
		String current = view.ratingText((Node) element);
		var values = view.model().scale().values();
		for (int i = 0; i < values.size(); i++) {
			if (values.get(i).name().equals(current)) {
				return i;
			}
		}
		return -1;
	}

	@Override
	protected void setValue(Object element, Object value) {
		int index = (Integer) value;
		if (index >= 0) {
			view.rate(((Node) element).clauseIds(), view.model().scale().value(index));
		}
	}
}
