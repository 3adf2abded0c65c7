package org.dragoman.language;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;

/**
 * English: Lucene's English analysis (possessives, stop words, Porter stemming, so "abducted"
 * finds "abduction"), and the titles and abbreviations after which an English sentence goes on.
 */
public final class EnglishPack implements LanguagePack {

  // Titles and abbreviations that are followed by a capitalised word inside a sentence. Those
  // that usually end one ("a.m.", "etc.") are left to ICU, which breaks before a capital only.
  private static final Set<String> ABBREVIATIONS =
      Set.of(
          "Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "St.", "Gen.", "Lt.", "Col.", "Capt.", "Sgt.",
          "Rep.", "Sen.", "Gov.", "Rev.", "Hon.", "Pres.", "Supt.", "Insp.", "No.", "Nos.", "vs.",
          "e.g.", "i.e.", "cf.", "U.S.", "U.K.", "U.N.", "E.U.", "Mt.", "Ft.", "Jan.", "Feb.",
          "Aug.", "Sept.", "Oct.", "Nov.", "Dec.");

  private static final List<Pattern> DEBRIS =
      List.of(
          Pattern.compile("(?:Share\\s*)+Tweet(?:\\s*(?:Share|Email|Print))*"),
          Pattern.compile("\\[(?:Source|Read [Mm]ore|Link|Photo|Image|Video)\\]"),
          Pattern.compile(
              "(?m)^[ \\t]*(?:Share|Tweet|Print|Email|Share this(?: article)?:?|Like this:?"
                  + "|Skip to (?:main )?content|Advertisement|Read more|Continue reading)[ \\t]*$"),
          Pattern.compile(
              "(?im)^[^\\n]{0,300}\\bcookies?\\b[^\\n]{0,300}\\b(?:accept|consent|agree|privacy)\\b"
                  + "[^\\n]{0,300}$"));

  @Override
  public String name() {
    return "en";
  }

  @Override
  public Analyzer createAnalyzer() {
    return new EnglishAnalyzer();
  }

  @Override
  public Set<String> abbreviations() {
    return ABBREVIATIONS;
  }

  @Override
  public List<Pattern> debris() {
    return DEBRIS;
  }

  private static final List<Debris> DEBRIS_RULES = List.of(
      new Debris(DEBRIS.get(0), "tweet"), new Debris(DEBRIS.get(1), "["),
      new Debris(DEBRIS.get(2), null, 30), new Debris(DEBRIS.get(3), "cookie"));

  @Override
  public List<Debris> debrisRules() {
    return DEBRIS_RULES;
  }

  private static final List<Reading> READINGS = List.of(
      new Reading("ch", "tsh"), new Reading("ph", "f"), new Reading("x", "ks"));

  @Override
  public List<Reading> nameReadings() {
    return READINGS;
  }

  private static final java.util.Map<String, String> DATE_WORDS = LanguagePack.table(
      "after=after", "before=before",
      "coming=+1", "upcoming=+1",
      "previous=-1", "past=-1",
      "current=0", "mid=mid", "middle=mid", "christmas=--12-25",
      "christmas eve=--12-24", "new year's day=--01-01",
      "new year's eve=--12-31", "may day=--05-01");

  @Override
  public java.util.Map<String, String> dateWords() {
    return DATE_WORDS;
  }

  private static final java.util.Map<String, String> NAME_CUES = LanguagePack.table(
      "mr=PERSON", "mrs=PERSON",
      "ms=PERSON", "dr=PERSON",
      "comrade=PERSON", "mp=PERSON",
      "president=PERSON", "minister=PERSON",
      "senator=PERSON", "activist=PERSON",
      "journalist=PERSON", "leader=PERSON",
      "union=ORGANISATION", "party=ORGANISATION",
      "federation=ORGANISATION", "confederation=ORGANISATION",
      "campaign=ORGANISATION", "movement=ORGANISATION",
      "congress=ORGANISATION", "association=ORGANISATION",
      "committee=ORGANISATION", "council=ORGANISATION",
      "embassy=ORGANISATION", "ministry=ORGANISATION",
      "city=PLACE", "of=CONNECTOR", "for=CONNECTOR", "bin=PARTICLE", "ibn=PARTICLE",
      "al=PARTICLE", "el=PARTICLE", "van=PARTICLE", "von=PARTICLE", "de=PARTICLE",
      "da=PARTICLE", "di=PARTICLE", "del=PARTICLE", "la=PARTICLE", "le=PARTICLE", "province=PLACE",
      "district=PLACE", "region=PLACE");

  @Override
  public java.util.Map<String, String> nameCues() {
    return NAME_CUES;
  }
}
