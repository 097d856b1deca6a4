package com.maturityworkbench.cli.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;

/**
 * A small revision written out by hand for hand-worked scores: five levels, the Table 9 scale, Table 10 bands.
 *
 * <pre>
 * 表1 common 40 %   domain 组织: 甲 10 % (2 clauses per level), 乙 30 % (1)
 * 表2 采选  60 %    domain 生产: 丙 10 % (1), 丁 20 % (2), 戊 30 % (3; 五级 marked empty)
 *                   表6 also has a row 庚 without weight (1 clause per level): rated or not, never scored
 * 表3 冶炼  60 %    domain 冶炼生产: 己 60 % (2)
 * tailoring: 表2.丁 and 表1.甲 may be tailored, their weight stays within their domain
 * </pre>
 *
 * Effective weights w' of a 采选 enterprise without tailoring: 甲 1/10, 乙 3/10, 丙 1/10, 丁 1/5, 戊 3/10 at
 * 一级..四级; at 五级 戊 is empty, so 生产 (60 %) is shared by 丙 and 丁 in proportion 10:20 — 丙 1/5, 丁 2/5.
 */
final class HandModel {
	static final String TEXT = """
			standard hand "手算模型" code "T/HAND 1—2025" revision "测试稿" status draft

			levels
			  一级 "第一级"
			  二级 "第二级"
			  三级 "第三级"
			  四级 "第四级"
			  五级 "第五级"

			scale
			  全部满足 1
			  大部分满足 0.8
			  部分满足 0.5
			  不满足 0

			parts
			  基础共性 common target 40%
			  行业特性 sector target 60%

			sectors
			  采选 mining
			  冶炼 smelting

			tailoring
			  allow 表2.丁, 表1.甲
			  redistribute within domain

			determination
			  met when score >= 0.8
			  progressive off
			  bands
			    一级 [0.8, 1.8)
			    二级 [1.8, 2.8)
			    三级 [2.8, 3.8)
			    四级 [3.8, 4.8)
			    五级 [4.8, 5]

			composite
			  weights by output value
			  aggregate mean

			weights 表1 "基础共性" part 基础共性
			  domain 组织
			    甲 10%
			    乙 30%

			weights 表2 "采选" part 行业特性 sector 采选
			  domain 生产
			    丙 10%
			    丁 20%
			    戊 30%

			weights 表3 "冶炼" part 行业特性 sector 冶炼
			  domain 冶炼生产
			    己 60%

			requirements 表5 "基础共性要求" part 基础共性
			  domain 组织
			    subdomain 甲
			      一级
			        a) "应建立甲的一级制度，明确职责。"
			        b) "应开展甲的一级培训，包括 \\"基础\\" 与 \\"进阶\\" 两类。"
			      二级
			        a) "应建立甲的二级制度。"
			        b) "应开展甲的二级评审。"
			      三级
			        a) "应建立甲的三级制度。"
			        b) "应开展甲的三级评审。"
			      四级
			        a) "应建立甲的四级制度。"
			        b) "应开展甲的四级评审。"
			      五级
			        a) "应建立甲的五级制度。"
			        b) "应开展甲的五级评审。"
			    subdomain 乙
			      一级
			        a) "应建立乙的一级制度, 并定期更新。"
			      二级
			        a) "应建立乙的二级制度。"
			      三级
			        a) "应建立乙的三级制度。"
			      四级
			        a) "应建立乙的四级制度。"
			      五级
			        a) "应建立乙的五级制度。"

			requirements 表6 "采选要求" part 行业特性 sector 采选
			  domain 生产
			    subdomain 丙
			      一级
			        a) "应实现丙的一级要求。"
			      二级
			        a) "应实现丙的二级要求。"
			      三级
			        a) "应实现丙的三级要求。"
			      四级
			        a) "应实现丙的四级要求。"
			      五级
			        a) "应实现丙的五级要求。"
			    subdomain 丁
			      一级
			        a) "应实现丁的一级要求。"
			        b) "应记录丁的一级数据。"
			      二级
			        a) "应实现丁的二级要求。"
			        b) "应记录丁的二级数据。"
			      三级
			        a) "应实现丁的三级要求。"
			        b) "应记录丁的三级数据。"
			      四级
			        a) "应实现丁的四级要求。"
			        b) "应记录丁的四级数据。"
			      五级
			        a) "应实现丁的五级要求。"
			        b) "应记录丁的五级数据。"
			    subdomain 戊
			      一级
			        a) "应实现戊的一级要求。"
			        b) "应记录戊的一级数据。"
			        c) "应分析戊的一级数据。"
			      二级
			        a) "应实现戊的二级要求。"
			        b) "应记录戊的二级数据。"
			        c) "应分析戊的二级数据。"
			      三级
			        a) "应实现戊的三级要求。"
			        b) "应记录戊的三级数据。"
			        c) "应分析戊的三级数据。"
			      四级
			        a) "应实现戊的四级要求。"
			        b) "应记录戊的四级数据。"
			        c) "应分析戊的四级数据。"
			      五级 empty "草案未填写"
			    subdomain 庚
			      一级
			        a) "应实现庚的一级要求。"
			      二级
			        a) "应实现庚的二级要求。"
			      三级
			        a) "应实现庚的三级要求。"
			      四级
			        a) "应实现庚的四级要求。"
			      五级
			        a) "应实现庚的五级要求。"

			requirements 表7 "冶炼要求" part 行业特性 sector 冶炼
			  domain 冶炼生产
			    subdomain 己
			      一级
			        a) "应实现己的一级要求。"
			        b) "应记录己的一级数据。"
			      二级
			        a) "应实现己的二级要求。"
			        b) "应记录己的二级数据。"
			      三级
			        a) "应实现己的三级要求。"
			        b) "应记录己的三级数据。"
			      四级
			        a) "应实现己的四级要求。"
			        b) "应记录己的四级数据。"
			      五级
			        a) "应实现己的五级要求。"
			        b) "应记录己的五级数据。"
			""";

	private HandModel() {
	}

	/** Writes the model (edited) as {@code dir/hand/hand.maturity} and returns the folder. */
	static Path write(Path dir, UnaryOperator<String> edit) throws IOException {
		Path folder = Files.createDirectories(dir.resolve("hand"));
		Files.writeString(folder.resolve("hand.maturity"), edit.apply(TEXT), StandardCharsets.UTF_8);
		return folder;
	}

	static Path write(Path dir) throws IOException {
		return write(dir, s -> s);
	}
}
