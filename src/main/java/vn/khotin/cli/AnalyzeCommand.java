package vn.khotin.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.khotin.web.TokenAnalysis.Token;

/** {@code khotin analyze [--field F] [--query] "text"}: the tokens each analyzer makes, like {@code _analyze}. */
@Command(name = "analyze", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"In các token mà bộ phân tích tiếng Việt tạo ra cho một đoạn văn bản.",
                "Mỗi token: từ (term), vị trí đầu/cuối trong văn bản, vị trí token, độ dài vị trí và loại token."},
        footer = {"%nVí dụ:", "  khotin analyze \"UBND TP Hà Tĩnh họp ngày 28/2\"",
                "  khotin analyze --field title.folded \"Đảng ủy khoẻ mạnh\"",
                "  khotin analyze --query \"ubnd thanh pho ha tinh\""})
final class AnalyzeCommand implements Callable<Integer> {

    @Option(names = "--field", paramLabel = "TRƯỜNG",
            description = "Chỉ phân tích theo một trường, ví dụ title, title.folded, title.words, "
                    + "title.words.folded (mặc định: cả bốn vai trò của trường 'text').")
    String field;

    @Option(names = "--query", description = "Dùng bộ phân tích lúc truy vấn (thêm từ viết tắt đồng nghĩa, bỏ từ dừng).")
    boolean query;

    @Parameters(arity = "1..*", paramLabel = "VĂN_BẢN", description = "Đoạn văn bản cần phân tích.")
    List<String> text;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        String input = String.join(" ", text);
        if (input.isBlank()) {
            throw UserException.usage("văn bản cần phân tích đang trống");
        }
        if (field != null && !vn.khotin.web.TokenAnalysis.isAnalyzedField(field.strip())) {
            throw UserException.usage("trường '" + field + "' không hợp lệ: " + vn.khotin.web.TokenAnalysis.validFields());
        }
        VietnameseTokens analysis = new VietnameseTokens();
        PrintWriter out = spec.commandLine().getOut();
        List<String> fields = field != null ? List.of(field.strip()) : analysis.defaultFields();
        for (String f : fields) {
            out.printf("%s  (%s, %s)%n", f, VietnameseTokens.roleName(f), query ? "lúc truy vấn" : "lúc lập chỉ mục");
            List<Token> tokens = analysis.tokens(f, input, query);
            int w = 4;
            for (Token t : tokens) {
                w = Math.max(w, t.term().length());
            }
            String fmt = "  %-" + w + "s  %5s  %5s  %6s  %6s  %s%n";
            out.printf(fmt, "term", "đầu", "cuối", "vị trí", "độ dài", "loại");
            for (Token t : tokens) {
                out.printf(fmt, t.term(), t.startOffset(), t.endOffset(), t.position(), t.positionLength(), t.type());
            }
            if (tokens.isEmpty()) {
                out.println("  (không có token)");
            }
            if (analysis.repairCandidates(input).size() > 0 && f.equals(fields.get(fields.size() - 1))) {
                out.println();
            }
            out.println();
        }
        List<String> repaired = analysis.repairCandidates(input);
        if (!repaired.isEmpty()) {
            out.println("Có vẻ gõ Telex/VNI khi tắt bộ gõ; truy vấn sẽ tìm thêm: " + String.join(" | ", repaired));
        }
        out.flush();
        return 0;
    }
}
