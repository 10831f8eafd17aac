package org.complaintsuite.model;

import org.jspecify.annotations.Nullable;

/**
 * The system a complaint came from, finer than {@link Channel}: the chat platform, or the regulator or public
 * platform that transferred it.
 */
public enum ComplaintSource {
    /** The telephony platform (call center). */
    PHONE(Channel.PHONE),
    APP(Channel.CHAT),
    WECHAT(Channel.CHAT),
    WEB(Channel.CHAT),
    /** 国家金融监督管理总局 12378 hotline. */
    NFRA_12378(Channel.REGULATOR),
    /** 中国人民银行 12363 hotline. */
    PBOC_12363(Channel.REGULATOR),
    /** 消费者协会 12315. */
    CCA_12315(Channel.REGULATOR),
    /** 黑猫投诉 and similar public complaint platforms. */
    HEIMAO(Channel.REGULATOR),
    /** A known channel whose source could not be recognised; the raw value is kept in the warnings. */
    OTHER(null);

    private final @Nullable Channel channel;

    ComplaintSource(@Nullable Channel channel) {
        this.channel = channel;
    }

    /** Whether this source can occur on the given channel ({@link #OTHER} occurs on every channel). */
    public boolean belongsTo(Channel candidate) {
        return channel == null || channel == candidate;
    }
}
