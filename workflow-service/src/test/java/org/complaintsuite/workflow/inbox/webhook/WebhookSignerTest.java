package org.complaintsuite.workflow.inbox.webhook;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WebhookSignerTest {

    private static final long TIMESTAMP = 1577262236757L;
    private static final String SECRET = "SEC1234567890abcdefghijklmnopqrstuvwxyz0123456789ABCDEF";

    @Test
    void theDingTalkSignatureMatchesAnIndependentComputation() {
        // computed with openssl and with Python's hmac module:
        // printf '%s\n%s' "$TS" "$SECRET" | openssl dgst -sha256 -hmac "$SECRET" -binary | base64
        String expected = "osWOBrd4sqjWH5UWnGy9/WObEm8uhIiY7mlJ/KeiYYQ=";

        String sign = WebhookSigner.dingTalkSign(TIMESTAMP, SECRET);

        assertThat(sign).isEqualTo("osWOBrd4sqjWH5UWnGy9%2FWObEm8uhIiY7mlJ%2FKeiYYQ%3D");
        assertThat(URLDecoder.decode(sign, StandardCharsets.UTF_8)).isEqualTo(expected);
    }

    @Test
    void theDingTalkUrlKeepsTheAccessTokenAndAppendsTimestampAndSign() {
        URI robot = URI.create("https://oapi.dingtalk.com/robot/send?access_token=abc123");

        assertThat(WebhookSigner.dingTalkUrl(robot, TIMESTAMP, SECRET)).hasToString(
                "https://oapi.dingtalk.com/robot/send?access_token=abc123&timestamp=1577262236757"
                        + "&sign=osWOBrd4sqjWH5UWnGy9%2FWObEm8uhIiY7mlJ%2FKeiYYQ%3D");
        assertThat(WebhookSigner.dingTalkUrl(URI.create("http://localhost:8080/robot"), TIMESTAMP, SECRET)
                .toString()).startsWith("http://localhost:8080/robot?timestamp=1577262236757&sign=");
    }

    @Test
    void ourSignatureIsTheHexHmacOfTimestampDotBody() throws Exception {
        String body = "{\"msgtype\":\"markdown\"}";

        String header = WebhookSigner.suiteSignature(TIMESTAMP, body, SECRET);

        // Python: hmac.new(secret, f"{ts}.{body}".encode(), hashlib.sha256).hexdigest()
        assertThat(header).isEqualTo(
                "t=1577262236757,v1=b773af94b2da284b7900492b6bc2cd57bab921713037821e41f8ec9321a56385");
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        assertThat(header).endsWith(HexFormat.of().formatHex(
                mac.doFinal((TIMESTAMP + "." + body).getBytes(StandardCharsets.UTF_8))));
        assertThat(Base64.getDecoder().decode("osWOBrd4sqjWH5UWnGy9/WObEm8uhIiY7mlJ/KeiYYQ=")).hasSize(32);
    }
}
