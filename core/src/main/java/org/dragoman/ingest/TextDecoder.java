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
    if (countUtf8Sequences(bytes) >= 3) {
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

  /** Counts well-formed multi-byte UTF-8 sequences, the mark of text meant as UTF-8. */
  private static int countUtf8Sequences(byte[] b) {
    int count = 0;
    for (int i = 0; i + 1 < b.length; i++) {
      int c = b[i] & 0xff;
      int extra = c >= 0xC2 && c <= 0xDF ? 1 : c >= 0xE0 && c <= 0xEF ? 2 : c >= 0xF0 && c <= 0xF4 ? 3 : 0;
      if (extra == 0 || i + extra >= b.length) {
        continue;
      }
      boolean ok = true;
      for (int k = 1; k <= extra; k++) {
        ok &= (b[i + k] & 0xC0) == 0x80;
      }
      if (ok) {
        count++;
        i += extra;
      }
    }
    return count;
  }

  private static Charset lookup(String name) {
    try {
      return Charset.forName(name.trim());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static Charset detectLegacy(byte[] bytes) {
    CharsetDetector detector = new CharsetDetector();
    detector.setText(bytes);
    for (CharsetMatch match : detector.detectAll()) {
      String name = match.getName();
      if (name.startsWith("UTF") || name.startsWith("ISO-2022") || name.startsWith("IBM")) {
        continue;
      }
      Charset c = lookup(name);
      if (c != null) {
        return c;
      }
    }
    return Charset.forName("windows-1252");
  }
}
