package com.maturityworkbench.ui.views.simulation;

import java.math.BigDecimal;

import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;

import com.maturityworkbench.scoring.Rational;
import com.maturityworkbench.ui.UiTexts;

/** The units of a composite enterprise: name, sector and output, each edited in place. */
final class UnitColumns {
	private UnitColumns() {
	}

	static void create(SimulationView view, TableViewer viewer) {
		column(viewer, UiTexts.text("simulation.unit.name"), 140, u -> u.name, new Editing(view, viewer) {
			@Override
			protected CellEditor getCellEditor(Object element) {
				return new TextCellEditor(viewer.getTable());
			}

			@Override
			protected Object getValue(Object element) {
				return ((SimulationUnit) element).name;
			}

			@Override
			protected void setValue(Object element, Object value) {
				String name = ((String) value).strip();
				if (!name.isEmpty()) {
					((SimulationUnit) element).name = name;
					view.unitChanged();
				}
			}
		});
		column(viewer, UiTexts.text("simulation.unit.sector"), 80, u -> u.sector, new Editing(view, viewer) {
			@Override
			protected CellEditor getCellEditor(Object element) {
				return new ComboBoxCellEditor(viewer.getTable(), view.model().sectors().toArray(String[]::new), SWT.READ_ONLY);
			}

			@Override
			protected Object getValue(Object element) {
				return view.model().sectors().indexOf(((SimulationUnit) element).sector);
			}

			@Override
			protected void setValue(Object element, Object value) {
				int i = (Integer) value;
				if (i >= 0) {
					((SimulationUnit) element).sector = view.model().sectors().get(i);
					view.unitChanged();
				}
			}
		});
		column(viewer, UiTexts.text("simulation.unit.output"), 90, u -> u.output.toExactString(), new Editing(view, viewer) {
			@Override
			protected CellEditor getCellEditor(Object element) {
				return new TextCellEditor(viewer.getTable());
			}

			@Override
			protected Object getValue(Object element) {
				return ((SimulationUnit) element).output.toExactString();
			}

			@Override
			protected void setValue(Object element, Object value) {
				try {
					BigDecimal output = new BigDecimal(((String) value).strip());
					if (output.signum() > 0) {
						((SimulationUnit) element).output = Rational.of(output);
						view.unitChanged();
					}
				} catch (NumberFormatException e) {
					// not a number: the output stays as it was
				}
			}
		});
	}

	private abstract static class Editing extends EditingSupport {
		final SimulationView view;

		Editing(SimulationView view, TableViewer viewer) {
			super(viewer);
			this.view = view;
		}

		@Override
		protected boolean canEdit(Object element) {
			return view.model() != null;
		}
	}

	private static void column(TableViewer viewer, String title, int width, java.util.function.Function<SimulationUnit, String> text, EditingSupport editing) {
		TableViewerColumn c = new TableViewerColumn(viewer, SWT.NONE);
		c.getColumn().setText(title);
		c.getColumn().setWidth(width);
		c.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((SimulationUnit) element);
			}
		});
		c.setEditingSupport(editing);
	}
}
