package org.dragoman.ingest;

import java.time.LocalDate;

/**
 * What a format reader got out of one source, before cleaning and analysis.
 *
 * @param text body text, paragraphs separated by line breaks
 * @param title title the source states, or {@code null}
 * @param published publication date the source states, or {@code null}
 * @param author author the source states, or {@code null}
 * @param canonicalUrl canonical URL the source states, or {@code null}
 * @param contentType detected media type
 */
record Extracted(
    String text,
    String title,
    LocalDate published,
    String author,
    String canonicalUrl,
    String contentType) {}
