/**
 * What the templates show: plain values built by the handlers from the library's results, with
 * every piece of an article's text kept as text (the templates escape it) and every link built
 * by the server.
 */
package org.dragoman.web.view;
