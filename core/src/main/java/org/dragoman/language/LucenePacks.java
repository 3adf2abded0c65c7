package org.dragoman.language;

import java.util.List;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;

/**
 * One language pack for every other language Lucene ships an analyzer for (its stop words and
 * stemmer). Each nested class is one {@link LanguagePack} service; adding a language that has
 * more to say (abbreviations, name cues) is moving it to a class of its own.
 */
public final class LucenePacks {
  private LucenePacks() {}

  /** A pack whose analysis is one of Lucene's own analyzers. */
  abstract static class Bundled implements LanguagePack {
    private final String name;
    private final Supplier<Analyzer> analyzer;
    private final List<Reading> readings;

    Bundled(String name, Supplier<Analyzer> analyzer, Reading... readings) {
      this.name = name;
      this.analyzer = analyzer;
      this.readings = List.of(readings);
    }

    @Override
    public final List<Reading> nameReadings() {
      return readings;
    }

    @Override
    public final String name() {
      return name;
    }

    @Override
    public final Analyzer createAnalyzer() {
      return analyzer.get();
    }
  }

  /** Bulgarian. */
  public static final class Bulgarian extends Bundled {
    public Bulgarian() {
      super("bg", org.apache.lucene.analysis.bg.BulgarianAnalyzer::new);
    }
  }

  /** Bengali. */
  public static final class Bengali extends Bundled {
    public Bengali() {
      super("bn", org.apache.lucene.analysis.bn.BengaliAnalyzer::new);
    }
  }

  /** Catalan. */
  public static final class Catalan extends Bundled {
    public Catalan() {
      super("ca", org.apache.lucene.analysis.ca.CatalanAnalyzer::new);
    }
  }

  /** Sorani. */
  public static final class Sorani extends Bundled {
    public Sorani() {
      super("ckb", org.apache.lucene.analysis.ckb.SoraniAnalyzer::new);
    }
  }

  /** Czech. */
  public static final class Czech extends Bundled {
    public Czech() {
      super("cs", org.apache.lucene.analysis.cz.CzechAnalyzer::new);
    }
  }

  /** Danish. */
  public static final class Danish extends Bundled {
    public Danish() {
      super("da", org.apache.lucene.analysis.da.DanishAnalyzer::new);
    }
  }

  /** German. */
  public static final class German extends Bundled {
    public German() {
      super("de", org.apache.lucene.analysis.de.GermanAnalyzer::new,
          new Reading("sch", "sh"), new Reading("w", "v"), new Reading("j", "y"));
    }
  }

  /** Greek. */
  public static final class Greek extends Bundled {
    public Greek() {
      super("el", org.apache.lucene.analysis.el.GreekAnalyzer::new);
    }
  }

  /** Spanish. */
  public static final class Spanish extends Bundled {
    public Spanish() {
      super("es", org.apache.lucene.analysis.es.SpanishAnalyzer::new,
          new Reading("ce", "se"), new Reading("ci", "si"));
    }
  }

  /** Estonian. */
  public static final class Estonian extends Bundled {
    public Estonian() {
      super("et", org.apache.lucene.analysis.et.EstonianAnalyzer::new);
    }
  }

  /** Basque. */
  public static final class Basque extends Bundled {
    public Basque() {
      super("eu", org.apache.lucene.analysis.eu.BasqueAnalyzer::new);
    }
  }

  /** Persian. */
  public static final class Persian extends Bundled {
    public Persian() {
      super("fa", org.apache.lucene.analysis.fa.PersianAnalyzer::new);
    }
  }

  /** Finnish. */
  public static final class Finnish extends Bundled {
    public Finnish() {
      super("fi", org.apache.lucene.analysis.fi.FinnishAnalyzer::new);
    }
  }

  /** French. */
  public static final class French extends Bundled {
    public French() {
      super("fr", org.apache.lucene.analysis.fr.FrenchAnalyzer::new,
          new Reading("ch", "sh"), new Reading("ph", "f"));
    }
  }

  /** Irish. */
  public static final class Irish extends Bundled {
    public Irish() {
      super("ga", org.apache.lucene.analysis.ga.IrishAnalyzer::new);
    }
  }

  /** Galician. */
  public static final class Galician extends Bundled {
    public Galician() {
      super("gl", org.apache.lucene.analysis.gl.GalicianAnalyzer::new);
    }
  }

  /** Hindi. */
  public static final class Hindi extends Bundled {
    public Hindi() {
      super("hi", org.apache.lucene.analysis.hi.HindiAnalyzer::new);
    }
  }

  /** Hungarian. */
  public static final class Hungarian extends Bundled {
    public Hungarian() {
      super("hu", org.apache.lucene.analysis.hu.HungarianAnalyzer::new);
    }
  }

  /** Armenian. */
  public static final class Armenian extends Bundled {
    public Armenian() {
      super("hy", org.apache.lucene.analysis.hy.ArmenianAnalyzer::new);
    }
  }

  /** Indonesian. */
  public static final class Indonesian extends Bundled {
    public Indonesian() {
      super("id", org.apache.lucene.analysis.id.IndonesianAnalyzer::new);
    }
  }

  /** Italian. */
  public static final class Italian extends Bundled {
    public Italian() {
      super("it", org.apache.lucene.analysis.it.ItalianAnalyzer::new,
          new Reading("ce", "tshe"), new Reading("ci", "tshi"), new Reading("gn", "ny"),
          new Reading("gli", "li"));
    }
  }

  /** Lithuanian. */
  public static final class Lithuanian extends Bundled {
    public Lithuanian() {
      super("lt", org.apache.lucene.analysis.lt.LithuanianAnalyzer::new);
    }
  }

  /** Latvian. */
  public static final class Latvian extends Bundled {
    public Latvian() {
      super("lv", org.apache.lucene.analysis.lv.LatvianAnalyzer::new);
    }
  }

  /** Nepali. */
  public static final class Nepali extends Bundled {
    public Nepali() {
      super("ne", org.apache.lucene.analysis.ne.NepaliAnalyzer::new);
    }
  }

  /** Dutch. */
  public static final class Dutch extends Bundled {
    public Dutch() {
      super("nl", org.apache.lucene.analysis.nl.DutchAnalyzer::new);
    }
  }

  /** Norwegian. */
  public static final class Norwegian extends Bundled {
    public Norwegian() {
      super("no", org.apache.lucene.analysis.no.NorwegianAnalyzer::new);
    }
  }

  /** Portuguese. */
  public static final class Portuguese extends Bundled {
    public Portuguese() {
      super("pt", org.apache.lucene.analysis.pt.PortugueseAnalyzer::new);
    }
  }

  /** Romanian. */
  public static final class Romanian extends Bundled {
    public Romanian() {
      super("ro", org.apache.lucene.analysis.ro.RomanianAnalyzer::new);
    }
  }

  /** Russian. */
  public static final class Russian extends Bundled {
    public Russian() {
      super("ru", org.apache.lucene.analysis.ru.RussianAnalyzer::new);
    }
  }

  /** Serbian. */
  public static final class Serbian extends Bundled {
    public Serbian() {
      super("sr", org.apache.lucene.analysis.sr.SerbianAnalyzer::new);
    }
  }

  /** Swedish. */
  public static final class Swedish extends Bundled {
    public Swedish() {
      super("sv", org.apache.lucene.analysis.sv.SwedishAnalyzer::new);
    }
  }

  /** Tamil. */
  public static final class Tamil extends Bundled {
    public Tamil() {
      super("ta", org.apache.lucene.analysis.ta.TamilAnalyzer::new);
    }
  }

  /** Telugu. */
  public static final class Telugu extends Bundled {
    public Telugu() {
      super("te", org.apache.lucene.analysis.te.TeluguAnalyzer::new);
    }
  }

  /** Thai. */
  public static final class Thai extends Bundled {
    public Thai() {
      super("th", org.apache.lucene.analysis.th.ThaiAnalyzer::new);
    }
  }

  /** Turkish. */
  public static final class Turkish extends Bundled {
    public Turkish() {
      super("tr", org.apache.lucene.analysis.tr.TurkishAnalyzer::new);
    }
  }

  /** Chinese: overlapping bigrams of Han, Hiragana, Katakana and Hangul, as Lucene's CJK analysis. */
  public static final class Chinese extends Bundled {
    public Chinese() {
      super("zh", org.apache.lucene.analysis.cjk.CJKAnalyzer::new);
    }
  }

  /** Japanese: overlapping bigrams of Han, Hiragana, Katakana and Hangul, as Lucene's CJK analysis. */
  public static final class Japanese extends Bundled {
    public Japanese() {
      super("ja", org.apache.lucene.analysis.cjk.CJKAnalyzer::new);
    }
  }

  /** Korean: overlapping bigrams of Han, Hiragana, Katakana and Hangul, as Lucene's CJK analysis. */
  public static final class Korean extends Bundled {
    public Korean() {
      super("ko", org.apache.lucene.analysis.cjk.CJKAnalyzer::new);
    }
  }
}
