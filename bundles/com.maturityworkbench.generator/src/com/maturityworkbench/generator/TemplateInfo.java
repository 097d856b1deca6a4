package com.maturityworkbench.generator;

import java.util.ArrayList;
import java.util.List;

import com.maturityworkbench.generator.GenerationModel.SectorView;
import com.maturityworkbench.scoring.model.SectorModel;
import com.maturityworkbench.scoring.model.SubdomainRef;

/**
 * The key/value metadata of an assessment template, the same in CSV ({@code # key: value} lines) and XLSX (the
 * 评估信息 sheet): standard, revision, status, sector, tailored (subdomain ids separated by ';', empty by default) and
 * scale ({@code 全部满足=1; 大部分满足=0.8; …}).
 */
final class TemplateInfo {
	private TemplateInfo() {
	}

	/** {key, value, Chinese explanation} in order. */
	static List<String[]> entries(GenerationModel m, SectorView sector) {
		String scale = String.join("; ", m.scale().stream().map(r -> r.name() + "=" + r.value().toExactString()).toList());
		return List.of(new String[] { "standard", m.stamp().standardCode(), "标准编号" },
				new String[] { "revision", m.stamp().revisionId(), "修订版本标识" },
				new String[] { "status", m.stamp().status(), "状态（draft 草案 / final 正式）" },
				new String[] { "sector", sector.name(), "企业类型（行业）" },
				new String[] { "tailored", "", "裁剪掉的能力子域编号，以分号分隔，例如 " + example(m, sector) },
				new String[] { "scale", scale, "评分：填写等级名称或对应分值" });
	}

	/** A subdomain the revision allows to be tailored, the sector's table first; "—" when none may be. */
	private static String example(GenerationModel m, SectorView sector) {
		SectorModel sm = SectorModel.of(m.scoring(), sector.name());
		List<SubdomainRef> order = new ArrayList<>(sm.subdomains().stream().filter(s -> s.table().sector() != null).toList());
		order.addAll(sm.subdomains().stream().filter(s -> s.table().sector() == null).toList());
		return order.stream().map(SubdomainRef::id).filter(m.scoring().tailoring()::allows).findFirst().orElse("—");
	}
}
