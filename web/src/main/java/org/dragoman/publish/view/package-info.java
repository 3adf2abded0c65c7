/**
 * What the published site's templates show: plain values built by the publisher, every piece of
 * an article's text kept as text (the templates escape it) and every link built relative to the
 * page, so that the site works from any folder a web server serves, under any base URL.
 */
package org.dragoman.publish.view;
