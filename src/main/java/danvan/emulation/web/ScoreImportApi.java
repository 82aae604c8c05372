package danvan.emulation.web;

import static danvan.platform.security.OrgScope.RECORD;
import static danvan.platform.security.Role.ADMIN;
import static danvan.platform.security.Role.BOARD_OFFICER;
import static danvan.platform.security.Role.REVIEWER;

import java.math.BigDecimal;
import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import danvan.emulation.sheets.ScoreImport;
import danvan.emulation.sheets.ScoreImportService;
import danvan.platform.security.Access;
import danvan.platform.security.CurrentActor;

/** A consolidated score sheet: read into a preview, then committed all or nothing. */
@RestController
@RequestMapping("/api/emulation/movements/{id}/score-imports")
class ScoreImportApi {

	record Preview(String id, List<PreviewRow> rows, List<ScoreImport.CellError> errors,
			List<ScoreImport.Mismatch> mismatches) {

		static Preview of(ScoreImport preview) {
			return new Preview(preview.id(),
					preview.rows().stream().map(r -> new PreviewRow(r.row(), r.unitId(), r.unitName(), r.total())).toList(),
					preview.errors(), preview.mismatches());
		}

	}

	record PreviewRow(int row, Long unitId, String unitName, BigDecimal total) {
	}

	record Committed(String id, int saved) {
	}

	private final ScoreImportService imports;

	ScoreImportApi(ScoreImportService imports) {
		this.imports = imports;
	}

	@Access(roles = { ADMIN, BOARD_OFFICER, REVIEWER }, scope = RECORD)
	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	Preview preview(@PathVariable Long id, @RequestParam(required = false) MultipartFile file) {
		return Preview.of(imports.preview(CurrentActor.require(), id, file));
	}

	@Access(roles = { ADMIN, BOARD_OFFICER, REVIEWER }, scope = RECORD)
	@PostMapping("/{importId}/commit")
	Committed commit(@PathVariable Long id, @PathVariable String importId) {
		return new Committed(importId, imports.commit(CurrentActor.require(), id, importId));
	}

}
