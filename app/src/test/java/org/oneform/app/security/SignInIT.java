package org.oneform.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.Test;
import org.oneform.app.audit.AuditLog;
import org.oneform.app.support.OneFormIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** Sign-in over HTTP as a browser does it: form post, redirects, the throttle, the audit log. */
class SignInIT extends OneFormIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AuditLog audit;
    @Autowired
    LoginThrottle throttle;
    @Value("${oneform.demo.password}")
    String demoPassword;

    @Test
    void rightCredentialsSignInAndGoToTheRoot() throws Exception {
        MockHttpServletResponse response = signIn("supervisor2", demoPassword);
        assertThat(response.getStatus()).isEqualTo(302);
        assertThat(response.getRedirectedUrl()).doesNotContain("error");
        assertThat(audit.latest(20)).anyMatch(e -> e.actor().equals("supervisor2") && e.action().equals("sign-in"));
    }

    @Test
    void aWrongPasswordAndAnUnknownUserGetTheSameAnswer() throws Exception {
        MockHttpServletResponse wrongPassword = signIn("worker02", "not-the-password");
        MockHttpServletResponse unknownUser = signIn("nobody-here", "not-the-password");
        assertThat(wrongPassword.getStatus()).isEqualTo(unknownUser.getStatus()).isEqualTo(302);
        assertThat(wrongPassword.getRedirectedUrl()).isEqualTo(unknownUser.getRedirectedUrl()).endsWith("login?error");
    }

    @Test
    void repeatedFailuresAreSlowedDownEvenForTheRightPassword() throws Exception {
        for (int i = 0; i < LoginThrottle.FREE_ATTEMPTS; i++) {
            signIn("worker03", "wrong-" + i);
        }
        long started = System.nanoTime();
        MockHttpServletResponse response = signIn("worker03", demoPassword);
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertThat(millis).as("held back by the throttle").isGreaterThanOrEqualTo(300);
        assertThat(response.getRedirectedUrl()).doesNotContain("error");
        // MockMvc's client address: the throttle counts per user name and per address
        assertThat(throttle.delayFor("worker03", "127.0.0.1")).as("success resets the throttle").isZero();
    }

    @Test
    void passwordsAreStoredAsArgon2Hashes() {
        var hashes = jdbc.sql("SELECT password_hash FROM account").query(String.class).list();
        assertThat(hashes).isNotEmpty().allMatch(h -> h.startsWith("{argon2}$argon2id$"));
        assertThat(hashes).doesNotHaveDuplicates();
    }

    @Test
    void healthIsPublicButMetricsNeedAnAdmin() throws Exception {
        var health = mvc.perform(get("/actuator/health")).andReturn().getResponse();
        assertThat(health.getStatus()).isEqualTo(200);
        assertThat(health.getContentAsString()).contains("\"UP\"");
        assertThat(mvc.perform(get("/actuator/health/readiness")).andReturn().getResponse().getStatus()).isEqualTo(200);
        assertThat(mvc.perform(get("/actuator/prometheus")).andReturn().getResponse().getStatus()).isEqualTo(401);
        assertThat(mvc.perform(get("/actuator/prometheus").with(httpBasic("worker04", demoPassword)))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
        var metrics = mvc.perform(get("/actuator/prometheus").with(httpBasic("admin", demoPassword))).andReturn().getResponse();
        assertThat(metrics.getStatus()).isEqualTo(200);
        assertThat(metrics.getContentAsString()).contains("jvm_memory_used_bytes");
    }

    private MockHttpServletResponse signIn(String username, String password) throws Exception {
        return mvc.perform(post("/login").param("username", username).param("password", password).with(csrf()))
                .andReturn().getResponse();
    }
}
