package org.complaintsuite.risk.quality;

import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The quality check's settings.
 *
 * @param disabledRules rules whose findings are not published, e.g. {@code NO_STAFF_NUMBER} where the telephony
 *                      platform announces the agent's staff number itself before the agent speaks
 */
@ConfigurationProperties("risk.quality")
public record QualityProperties(@DefaultValue Set<String> disabledRules) {
}
