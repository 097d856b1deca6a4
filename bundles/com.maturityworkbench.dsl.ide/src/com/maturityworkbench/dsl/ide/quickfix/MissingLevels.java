package com.maturityworkbench.dsl.ide.quickfix;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

import com.maturityworkbench.dsl.maturity.Cell;
import com.maturityworkbench.dsl.maturity.Level;
import com.maturityworkbench.dsl.maturity.Levels;
import com.maturityworkbench.dsl.maturity.MaturityPackage.Literals;
import com.maturityworkbench.dsl.maturity.RequirementRow;

/**
 * Cells added to a requirement row for levels it lacks: each on a line of its own, indented as the row's cells are
 * (two spaces more than the row when it has none), before the first cell of a higher level, else after the last cell.
 */
final class MissingLevels {
	private MissingLevels() {
	}

	/** The insertions; null when the row's cells or levels cannot be read (a text that does not parse there). */
	static List<TextChange> changes(RequirementRow row, List<String> missing, String text) {
		List<String> order = levelOrder(row);
		ICompositeNode rowNode = NodeModelUtils.findActualNodeFor(row);
		INode name = first(NodeModelUtils.findNodesForFeature(row, Literals.REQUIREMENT_ROW__NAME));
		if (rowNode == null || name == null) {
			return null;
		}
		Map<Integer, List<String>> before = new LinkedHashMap<>(); // cell offset -> levels inserted before that cell
		List<String> after = new ArrayList<>(); // levels inserted after the last cell
		for (String level : missing) {
			Cell next = null;
			for (Cell cell : row.getCells()) {
				if (order.indexOf(levelName(cell)) > order.indexOf(level) && order.contains(level)) {
					next = cell;
					break;
				}
			}
			ICompositeNode node = next == null ? null : NodeModelUtils.findActualNodeFor(next);
			if (node == null) {
				after.add(level);
			} else {
				before.computeIfAbsent(node.getOffset(), k -> new ArrayList<>()).add(level);
			}
		}
		List<TextChange> changes = new ArrayList<>();
		for (Map.Entry<Integer, List<String>> e : before.entrySet()) {
			String indent = indentAt(text, e.getKey());
			StringBuilder inserted = new StringBuilder();
			for (String level : e.getValue()) {
				inserted.append(level).append('\n').append(indent);
			}
			changes.add(TextChange.insert(e.getKey(), inserted.toString()));
		}
		if (!after.isEmpty()) {
			Cell last = row.getCells().isEmpty() ? null : row.getCells().get(row.getCells().size() - 1);
			ICompositeNode lastNode = last == null ? null : NodeModelUtils.findActualNodeFor(last);
			int at = lastNode == null ? name.getEndOffset() : lastNode.getEndOffset();
			String indent = lastNode == null ? indentAt(text, rowNode.getOffset()) + "  " : indentAt(text, lastNode.getOffset());
			StringBuilder inserted = new StringBuilder();
			for (String level : after) {
				inserted.append('\n').append(indent).append(level);
			}
			changes.add(TextChange.insert(at, inserted.toString()));
		}
		return changes;
	}

	/** The names of the revision's levels, lowest first, as the row's cells reach them; empty when none resolves. */
	private static List<String> levelOrder(RequirementRow row) {
		for (Cell cell : row.getCells()) {
			if (cell.getLevel() != null && !cell.getLevel().eIsProxy() && cell.getLevel().eContainer() instanceof Levels levels) {
				return levels.getLevels().stream().map(Level::getName).toList();
			}
		}
		return List.of();
	}

	private static String levelName(Cell cell) {
		return cell.getLevel() == null || cell.getLevel().eIsProxy() ? null : cell.getLevel().getName();
	}

	/** The white space between the start of the line holding {@code offset} and the text there. */
	private static String indentAt(String text, int offset) {
		int lineStart = text.lastIndexOf('\n', offset - 1) + 1;
		int end = lineStart;
		while (end < offset && (text.charAt(end) == ' ' || text.charAt(end) == '\t')) {
			end++;
		}
		return text.substring(lineStart, end);
	}

	private static INode first(List<INode> nodes) {
		return nodes.isEmpty() ? null : nodes.get(0);
	}
}
