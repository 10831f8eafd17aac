package org.complaintsuite.intake.normalize;

import java.time.Clock;

import org.springframework.stereotype.Component;

import org.complaintsuite.intake.IntakeProperties;
import org.complaintsuite.model.Channel;

/** Starts the assembly of one canonical complaint, with the service's hashing key and clock. */
@Component
public class Normalization {

    private final PersonalData personalData;
    private final Clock clock;

    public Normalization(IntakeProperties properties, Clock clock) {
        this.personalData = new PersonalData(properties.idHashKey());
        this.clock = clock;
    }

    public ComplaintAssembler start(Channel channel, String externalReference) {
        return new ComplaintAssembler(personalData, clock, channel, externalReference);
    }
}
