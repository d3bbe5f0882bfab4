import org.apache.commons.lang3.ArrayUtils;
import org.apache.commons.lang3.BooleanUtils;
import org.apache.commons.lang3.CharUtils;
import org.apache.commons.lang3.ObjectUtils;
import org.apache.commons.lang3.StringUtils;
import org.apache.commons.lang3.math.NumberUtils;
import org.apache.commons.lang3.time.DurationFormatUtils;

/** Runs a slice of Apache Commons Lang under the JaCoCo agent, so the report has partly covered lines and branches. */
public class Exercise {
  public static void main(String[] args) {
    StringBuilder out = new StringBuilder();
    out.append(StringUtils.abbreviate("abcdefghijkl", 6)).append(StringUtils.capitalize("x"));
    out.append(StringUtils.join(new int[] {1, 2, 3}, ',')).append(StringUtils.isBlank(" "));
    out.append(StringUtils.leftPad("7", 3, '0')).append(StringUtils.reverse("abc"));
    out.append(StringUtils.countMatches("aaa", "a")).append(StringUtils.substringBetween("<a>", "<", ">"));
    out.append(ArrayUtils.toString(ArrayUtils.addAll(new int[] {1}, 2, 3))).append(BooleanUtils.toStringYesNo(true));
    out.append(CharUtils.toString('c')).append(ObjectUtils.firstNonNull(null, "z"));
    out.append(NumberUtils.toInt("12", 0)).append(NumberUtils.isCreatable("1e3"));
    out.append(DurationFormatUtils.formatDurationHMS(3_723_000L));
    System.out.println(out);
  }
}
