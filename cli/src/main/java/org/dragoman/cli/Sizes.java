package org.dragoman.cli;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;

/** Parses sizes such as {@code 500MB}, {@code 2G}, {@code 1048576}. */
final class Sizes implements CommandLine.ITypeConverter<Long> {
  private static final Pattern SIZE = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*([KMGT]?)I?B?");

  @Override
  public Long convert(String value) {
    Matcher m = SIZE.matcher(value.strip().toUpperCase(Locale.ROOT));
    if (!m.matches()) {
      throw new CommandLine.TypeConversionException(
          "'" + value + "' is not a size; write it like 500MB, 2GB or 1048576");
    }
    double n = Double.parseDouble(m.group(1));
    int shift = switch (m.group(2)) {
      case "K" -> 10;
      case "M" -> 20;
      case "G" -> 30;
      case "T" -> 40;
      default -> 0;
    };
    return (long) (n * (1L << shift));
  }
}
