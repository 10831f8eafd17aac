/** The supervisors' group board: backlog, about to breach, breached, by assignee. */
@NullMarked
package org.complaintsuite.console.board;

import org.jspecify.annotations.NullMarked;
