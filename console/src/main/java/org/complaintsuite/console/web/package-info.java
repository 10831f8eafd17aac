/** What every page shares: layout model, locale, Beijing time, error pages. */
@NullMarked
package org.complaintsuite.console.web;

import org.jspecify.annotations.NullMarked;
