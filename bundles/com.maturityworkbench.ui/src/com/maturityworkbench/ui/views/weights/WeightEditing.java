package com.maturityworkbench.ui.views.weights;

import java.util.function.BiConsumer;

import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TextCellEditor;

/** The weight cell of a subdomain line is editable; what is typed goes to the view, which writes it into the text. */
final class WeightEditing extends EditingSupport {
	private final TextCellEditor editor;
	private final BiConsumer<WeightLine.Subdomain, String> written;

	WeightEditing(TableViewer viewer, BiConsumer<WeightLine.Subdomain, String> written) {
		super(viewer);
		this.editor = new TextCellEditor(viewer.getTable());
		this.written = written;
	}

	@Override
	protected CellEditor getCellEditor(Object element) {
		return editor;
	}

	@Override
	protected boolean canEdit(Object element) {
		return element instanceof WeightLine.Subdomain s && s.row().weightText() != null;
	}

	@Override
	protected Object getValue(Object element) {
		String printed = ((WeightLine.Subdomain) element).row().printedWeight();
		return printed == null ? "" : printed;
	}

	@Override
	protected void setValue(Object element, Object value) {
		String typed = String.valueOf(value);
		if (!typed.equals(getValue(element))) {
			written.accept((WeightLine.Subdomain) element, typed);
		}
	}
}
