/**
 * Event contracts shared by the services. Plain records and enums: no Spring, no JPA, no Jackson
 * annotations, so every service can (de)serialize them with its own Jackson configuration.
 */
@NullMarked
package org.complaintsuite.model;

import org.jspecify.annotations.NullMarked;
