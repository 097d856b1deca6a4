package com.maturityworkbench.revision.comments;

/**
 * One comment of a comments file: where it stands (file and spreadsheet row, 1-based, the header being row 1), and its
 * cells: 序号, 提出单位, 章条编号/表格行, 意见内容, 修改建议, 处理意见 (null when the cell names none of the four), 理由.
 */
public record Comment(String file, int row, String number, String unit, String reference, String content, String proposal,
		Disposition disposition, String reason) {
}
