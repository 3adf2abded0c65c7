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

    @Override
    public java.util.Map<String, String> dateWords() {
      return LanguagePack.table(
          "letzter=-1", "nach=after", "vor=before", "vergangenen=-1",
          "kommenden=+1", "kommende=+1",
          "weihnachten=--12-25", "heiligabend=--12-24",
          "silvester=--12-31", "neujahr=--01-01",
          "tag der arbeit=--05-01");
    }

    @Override
    public java.util.Map<String, String> nameCues() {
      return LanguagePack.table(
          "herr=PERSON", "frau=PERSON",
          "genosse=PERSON", "genossin=PERSON",
          "präsident=PERSON", "gewerkschaft=ORGANISATION",
          "partei=ORGANISATION", "verband=ORGANISATION",
          "bund=ORGANISATION", "kampagne=ORGANISATION",
          "stadt=PLACE", "provinz=PLACE");
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

    @Override
    public java.util.Map<String, String> dateWords() {
      return LanguagePack.table(
          "ultimo=-1", "ultima=-1",
          "que viene=+1", "después de=after", "antes de=before", "navidad=--12-25",
          "nochebuena=--12-24", "nochevieja=--12-31",
          "ano nuevo=--01-01", "dia del trabajador=--05-01");
    }

    @Override
    public java.util.Map<String, String> nameCues() {
      return LanguagePack.table(
          "compañero=PERSON", "compañera=PERSON",
          "diputado=PERSON", "diputada=PERSON",
          "presidente=PERSON", "presidenta=PERSON",
          "sindicato=ORGANISATION", "partido=ORGANISATION",
          "federación=ORGANISATION", "confederación=ORGANISATION",
          "campaña=ORGANISATION", "unión=ORGANISATION",
          "ciudad=PLACE", "provincia=PLACE");
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

    @Override
    public java.util.Map<String, String> dateWords() {
      return LanguagePack.table(
          "suivant=+1", "après=after", "avant=before", "suivante=+1",
          "noel=--12-25", "jour de l'an=--01-01",
          "nouvel an=--01-01", "toussaint=--11-01",
          "fete du travail=--05-01", "saint sylvestre=--12-31");
    }

    @Override
    public java.util.Map<String, String> nameCues() {
      return LanguagePack.table(
          "camarade=PERSON", "député=PERSON",
          "députée=PERSON", "président=PERSON",
          "présidente=PERSON", "m=PERSON",
          "mme=PERSON", "syndicat=ORGANISATION",
          "parti=ORGANISATION", "fédération=ORGANISATION",
          "confédération=ORGANISATION", "union=ORGANISATION",
          "campagne=ORGANISATION", "ville=PLACE",
          "province=PLACE", "région=PLACE");
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

    @Override
    public java.util.Map<String, String> dateWords() {
      return LanguagePack.table(
          "ultimo=-1", "ultima=-1",
          "passato=-1", "dopo=after", "prima di=before", "natale=--12-25",
          "vigilia di natale=--12-24", "santo stefano=--12-26",
          "capodanno=--01-01", "san silvestro=--12-31",
          "epifania=--01-06", "ferragosto=--08-15",
          "ognissanti=--11-01", "tutti i santi=--11-01",
          "festa della repubblica=--06-02", "festa dei lavoratori=--05-01",
          "festa del lavoro=--05-01", "festa della liberazione=--04-25");
    }

    @Override
    public java.util.Map<String, String> nameCues() {
      return LanguagePack.table(
          "compagno=PERSON", "compagna=PERSON",
          "onorevole=PERSON", "presidente=PERSON",
          "sindacato=ORGANISATION", "partito=ORGANISATION",
          "federazione=ORGANISATION", "confederazione=ORGANISATION",
          "campagna=ORGANISATION", "città=PLACE",
          "provincia=PLACE", "regione=PLACE");
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

    @Override
    public java.util.Map<String, String> dateWords() {
      return LanguagePack.table(
          "ultimo=-1", "ultima=-1",
          "que vem=+1", "depois de=after", "antes de=before", "natal=--12-25",
          "vespera de natal=--12-24", "vespera de ano novo=--12-31",
          "ano novo=--01-01", "dia do trabalhador=--05-01");
    }

    @Override
    public java.util.Map<String, String> nameCues() {
      return LanguagePack.table(
          "camarada=PERSON", "deputado=PERSON",
          "deputada=PERSON", "presidente=PERSON",
          "sindicato=ORGANISATION", "partido=ORGANISATION",
          "federação=ORGANISATION", "confederação=ORGANISATION",
          "campanha=ORGANISATION", "cidade=PLACE",
          "província=PLACE");
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
