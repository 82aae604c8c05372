package danvan.platform.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;

import org.junit.jupiter.api.Test;

class FoldingTests {

	@Test
	void foldsVietnameseToWhatPeopleTypeWithoutAccents() {
		assertThat(Folding.fold("Trần Văn Thắng")).isEqualTo("tran van thang");
		assertThat(Folding.fold("Đảng ủy xã Điềm Hy")).isEqualTo("dang uy xa diem hy");
	}

	@Test
	void decomposedInputFoldsTheSameAsComposed() {
		String decomposed = Normalizer.normalize("Khối Dân vận", Normalizer.Form.NFD);
		assertThat(Folding.fold(decomposed)).isEqualTo(Folding.fold("Khối Dân vận")).isEqualTo("khoi dan van");
	}

	@Test
	void collapsesSpacesAndSplitsWords() {
		assertThat(Folding.words("  Dân   vận  khéo ", 8)).containsExactly("dan", "van", "kheo");
		assertThat(Folding.words(null, 8)).isEmpty();
		assertThat(Folding.words("a b c d", 2)).containsExactly("a", "b");
	}

}
