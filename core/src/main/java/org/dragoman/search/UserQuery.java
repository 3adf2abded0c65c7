package org.dragoman.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A query as a person types it, read leniently: any text parses. Plain words are the usual
 * case ("من هو المسيح؟", "which unions wrote to the embassy"); {@code "quoted phrases"},
 * {@code AND}, {@code OR}, {@code NOT} (or {@code -word}), {@code +word} and {@code prefix*} keep
 * their meaning when used. Everything else is text: a colon, a slash, brackets, a question mark
 * or an unbalanced quote is never an error (a trailing "?" is punctuation, not a wildcard), and
 * parentheses group only in a query that has an operator.
 *
 * <pre>{@code
 * UserQuery.parse("oxygen?").plain();                     // true: one word, "oxygen?"
 * UserQuery.parse("\"living wage\" OR salar*").plain();   // false
 * }</pre>
 *
 * <p>Immutable; thread-safe.
 */
public final class UserQuery {

  /** How a part of the query counts. */
  public enum Occur { SHOULD, MUST, MUST_NOT }

  /** A part of the query. */
  public sealed interface Node permits Word, Phrase, Group {}

  /** A word as typed; {@code prefix} when it ended in {@code *}. */
  public record Word(String text, boolean prefix) implements Node {}

  /** Words in quotes: to be found together, in this order. */
  public record Phrase(String text) implements Node {}

  /** Parts with how each counts. */
  public record Group(List<Clause> clauses) implements Node {}

  /** One part of a group. */
  public record Clause(Occur occur, Node node) {}

  /** At most this many clauses are read; the rest of a longer text is left out. */
  public static final int MAX_CLAUSES = 1024;

  private final Group root;
  private final boolean plain;

  private UserQuery(Group root, boolean plain) {
    this.root = root;
    this.plain = plain;
  }

  /** The query's parts: a group of clauses, possibly empty (a query of punctuation only). */
  public Group root() {
    return root;
  }

  /**
   * Whether the query is plain words and phrases, with no operator: it is then ranked as a
   * question (every word optional, documents with more of the words and the rarer ones first).
   */
  public boolean plain() {
    return plain;
  }

  /** Whether the query holds nothing to search for. */
  public boolean isEmpty() {
    return root.clauses().isEmpty();
  }

  /** The plain words of the query, in order (the words of its phrases included). */
  public List<String> words() {
    List<String> out = new ArrayList<>();
    collect(root, out);
    return out;
  }

  private static void collect(Node n, List<String> out) {
    switch (n) {
      case Word w -> out.add(w.text());
      case Phrase p -> out.addAll(List.of(p.text().split("\\s+")));
      case Group g -> g.clauses().forEach(c -> {
        if (c.occur() != Occur.MUST_NOT) {
          collect(c.node(), out);
        }
      });
    }
  }

  // ---------------------------------------------------------------------------------------

  private enum Kind { WORD, PHRASE, AND, OR, NOT, LPAREN, RPAREN }

  private record Token(Kind kind, String text, char sign) {}

  /** Reads {@code text}; never fails. */
  public static UserQuery parse(String text) {
    List<Token> tokens = tokens(text == null ? "" : text);
    boolean operators = tokens.stream().anyMatch(t -> t.kind() == Kind.AND || t.kind() == Kind.OR
        || t.kind() == Kind.NOT || t.sign() != 0);
    if (!operators) {
      // parentheses in a plain question are punctuation: "(British Parliament)"
      tokens = tokens.stream().filter(t -> t.kind() != Kind.LPAREN && t.kind() != Kind.RPAREN)
          .toList();
    }
    Parser p = new Parser(tokens);
    Group root = p.or();
    return new UserQuery(root, !operators);
  }

  private static List<Token> tokens(String s) {
    List<Token> out = new ArrayList<>();
    int i = 0;
    int n = s.length();
    while (i < n && out.size() < MAX_CLAUSES) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) || Character.getType(c) == Character.FORMAT) {
        i++;
        continue;
      }
      char sign = 0;
      if ((c == '-' || c == '+' || c == '!') && i + 1 < n && !Character.isWhitespace(s.charAt(i + 1))
          && (i == 0 || Character.isWhitespace(s.charAt(i - 1)) || s.charAt(i - 1) == '(')) {
        sign = c == '+' ? '+' : '-';
        i++;
        c = s.charAt(i);
      }
      if (c == '"' || c == '\u201C' || c == '\u201D' || c == '\u00AB' || c == '\u00BB') {
        int close = closingQuote(s, i + 1);
        if (close > 0) {
          String phrase = s.substring(i + 1, close).strip();
          if (!phrase.isEmpty()) {
            out.add(new Token(Kind.PHRASE, phrase, sign));
          }
          i = close + 1;
        } else {
          i++; // an unbalanced quote is punctuation
        }
        continue;
      }
      if (c == '(' || c == ')') {
        out.add(new Token(c == '(' ? Kind.LPAREN : Kind.RPAREN, String.valueOf(c), (char) 0));
        i++;
        continue;
      }
      int start = i;
      while (i < n && !Character.isWhitespace(s.charAt(i)) && "\"()\u201C\u201D\u00AB\u00BB".indexOf(s.charAt(i)) < 0) {
        i++;
      }
      String word = s.substring(start, i);
      Kind k = switch (word) {
        case "AND", "&&" -> Kind.AND;
        case "OR", "||" -> Kind.OR;
        case "NOT" -> Kind.NOT;
        default -> Kind.WORD;
      };
      if (k != Kind.WORD && sign != 0) {
        k = Kind.WORD; // "-AND" is a word
      }
      out.add(new Token(k, word, sign));
    }
    return out;
  }

  private static int closingQuote(String s, int from) {
    for (int j = from; j < s.length(); j++) {
      char c = s.charAt(j);
      if (c == '"' || c == '\u201D' || c == '\u201C' || c == '\u00BB' || c == '\u00AB') {
        return j;
      }
    }
    return -1;
  }

  /** orExpr := andExpr ((OR)? andExpr)*; andExpr := unary (AND unary)*; unary := NOT unary | primary. */
  private static final class Parser {
    private final List<Token> tokens;
    private int at;
    private int depth;

    Parser(List<Token> tokens) {
      this.tokens = tokens;
    }

    private Token peek() {
      return at < tokens.size() ? tokens.get(at) : null;
    }

    Group or() {
      List<Clause> clauses = new ArrayList<>();
      while (peek() != null) {
        Token t = peek();
        if (t.kind() == Kind.RPAREN) {
          if (depth > 0) {
            break; // closes the group being read
          }
          at++; // an unmatched ')' is punctuation
          continue;
        }
        if (t.kind() == Kind.OR || t.kind() == Kind.AND) {
          at++; // an operator with nothing before it
          continue;
        }
        Clause c = and();
        if (c != null) {
          clauses.add(c);
        }
        if (peek() != null && peek().kind() == Kind.OR) {
          at++;
        }
      }
      return new Group(List.copyOf(clauses));
    }

    private Clause and() {
      List<Clause> parts = new ArrayList<>();
      Clause first = unary();
      if (first != null) {
        parts.add(first);
      }
      while (peek() != null && peek().kind() == Kind.AND) {
        at++;
        Clause next = unary();
        if (next != null) {
          parts.add(next);
        }
      }
      if (parts.isEmpty()) {
        return null;
      }
      if (parts.size() == 1) {
        return parts.get(0);
      }
      List<Clause> required = new ArrayList<>();
      for (Clause c : parts) {
        required.add(c.occur() == Occur.SHOULD ? new Clause(Occur.MUST, c.node()) : c);
      }
      return new Clause(Occur.SHOULD, new Group(List.copyOf(required)));
    }

    private Clause unary() {
      Token t = peek();
      if (t == null) {
        return null;
      }
      if (t.kind() == Kind.NOT) {
        at++;
        Clause c = unary();
        return c == null ? null : new Clause(Occur.MUST_NOT, c.node());
      }
      Node node = primary();
      if (node == null) {
        return null;
      }
      Occur occur = t.sign() == '-' ? Occur.MUST_NOT : t.sign() == '+' ? Occur.MUST : Occur.SHOULD;
      return new Clause(occur, node);
    }

    private Node primary() {
      Token t = peek();
      if (t == null) {
        return null;
      }
      switch (t.kind()) {
        case LPAREN -> {
          at++;
          depth++;
          Group g = or();
          depth--;
          if (peek() != null && peek().kind() == Kind.RPAREN) {
            at++;
          }
          return g.clauses().isEmpty() ? null : g;
        }
        case PHRASE -> {
          at++;
          return new Phrase(t.text());
        }
        case WORD -> {
          at++;
          String w = t.text();
          boolean prefix = w.endsWith("*") && w.length() > 1;
          String stripped = prefix ? w.replaceAll("\\*+$", "") : w;
          if (stripped.isEmpty() || stripped.chars().allMatch(ch -> ch == '*')) {
            return null; // "*" alone: nothing to look for
          }
          return new Word(stripped, prefix && !stripped.isEmpty());
        }
        default -> {
          at++; // a stray operator or parenthesis
          return null;
        }
      }
    }
  }

  @Override
  public String toString() {
    return (plain ? "plain " : "") + root.toString().toLowerCase(Locale.ROOT);
  }
}
