package org.dragoman.ingest;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns the bytes of a text file into characters, finding the encoding.
 *
 * <p>In order: a byte-order mark; UTF-16 without a mark, recognised by its zero bytes; strict
 * UTF-8; a charset the document declares (HTML {@code <meta charset>}); and last ICU's statistical
 * detector among legacy single-byte charsets (Windows-1256 and ISO-8859-6 for Arabic,
 * Windows-1252, …). A file that is clearly UTF-8 but holds invalid sequences is refused with the
 * byte offset of the first, rather than read as mojibake.
 */
final class TextDecoder {

  /**
   * Characters decoded and the charset they were decoded from.
   *
   * @param text the characters, without a byte-order mark
   * @param charset the charset used
   */
  record Decoded(String text, Charset charset) {}

  private TextDecoder() {}

  static Decoded decode(byte[] bytes, String declared) throws SourceProblem {
    Charset bom = bomCharset(bytes);
    if (bom != null) {
      int skip = bom.equals(StandardCharsets.UTF_8) ? 3 : 2;
      return new Decoded(strict(bytes, skip, bom), bom);
    }
    Charset utf16 = utf16ByParity(bytes);
    if (utf16 != null) {
      return new Decoded(strict(bytes, 0, utf16), utf16);
    }
    int invalidAt = firstInvalidUtf8(bytes);
    if (invalidAt < 0) {
      return new Decoded(new String(bytes, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    }
    int[] sequences = utf8Sequences(bytes);
    if (sequences[0] >= 3 && sequences[0] >= 4 * sequences[1]) {
      throw new SourceProblem(
          "invalid UTF-8: the text is UTF-8 but the byte at offset " + invalidAt + " (0x"
              + Integer.toHexString(bytes[invalidAt] & 0xff) + ") breaks it");
    }
    Charset charset = declared != null ? lookup(declared) : null;
    if (charset == null || charset.equals(StandardCharsets.UTF_8)) {
      charset = detectLegacy(bytes);
    }
    return new Decoded(new String(bytes, charset), charset);
  }

  private static Charset bomCharset(byte[] b) {
    if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
      return StandardCharsets.UTF_8;
    }
    if (b.length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) {
      return StandardCharsets.UTF_16LE;
    }
    if (b.length >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) {
      return StandardCharsets.UTF_16BE;
    }
    return null;
  }

  /**
   * Text in UTF-16 without a byte-order mark: in one byte parity (the high bytes) nearly every
   * byte is one of two values, 0x00 and the script's block (0x06 for Arabic), while the other
   * parity varies like text does. Single-byte text shows the same variety in both parities.
   */
  private static Charset utf16ByParity(byte[] b) {
    int n = Math.min(b.length, 8192) & ~1;
    if (n < 16) {
      return null;
    }
    double even = topTwoShare(b, 0, n);
    double odd = topTwoShare(b, 1, n);
    if (odd > 0.85 && even < 0.6 && hasZero(b, 1, n)) {
      return StandardCharsets.UTF_16LE;
    }
    if (even > 0.85 && odd < 0.6 && hasZero(b, 0, n)) {
      return StandardCharsets.UTF_16BE;
    }
    return null;
  }

  private static double topTwoShare(byte[] b, int parity, int n) {
    int[] counts = new int[256];
    for (int i = parity; i < n; i += 2) {
      counts[b[i] & 0xff]++;
    }
    int first = 0;
    int second = 0;
    for (int c : counts) {
      if (c > first) {
        second = first;
        first = c;
      } else if (c > second) {
        second = c;
      }
    }
    return (first + second) / (n / 2.0);
  }

  private static boolean hasZero(byte[] b, int parity, int n) {
    for (int i = parity; i < n; i += 2) {
      if (b[i] == 0) {
        return true;
      }
    }
    return false;
  }

  private static String strict(byte[] bytes, int offset, Charset charset) throws SourceProblem {
    CharsetDecoder decoder =
        charset.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      return decoder.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
    } catch (CharacterCodingException e) {
      throw new SourceProblem("invalid " + charset.name() + " text: " + e.getMessage(), e);
    }
  }

  /** Returns the offset of the first byte that is not valid UTF-8, or -1. */
  static int firstInvalidUtf8(byte[] b) {
    int i = 0;
    while (i < b.length) {
      int c = b[i] & 0xff;
      int extra;
      int min;
      if (c < 0x80) {
        i++;
        continue;
      } else if (c >= 0xC2 && c <= 0xDF) {
        extra = 1;
        min = 0x80;
      } else if (c >= 0xE0 && c <= 0xEF) {
        extra = 2;
        min = 0x800;
      } else if (c >= 0xF0 && c <= 0xF4) {
        extra = 3;
        min = 0x10000;
      } else {
        return i;
      }
      if (i + extra >= b.length) {
        return i;
      }
      int cp = c & (0x3F >> extra);
      for (int k = 1; k <= extra; k++) {
        int cc = b[i + k] & 0xff;
        if ((cc & 0xC0) != 0x80) {
          return i;
        }
        cp = (cp << 6) | (cc & 0x3F);
      }
      if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
        return i;
      }
      i += extra + 1;
    }
    return -1;
  }

  /**
   * Counts the bytes above ASCII that start a well-formed UTF-8 sequence ({@code [0]}) and those
   * that do not ({@code [1]}). Text meant as UTF-8 with a few damaged bytes has many more of the
   * first; a legacy single-byte text (Windows-1256 Arabic, where a letter and the Arabic comma
   * happen to form a valid pair now and then) has many more of the second.
   */
  private static int[] utf8Sequences(byte[] b) {
    int valid = 0;
    int invalid = 0;
    for (int i = 0; i < b.length; i++) {
      int c = b[i] & 0xff;
      if (c < 0x80) {
        continue;
      }
      int extra = c >= 0xC2 && c <= 0xDF ? 1 : c >= 0xE0 && c <= 0xEF ? 2 : c >= 0xF0 && c <= 0xF4 ? 3 : 0;
      boolean ok = extra > 0 && i + extra < b.length;
      for (int k = 1; ok && k <= extra; k++) {
        ok = (b[i + k] & 0xC0) == 0x80;
      }
      if (ok) {
        valid++;
        i += extra;
      } else {
        invalid++;
      }
    }
    return new int[] {valid, invalid};
  }

  private static Charset lookup(String name) {
    try {
      return Charset.forName(name.trim());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /**
   * The Windows code page that extends an ISO 8859 charset with letters and punctuation where the
   * ISO charset has C1 control codes (bytes 0x80 to 0x9F), as browsers read them: a text with
   * such bytes was written in the Windows code page (Persian گ and پ, curly quotes).
   */
  private static final java.util.Map<String, String> WINDOWS_SUPERSET = java.util.Map.of(
      "ISO-8859-1", "windows-1252",
      "ISO-8859-6", "windows-1256",
      "ISO-8859-7", "windows-1253",
      "ISO-8859-8", "windows-1255",
      "ISO-8859-8-I", "windows-1255",
      "ISO-8859-9", "windows-1254");

  private static Charset detectLegacy(byte[] bytes) {
    CharsetDetector detector = new CharsetDetector();
    detector.setText(bytes);
    boolean c1 = hasC1Bytes(bytes);
    for (CharsetMatch match : detector.detectAll()) {
      String name = match.getName();
      if (name.startsWith("UTF") || name.startsWith("ISO-2022") || name.startsWith("IBM")) {
        continue;
      }
      if (c1 && WINDOWS_SUPERSET.containsKey(name)) {
        name = WINDOWS_SUPERSET.get(name);
      }
      Charset c = lookup(name);
      if (c != null && (!c1 || decodesWithoutControls(bytes, c))) {
        return c;
      }
    }
    return Charset.forName("windows-1252");
  }

  private static boolean hasC1Bytes(byte[] b) {
    for (byte x : b) {
      if ((x & 0xE0) == 0x80) {
        return true;
      }
    }
    return false;
  }

  private static boolean decodesWithoutControls(byte[] bytes, Charset c) {
    String s = new String(bytes, c);
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      if ((ch >= 0x80 && ch <= 0x9F) || ch == 0xFFFD) {
        return false;
      }
    }
    return true;
  }
}
