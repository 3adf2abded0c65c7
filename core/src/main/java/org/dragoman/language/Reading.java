package org.dragoman.language;

/**
 * A way a language's spelling is heard, and so written, by writers of other scripts: German
 * "sch" is heard "sh", Italian "ci" "tshi". Names are compared through every reading.
 *
 * @param written the letters as the language writes them, lower case
 * @param heard the same sound in plain Latin letters, lower case
 */
public record Reading(String written, String heard) {}
