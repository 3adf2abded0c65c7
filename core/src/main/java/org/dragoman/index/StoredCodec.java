package org.dragoman.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.util.BytesRef;
import org.dragoman.model.Mention;
import org.dragoman.model.Segment;

/**
 * The compact stored form of an article's segments and mentions: variable-length integers, and
 * each distinct string once. An article of twenty million characters has hundreds of thousands
 * of sentences and mentions; as JSON objects they would take several times the text itself.
 *
 * <p>Layout: a string table (count, then each string), then the items, each string as its
 * index in the table plus one (zero for null). Segments: count, then per segment the gap from
 * the previous segment's end, the length, the language. Mentions: count, then per mention the
 * type, the start as a signed gap from the previous start, the length and the six strings.
 */
final class StoredCodec {
  private StoredCodec() {}

  private static final byte VERSION = 1;

  static BytesRef segments(List<Segment> segments) {
    Strings strings = new Strings();
    int[] langs = new int[segments.size()];
    for (int i = 0; i < langs.length; i++) {
      langs[i] = strings.ref(segments.get(i).language());
    }
    ByteBuffersDataOutput out = new ByteBuffersDataOutput();
    try {
      out.writeByte(VERSION);
      strings.write(out);
      out.writeVInt(segments.size());
      int end = 0;
      for (int i = 0; i < langs.length; i++) {
        Segment s = segments.get(i);
        out.writeZInt(s.start() - end);
        out.writeVInt(s.length());
        out.writeVInt(langs[i]);
        end = s.end();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e); // memory only
    }
    return new BytesRef(out.toArrayCopy());
  }

  static List<Segment> segments(BytesRef bytes) {
    try {
      return readSegments(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // memory only
    }
  }

  private static List<Segment> readSegments(BytesRef bytes) throws IOException {
    ByteArrayDataInput in = new ByteArrayDataInput(bytes.bytes, bytes.offset, bytes.length);
    check(in.readByte());
    String[] strings = Strings.read(in);
    int n = in.readVInt();
    List<Segment> out = new ArrayList<>(n);
    int end = 0;
    for (int i = 0; i < n; i++) {
      int start = end + in.readZInt();
      end = start + in.readVInt();
      out.add(new Segment(start, end, strings[in.readVInt()]));
    }
    return out;
  }

  static BytesRef mentions(List<Mention> mentions) {
    Strings strings = new Strings();
    int[][] refs = new int[mentions.size()][];
    for (int i = 0; i < refs.length; i++) {
      Mention m = mentions.get(i);
      refs[i] = new int[] {strings.ref(m.text()), strings.ref(m.value()), strings.ref(m.grain()),
          strings.ref(m.entity()), strings.ref(m.calendar()), strings.ref(m.original())};
    }
    ByteBuffersDataOutput out = new ByteBuffersDataOutput();
    try {
      out.writeByte(VERSION);
      strings.write(out);
      out.writeVInt(mentions.size());
      int start = 0;
      for (int i = 0; i < refs.length; i++) {
        Mention m = mentions.get(i);
        out.writeByte((byte) m.type().ordinal());
        out.writeZInt(m.start() - start);
        out.writeVInt(m.end() - m.start());
        for (int r : refs[i]) {
          out.writeVInt(r);
        }
        start = m.start();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new BytesRef(out.toArrayCopy());
  }

  static List<Mention> mentions(BytesRef bytes) {
    try {
      return readMentions(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // memory only
    }
  }

  private static List<Mention> readMentions(BytesRef bytes) throws IOException {
    ByteArrayDataInput in = new ByteArrayDataInput(bytes.bytes, bytes.offset, bytes.length);
    check(in.readByte());
    String[] s = Strings.read(in);
    int n = in.readVInt();
    Mention.Type[] types = Mention.Type.values();
    List<Mention> out = new ArrayList<>(n);
    int start = 0;
    for (int i = 0; i < n; i++) {
      Mention.Type type = types[in.readByte()];
      start += in.readZInt();
      int end = start + in.readVInt();
      out.add(new Mention(type, s[in.readVInt()], start, end, s[in.readVInt()], s[in.readVInt()],
          s[in.readVInt()], s[in.readVInt()], s[in.readVInt()]));
    }
    return out;
  }

  private static void check(byte version) {
    if (version != VERSION) {
      throw new IllegalStateException("Stored data of version " + version
          + ", this Dragoman reads version " + VERSION + ": use the Dragoman that wrote it");
    }
  }

  /** Distinct strings in order of first use; index 0 is null. */
  private static final class Strings {
    final Map<String, Integer> index = new HashMap<>();
    final List<String> list = new ArrayList<>();

    int ref(String s) {
      if (s == null) {
        return 0;
      }
      return index.computeIfAbsent(s, k -> {
        list.add(k);
        return list.size();
      });
    }

    void write(ByteBuffersDataOutput out) throws IOException {
      out.writeVInt(list.size());
      for (String s : list) {
        out.writeString(s);
      }
    }

    static String[] read(ByteArrayDataInput in) throws IOException {
      String[] out = new String[in.readVInt() + 1];
      for (int i = 1; i < out.length; i++) {
        out[i] = in.readString();
      }
      return out;
    }
  }
}
