package org.complaintsuite.workflow.inbox.webhook;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The two signatures of a delivery.
 * <ul>
 * <li>DingTalk's, in the URL: {@code &timestamp=<epoch ms>&sign=<URL-encoded Base64 of HmacSHA256(secret,
 * timestamp + "\n" + secret)>}; DingTalk refuses a timestamp more than an hour off.</li>
 * <li>Ours, on every request, so that any receiver can check the body came from us, unchanged and recently:
 * {@code X-Complaint-Suite-Signature: t=<epoch ms>,v1=<hex HmacSHA256(secret, t + "." + body)>}.</li>
 * </ul>
 */
public final class WebhookSigner {

    public static final String SIGNATURE_HEADER = "X-Complaint-Suite-Signature";

    private static final String HMAC = "HmacSHA256";

    private WebhookSigner() {
    }

    /** DingTalk's {@code sign} parameter, URL-encoded. */
    public static String dingTalkSign(long timestampMillis, String secret) {
        byte[] mac = hmac(secret, timestampMillis + "\n" + secret);
        return URLEncoder.encode(Base64.getEncoder().encodeToString(mac), StandardCharsets.UTF_8);
    }

    /** The robot's URL with DingTalk's timestamp and signature appended. */
    public static URI dingTalkUrl(URI robot, long timestampMillis, String secret) {
        String url = robot.toString();
        String separator = robot.getRawQuery() == null ? "?" : "&";
        return URI.create(url + separator + "timestamp=" + timestampMillis + "&sign="
                + dingTalkSign(timestampMillis, secret));
    }

    /** The value of {@link #SIGNATURE_HEADER}. */
    public static String suiteSignature(long timestampMillis, String body, String secret) {
        return "t=" + timestampMillis + ",v1=" + HexFormat.of().formatHex(hmac(secret, timestampMillis + "." + body));
    }

    private static byte[] hmac(String secret, String message) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), HMAC));
            return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
        }
        catch (GeneralSecurityException ex) {
            throw new IllegalStateException(HMAC + " is not available", ex);
        }
    }
}
