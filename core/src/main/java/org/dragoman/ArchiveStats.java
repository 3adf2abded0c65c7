package org.dragoman;

import java.util.Map;

/**
 * What an archive holds.
 *
 * @param articles number of articles
 * @param languages articles per language
 * @param formats articles per source format (html, pdf, docx, markdown, text…)
 * @param years articles per publication year (articles without a date are not counted)
 * @param bytes size of the archive on disk
 */
public record ArchiveStats(
    long articles,
    Map<String, Long> languages,
    Map<String, Long> formats,
    Map<String, Long> years,
    long bytes) {}
