/** Who may hand in complaints: the channels' service accounts and agents, with the suite's tokens. */
@NullMarked
package org.complaintsuite.intake.security;

import org.jspecify.annotations.NullMarked;
