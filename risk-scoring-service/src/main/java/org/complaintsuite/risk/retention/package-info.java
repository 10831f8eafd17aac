/**
 * Personal-data minimisation (PIPL): a complaint scored long enough ago keeps its scores, signal codes and links but
 * loses its stored payload and the customer's words quoted as evidence.
 */
@NullMarked
package org.complaintsuite.risk.retention;

import org.jspecify.annotations.NullMarked;
