import java.io.File;
import java.io.FileOutputStream;
import java.io.OutputStream;
import org.jacoco.core.analysis.Analyzer;
import org.jacoco.core.analysis.CoverageBuilder;
import org.jacoco.core.analysis.IBundleCoverage;
import org.jacoco.core.tools.ExecFileLoader;
import org.jacoco.report.IReportVisitor;
import org.jacoco.report.xml.XMLFormatter;

/**
 * What `mvn jacoco:report` and `jacococli report --xml` do, through JaCoCo's own API: Debian's
 * libjacoco-java ships the agent and the report library but not the CLI.
 * Usage: java JacocoXml EXEC_FILE CLASSES_DIR OUT_XML
 */
public class JacocoXml {
  public static void main(String[] args) throws Exception {
    ExecFileLoader loader = new ExecFileLoader();
    loader.load(new File(args[0]));
    CoverageBuilder builder = new CoverageBuilder();
    new Analyzer(loader.getExecutionDataStore(), builder).analyzeAll(new File(args[1]));
    IBundleCoverage bundle = builder.getBundle("paydown-parity");
    try (OutputStream out = new FileOutputStream(args[2])) {
      IReportVisitor visitor = new XMLFormatter().createVisitor(out);
      visitor.visitInfo(loader.getSessionInfoStore().getInfos(), loader.getExecutionDataStore().getContents());
      visitor.visitBundle(bundle, null);
      visitor.visitEnd();
    }
  }
}
